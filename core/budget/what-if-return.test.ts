import { describe, expect, it } from "vitest";
import { optimizeBudget } from "./optimize.ts";
import { whatIfReturn } from "./what-if-return.ts";

// a: 4000 ln x at current spend 1000; b: 6000 ln(1 + x / 1000) at 1000, held fixed.
const curves = [
  { channel: "a", curve: { type: "log" as const, a: 0, b: 4000 }, currentSpend: 1000 },
  { channel: "b", curve: { type: "log1p" as const, scale: 6000, k: 1000 }, currentSpend: 1000 },
];
const whatIf = (spendA: number) =>
  optimizeBudget({
    totalBudget: spendA + 1000,
    curves,
    grossMargin: 0.5,
    constraints: { bounds: { a: { min: spendA, max: spendA } }, locked: ["b"] },
  });

describe("whatIfReturn", () => {
  it("+50% on a: 4000 ln 1.5 of revenue for 500, i.e. 3.2437 per dollar; profit 0.5 x that - 500", () => {
    const r = whatIfReturn(whatIf(1500), ["a"]);
    expect(r.spendChange).toBe(500);
    expect(r.revenueChange).toBe(Math.round(4000 * Math.log(1.5) * 100) / 100);
    expect(r.revenueChange).toBe(1621.86);
    expect(r.profitChange).toBe(310.93);
    expect(r.revenuePerDollar).toBe(3.2437);
    expect(r.profitPerDollar).toBe(0.6219);
    // Last dollar at 1500: 4000 / 1500 = 2.6667 of revenue, 0.5 x 2.6667 - 1 = 0.3333 of profit.
    expect(r.lastDollar).toEqual([
      { member: "a", spend: 1500, marginalRevenuePerDollar: 2.6667, marginalProfitPerDollar: 0.3333 },
    ]);
    expect(r.addedDollarsLoseMoney).toBe(false);
    expect(r.revenueChangeInterval).toBeNull();
  });

  it("x3 on a: the added 2000 bring 4000 ln 3 = 4394.45, so profit rises by 0.5 x 4394.45 - 2000 = 197.22", () => {
    const r = whatIfReturn(whatIf(3000), ["a"]);
    expect(r.revenueChange).toBe(4394.45);
    expect(r.profitChange).toBe(197.22);
    // The last dollar at 3000 returns 4000 / 3000 = 1.3333 < break-even 2: it loses 0.3333.
    expect(r.lastDollar[0]!.marginalProfitPerDollar).toBe(-0.3333);
  });

  it("x6 on a: the added 5000 bring 4000 ln 6 = 7167.04, so profit falls by 1416.48", () => {
    const r = whatIfReturn(whatIf(6000), ["a"]);
    expect(r.profitChange).toBe(-1416.48);
    expect(r.addedDollarsLoseMoney).toBe(true);
  });

  it("cutting a by half keeps 0.5 x 4000 ln 2 - 500 = 886.29 less profit; the cut loses money", () => {
    const r = whatIfReturn(whatIf(500), ["a"]);
    expect(r.spendChange).toBe(-500);
    expect(r.revenueChange).toBe(-2772.59);
    expect(r.profitChange).toBe(-886.29);
    expect(r.revenuePerDollar).toBe(5.5452);
    expect(r.cutRaisesProfit).toBe(false);
  });
});
