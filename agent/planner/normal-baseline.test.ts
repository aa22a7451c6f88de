import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const frameOf = (q: string) => {
  const plan = planQuestion(q, testContext({ dataEnd: "2026-10-31" }));
  if (plan.kind !== "tool_calls") throw new Error(plan.kind);
  return plan.frame!;
};

describe("a 'normal' baseline", () => {
  it("is the last 12 months of data for a ratio, said in one line", () => {
    const f = frameOf("was aov on black friday 2025 higher than usual");
    expect(f.compare?.period).toMatchObject({ from: "2025-11-01", to: "2026-10-31" });
    expect(f.note).toBe(
      '"Normal" is taken as the average over the last 12 months of data (November 1, 2025 to October 31, 2026), which the period asked about is a small part of.',
    );
  });

  it("is the same days a week earlier for a total over a few days, the days just before for longer", () => {
    const day = frameOf("orders on black friday 2025 vs a normal day");
    expect(day.compare).toEqual({
      mode: "explicit",
      period: { from: "2025-11-21", to: "2025-11-21", label: "normal (the same days a week earlier)" },
    });
    expect(day.note).toMatch(/^"Normal" is taken as the same days one week earlier \(November 21, 2025\)/);
    const season = frameOf("revenue over the 2025 holiday season compared to normal");
    expect(season.compare?.period).toMatchObject({ from: "2025-10-17", to: "2025-11-23" });
  });

  it("is not read for a long period or without the word", () => {
    expect(frameOf("revenue last year vs normal").compare).toBeUndefined();
    expect(frameOf("aov on black friday 2025").compare).toBeUndefined();
  });
});
