import { describe, expect, it } from "vitest";
import type { PacingProjection } from "../../core/budget/pacing-projection.ts";
import { projectionLines } from "./pacing-projection.ts";

const money = (v: number) => `$${v.toFixed(2)}`;
const projection: PacingProjection = {
  from: "2026-12-01",
  to: "2026-12-31",
  days: 31,
  basis: { from: "2026-09-01", to: "2026-09-30", days: 30, spend: 360, budget: 450, pacing: 0.8 },
  dailyRunRate: 12,
  method: "pace",
  projectedSpend: 372,
  budget: 465,
  budgetPerDay: 15,
  projectedPacing: 0.8,
  projectedGap: -93,
};

describe("projectionLines", () => {
  it("says the period has not started, then projects the basis month's pace, named a projection", () => {
    expect(projectionLines(projection, "2026-10-31", money)).toEqual([
      "December 2026 has not started: spend data runs through October 31, 2026, so nothing in it can be paced yet.",
      "Projection (not data): September 2026 spent $360.00 of its $450.00 budget (80.0%, $12.00 a day). December 2026's budget is $465.00 ($15.00 a day); at September 2026's pace it would spend about $372.00, $93.00 under budget: not on course to use its full budget.",
      "The budget is each campaign live then at its current daily budget over the period's days, with recorded planned changes applied; the projection assumes campaigns keep September 2026's pace. September 2026 as it was:",
    ]);
  });

  it("names a quarter as a quarter and says when no budget is known", () => {
    const lines = projectionLines(
      {
        ...projection,
        from: "2027-01-01",
        to: "2027-03-31",
        days: 90,
        method: "run_rate",
        projectedSpend: 1080,
        budget: null,
        budgetPerDay: null,
        projectedPacing: null,
        projectedGap: null,
      },
      "2026-10-31",
      money,
    );
    expect(lines[0]).toBe(
      "Q1 2027 has not started: spend data runs through October 31, 2026, so nothing in it can be paced yet.",
    );
    expect(lines[1]).toBe(
      "Projection (not data): September 2026 spent $360.00 of its $450.00 budget (80.0%, $12.00 a day); at that rate Q1 2027 would spend about $1080.00 over its 90 days. Its budget is unknown (a recorded change states no size), so there is nothing to set that against.",
    );
  });
});
