import { describe, expect, it } from "vitest";
import { curveValue } from "./curves.ts";
import { optimizeBudget } from "./optimize.ts";
import { spendAboveBreakEven } from "./profit-section.ts";
import { solveMaxProfit } from "./solve-profit.ts";

/*
 * A closed-form curve set at gross margin m = 0.5 (break-even marginal ROAS 1 / m = 2):
 *   a: 4000 ln x              marginal 4000 / x            = 2  at x = 2000
 *   b: 6000 ln(1 + x / 1000)  marginal 6000 / (1000 + x)   = 2  at x = 2000
 * Profit optimum without a binding budget: 2000 + 2000 = 4000 of spend.
 * Revenue optimum of a 10,000 budget: 4000 / L + 6000 / L - 1000 = 10000, so L = 10/11,
 *   x_a = 4400, x_b = 5600; the 6,000 the profit optimum leaves unspent would add
 *   4000 ln(4400 / 2000) + 6000 ln(6600 / 3000) = 10000 ln 2.2 of revenue and
 *   0.5 * 10000 ln 2.2 - 6000 of profit.
 * A 3,000 budget binds: 10000 / L - 1000 = 3000, so L = 2.5, x_a = 1600, x_b = 1400.
 */
const curves = [
  { channel: "a", curve: { type: "log" as const, a: 0, b: 4000 }, currentSpend: 1000 },
  { channel: "b", curve: { type: "log1p" as const, scale: 6000, k: 1000 }, currentSpend: 1000 },
];
const cents = (x: number) => Math.round(x * 100) / 100;

describe("optimizeBudget with the profit objective", () => {
  it("stops at break-even and says what the unspent rest of the budget would return", () => {
    const out = optimizeBudget({ totalBudget: 10_000, curves, scenario: "max_profit", grossMargin: 0.5 });
    expect(out.channels.map((c) => c.recommendedSpend)).toEqual([2000, 2000]);
    expect(out.recommendedTotal).toBe(4000);
    expect(out.budgetBinding).toBe(false);
    expect(out.commonMarginalRoas).toBe(2);
    expect(out.channels[0]!.reason).toBe(
      "Raised: marginal ROAS 4 at current spend falls to 2, break-even 2.",
    );
    const p = out.profit!;
    expect(p.objective).toBe("profit");
    expect(p.breakEvenRoas).toBe(2);
    expect(p.channels.map((c) => [c.marginalRevenuePerDollar, c.marginalProfitPerDollar])).toEqual([
      [2, 0],
      [2, 0],
    ]);
    // Profit change from current (1000 each): 0.5 * (4000 ln 2 + 6000 ln 1.5) - 2000.
    expect(p.totals.profitChange).toBe(cents(0.5 * (4000 * Math.log(2) + 6000 * Math.log(1.5)) - 2000));
    expect(p.totals.spendBelowBreakEven).toBe(0);
    expect(p.unspentBudget).toEqual({
      totalBudget: 10000,
      profitOptimalSpend: 4000,
      unspent: 6000,
      fullBudgetSpend: [
        { channel: "a", spend: 4400 },
        { channel: "b", spend: 5600 },
      ],
      restSpend: 6000,
      restRevenue: cents(10_000 * Math.log(2.2)),
      restProfit: cents(0.5 * 10_000 * Math.log(2.2) - 6000),
      restRevenuePerDollar: Math.round((10_000 * Math.log(2.2) * 10_000) / 6000) / 10_000,
    });
    expect(p.unspentBudget!.restProfit).toBe(-2057.71);
  });

  it("spends the whole budget when break-even would need more, at the common marginal 2.5", () => {
    const out = optimizeBudget({ totalBudget: 3000, curves, scenario: "max_profit", grossMargin: 0.5 });
    expect(out.channels.map((c) => c.recommendedSpend)).toEqual([1600, 1400]);
    expect(out.budgetBinding).toBe(true);
    expect(out.commonMarginalRoas).toBe(2.5);
    expect(out.profit!.channels.map((c) => c.marginalProfitPerDollar)).toEqual([0.25, 0.25]);
    expect(out.profit!.unspentBudget).toBeNull();
  });

  it("a margin of 0.4 moves break-even to 2.5 and the optimum to 1600 + 1400", () => {
    const out = optimizeBudget({ totalBudget: 10_000, curves, scenario: "max_profit", grossMargin: 0.4 });
    expect(out.channels.map((c) => c.recommendedSpend)).toEqual([1600, 1400]);
    expect(out.profit!.breakEvenRoas).toBe(2.5);
    expect(out.profit!.unspentBudget!.unspent).toBe(7000);
  });

  it("the revenue objective with a margin flags every dollar past break-even, with the amount", () => {
    const out = optimizeBudget({ totalBudget: 10_000, curves, grossMargin: 0.5 });
    expect(out.channels.map((c) => c.recommendedSpend)).toEqual([4400, 5600]);
    const p = out.profit!;
    expect(p.objective).toBe("revenue");
    expect(p.channels.map((c) => [c.marginalRevenuePerDollar, c.marginalProfitPerDollar])).toEqual([
      [0.9091, -0.5455],
      [0.9091, -0.5455],
    ]);
    expect(p.channels.map((c) => c.belowBreakEvenCause)).toEqual(["revenue_objective", "revenue_objective"]);
    expect(p.channels.map((c) => c.spendBelowBreakEven)).toEqual([2400, 3600]);
    expect(p.totals.spendBelowBreakEven).toBe(6000);
    expect(p.unspentBudget).toBeNull();
  });

  it("names a minimum bound that holds a channel below break-even", () => {
    const out = optimizeBudget({
      totalBudget: 10_000,
      curves,
      scenario: "max_profit",
      grossMargin: 0.5,
      constraints: { bounds: { a: { min: 3000 } } },
    });
    expect(out.channels.map((c) => c.recommendedSpend)).toEqual([3000, 2000]);
    const a = out.profit!.channels[0]!;
    expect(a).toMatchObject({
      marginalRevenuePerDollar: 1.3333,
      marginalProfitPerDollar: -0.3333,
      belowBreakEven: true,
      belowBreakEvenCause: "lower_bound",
      spendBelowBreakEven: 1000,
    });
  });

  it("without a margin there is no profit section (e.g. curves of orders)", () => {
    expect(optimizeBudget({ totalBudget: 10_000, curves }).profit).toBeNull();
  });
});

describe("solveMaxProfit on S-shaped curves", () => {
  // Hill alpha 2: f(x) = 10000 x^2 / (x^2 + 1000^2); marginal peaks at 6.5 near x = 577, and equals
  // 2 at x = 1801.1 (the root of 20000 x 1000^2 / (x^2 + 1000^2)^2 = 2 above the peak: there
  // x^2 + 1000^2 = 4,243,961 and 2e10 x / 4,243,961^2 = 2.000).
  const hill = { type: "hill" as const, scale: 10_000, k: 1000, alpha: 2 };
  const units = [{ channel: "h", curve: hill, lower: 0, upper: Number.POSITIVE_INFINITY }];
  it("finds the spend where the last dollar breaks even, past the convex start", () => {
    const out = solveMaxProfit(units, 5000, [0], 0.5);
    expect(out.method).toBe("hill_climb");
    expect(out.budgetBinding).toBe(false);
    // Independent check: the break-even root by bisection on the derivative's closed form.
    const d = (x: number) => (20_000 * x * 1e6) / (x * x + 1e6) ** 2;
    let lo = 600;
    let hi = 5000;
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2;
      if (d(mid) >= 2) lo = mid;
      else hi = mid;
    }
    expect(Math.abs(out.spend[0]! - lo)).toBeLessThan(0.01);
    expect(Math.round(lo * 10) / 10).toBe(1801.1);
    expect(0.5 * curveValue(hill, out.spend[0]!) - out.spend[0]!).toBeGreaterThan(0);
  });

  it("spendAboveBreakEven counts the dollars past that point, and all of them when none breaks even", () => {
    expect(Math.round(spendAboveBreakEven(units[0]!, 2000, 2) * 10) / 10).toBe(198.9);
    const weak = { ...units[0]!, curve: { ...hill, scale: 1000 } };
    expect(spendAboveBreakEven(weak, 2000, 2)).toBe(2000);
  });
});
