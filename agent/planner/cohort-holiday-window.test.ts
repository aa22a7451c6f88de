import { describe, expect, it } from "vitest";
import { cohortFrame, readCohortIntent } from "./cohort-intent.ts";
import { frameFor } from "./frame.ts";
import { parseQuestion } from "./parse.ts";
import { testContext } from "./testing.ts";

const BF25 = { name: "BF25", period: { from: "2025-11-20", to: "2025-12-02", label: "BF25" } };
const HOLIDAY25 = { name: "Holiday25", period: { from: "2025-12-03", to: "2025-12-22", label: "Holiday25" } };

function periodOf(q: string) {
  const ctx = testContext();
  const p = parseQuestion(q, ctx);
  const cohort = readCohortIntent(p.text) ?? { groupBy: "first_touch_channel" as const };
  const frame = cohortFrame(frameFor("cohorts", p, ctx.catalog), p, cohort, [BF25, HOLIDAY25]);
  return { from: frame.period.from, to: frame.period.to };
}

describe("cohorts won over Black Friday (fix17d)", () => {
  it.each([
    "did our black friday shoppers buy again",
    "bf cohort ltv",
    "repeat rate of customers from the black friday promo",
  ])("%s: the campaigns' window holding Black Friday", (q) =>
    expect(periodOf(q)).toEqual({ from: "2025-11-20", to: "2025-12-02" }),
  );

  it("keeps the day when the day is said outright", () =>
    expect(periodOf("ltv of customers acquired on black friday day")).toEqual({
      from: "2025-11-28",
      to: "2025-11-28",
    }));

  it("keeps a dated period outside the window", () =>
    expect(periodOf("repeat rate for customers acquired in march")).toEqual({
      from: "2026-03-01",
      to: "2026-03-31",
    }));
});
