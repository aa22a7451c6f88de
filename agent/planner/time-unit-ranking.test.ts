/** A ranking of time units: one end ranked, both ends as the series, "of the year" as this year. */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const args = (q: string) => {
  const plan = planQuestion(q, testContext());
  return plan.kind === "tool_calls" ? plan.calls[0]?.args : plan;
};
const THIS_YEAR = { from: "2026-01-01", to: "2026-11-01" };

describe("time-unit rankings", () => {
  it("answers both ends as the series at that grain (its answer names the peak and the low)", () => {
    for (const [q, grain] of [
      ["highest and lowest month for orders this year", "month"],
      ["our weakest & strongest weeks of the year by spend", "week"],
    ] as const) {
      const a = args(q) as Record<string, unknown>;
      expect(a).toMatchObject({ dimensions: ["date"], grain, timeRange: THIS_YEAR });
      expect(a.orderBy).toBeUndefined();
      expect(a.limit).toBeUndefined();
    }
  });

  it("keeps one end a ranking, over this year when asked 'of the year'", () => {
    expect(args("busiest day of the year for sessions")).toMatchObject({
      dimensions: ["date"],
      grain: "day",
      timeRange: THIS_YEAR,
      orderBy: [{ field: "sessions", direction: "desc" }],
      limit: 1,
    });
  });
});
