import { describe, expect, it } from "vitest";
import { marginalAtCurrent } from "./marginal-at-current.ts";
import { optimizeBudget } from "./optimize.ts";

// a: 4000 ln x at current spend 1000 (slope 4000 / 1000 = 4); b: 6000 ln(1 + x / 1000), held fixed.
const curves = [
  { channel: "a", curve: { type: "log" as const, a: 0, b: 4000 }, currentSpend: 1000 },
  { channel: "b", curve: { type: "log1p" as const, scale: 6000, k: 1000 }, currentSpend: 1000 },
];
const report = optimizeBudget({
  totalBudget: 2100,
  curves,
  grossMargin: 0.4,
  constraints: { bounds: { a: { min: 1100, max: 1100 } }, locked: ["b"] },
});

describe("marginalAtCurrent", () => {
  it("the slope at current spend against break-even 1 / 0.4, with the average and the slope after the step", () => {
    expect(marginalAtCurrent(report, ["a"], 0.4)).toEqual([
      {
        member: "a",
        currentSpend: 1000,
        curveRevenue: 27631.02, // 4000 ln 1000
        averageRoas: 27.631, // 27631.02 / 1000
        marginalRoas: 4, // 4000 / 1000
        stepSpend: 1100,
        marginalRoasAtStep: 3.6364, // 4000 / 1100
        breakEvenRoas: 2.5,
        marginalProfitPerDollar: 0.6, // 0.4 x 4 - 1
        clearsBreakEven: true,
        steepening: false,
      },
    ]);
  });

  it("has no profit figures without a margin, and skips members not named", () => {
    const [row] = marginalAtCurrent(report, ["a"], null);
    expect(row!.breakEvenRoas).toBeNull();
    expect(row!.clearsBreakEven).toBeNull();
    expect(marginalAtCurrent(report, ["c"], 0.4)).toEqual([]);
  });
});
