import { describe, expect, it } from "vitest";
import type { AllocationUnit } from "./allocation.ts";
import { curveValue } from "./curves.ts";
import { optimizeBudget } from "./optimize.ts";
import { solveMaxRevenue } from "./solve.ts";

const A = [-9453.72, -8312.84, -7371.33];
const B = [8256.21, 7764.2, 7953.36];
const logCurves = A.map((a, i) => ({ channel: `c${i + 1}`, curve: { type: "log" as const, a, b: B[i]! } }));

describe("optimizeBudget with explicit curves", () => {
  it("reproduces the known log-curve answer to the cent, with no default bounds", () => {
    const out = optimizeBudget({ totalBudget: 100_000, curves: logCurves });
    expect(out.method).toBe("bisection");
    expect(out.channels.map((c) => c.recommendedSpend)).toEqual([34438.51, 32386.23, 33175.26]);
    expect(out.totals.expectedRevenue).toBe(224540.15);
    expect(out.recommendedTotal).toBe(100000);
    expect(out.commonMarginalRoas).toBe(0.2397);
    expect(out.channels.map((c) => c.marginalRoasAfter)).toEqual([0.2397, 0.2397, 0.2397]);
    expect(out.channels[0]!.bounds).toEqual({ min: 0, max: null });
  });

  it("reports current and recommended spend, revenue change, marginal ROAS and a reason per channel", () => {
    const out = optimizeBudget({
      totalBudget: 100_000,
      curves: logCurves.map((c, i) => ({ ...c, currentSpend: [40_000, 30_000, 30_000][i]! })),
    });
    const [c1] = out.channels;
    expect(c1).toMatchObject({
      channel: "c1",
      status: "optimized",
      currentSpend: 40000,
      recommendedSpend: 34438.51,
    });
    expect(c1!.revenueChange).toBe(
      Math.round(
        (curveValue(logCurves[0]!.curve, 34438.51342529773) - curveValue(logCurves[0]!.curve, 40000)) * 100,
      ) / 100,
    );
    expect(c1!.marginalRoasBefore).toBe(0.2064);
    expect(c1!.reason).toBe(
      "Cut: marginal ROAS 0.2064 at current spend rises to 0.2397, the common level 0.2397.",
    );
    expect(c1!.revenueChangeInterval).toBeNull();
    expect(out.naive.rule).toBe("proportional_to_average_roas");
    expect(out.naive.recommendedAdvantage).toBeGreaterThanOrEqual(0);
  });

  it("respects bounds and locked channels", () => {
    const out = optimizeBudget({
      totalBudget: 100_000,
      curves: logCurves.map((c) => ({ ...c, currentSpend: 100_000 / 3 })),
      constraints: { locked: ["c2"], bounds: { c1: { max: 33_000 } } },
    });
    const spend = Object.fromEntries(out.channels.map((c) => [c.channel, c.recommendedSpend]));
    expect(spend).toEqual({ c1: 33000, c2: 33333.33, c3: 33666.67 });
    expect(out.channels[1]!.status).toBe("locked");
    expect(out.channels[1]!.reason).toBe("Locked at current spend by request.");
    expect(out.channels[0]!.reason).toMatch(
      /^Cut to its upper limit: the next dollar still returns 0.2502, above the common level/,
    );
  });

  it("applies defaultBoundPct around current spend when asked", () => {
    const out = optimizeBudget({
      totalBudget: 100_000,
      curves: logCurves.map((c) => ({ ...c, currentSpend: 30_000 })),
      constraints: { defaultBoundPct: 0.3 },
    });
    for (const c of out.channels) expect(c.bounds).toEqual({ min: 21000, max: 39000 });
    expect(out.recommendedTotal).toBe(100000);
  });

  it("refuses infeasible bounds naming the problem", () => {
    const call =
      (constraints: object, totalBudget = 100_000) =>
      () =>
        optimizeBudget({
          totalBudget,
          curves: logCurves.map((c) => ({ ...c, currentSpend: 40_000 })),
          constraints,
        });
    expect(call({ locked: ["c1", "c2", "c3"] })).toThrowError(
      "lower bounds and locked channels need at least 120000.00 but the total budget is 100000.00 (locked: c1, c2, c3)",
    );
    expect(call({ defaultBoundPct: 0.1 }, 200_000)).toThrowError(
      /upper bounds allow at most 132000.00 of the 200000.00 budget/,
    );
    try {
      call({ locked: ["c1", "c2", "c3"] })();
    } catch (e) {
      expect(e).toMatchObject({ code: "core.infeasible" });
    }
  });

  it("rejects bad input naming the field", () => {
    expect(() => optimizeBudget({ totalBudget: -5, curves: logCurves })).toThrowError(/totalBudget/);
    expect(() =>
      optimizeBudget({ totalBudget: 10, scenario: "target_roas", curves: logCurves }),
    ).toThrowError(/targetRoas: required/);
    expect(() =>
      optimizeBudget({ totalBudget: 10, curves: [{ channel: "x", curve: { type: "cubic" } }] }),
    ).toThrowError(/curves\.0\.curve/);
    expect(() =>
      optimizeBudget({ totalBudget: 10, curves: logCurves, constraints: { locked: ["tv"] } }),
    ).toThrowError("constraints.locked: unknown channel 'tv'");
    try {
      optimizeBudget({ totalBudget: "lots" });
    } catch (e) {
      expect(e).toMatchObject({ code: "core.invalid_input" });
    }
  });

  it("target ROAS: spends each channel until its marginal ROAS falls to the target, within the budget", () => {
    const curves = [
      { channel: "a", curve: { type: "log1p" as const, scale: 50_000, k: 10_000 } },
      { channel: "b", curve: { type: "exp" as const, scale: 80_000, k: 20_000 } },
    ];
    const out = optimizeBudget({ totalBudget: 1_000_000, scenario: "target_roas", targetRoas: 2, curves });
    // log1p: 50000 / (10000 + x) = 2 -> x = 15000. exp: 4 e^(-x/20000) = 2 -> x = 20000 ln 2.
    expect(out.channels.map((c) => c.recommendedSpend)).toEqual([15000, 13862.94]);
    expect(out.channels.map((c) => c.marginalRoasAfter)).toEqual([2, 2]);
    expect(out.budgetBinding).toBe(false);
    expect(out.recommendedTotal).toBe(28862.94);
    const capped = optimizeBudget({ totalBudget: 20_000, scenario: "target_roas", targetRoas: 2, curves });
    expect(capped.budgetBinding).toBe(true);
    expect(capped.recommendedTotal).toBe(20000);
    expect(capped.channels.every((c) => c.marginalRoasAfter! >= 2)).toBe(true);
  });
});

describe("solveMaxRevenue on S-shaped curves (hill climb)", () => {
  it("matches a brute-force grid on two channels", () => {
    const units: AllocationUnit[] = [
      {
        channel: "a",
        curve: { type: "hill", scale: 100_000, k: 30_000, alpha: 2.5 },
        lower: 0,
        upper: Infinity,
      },
      {
        channel: "b",
        curve: { type: "hill", scale: 60_000, k: 10_000, alpha: 1.8 },
        lower: 0,
        upper: Infinity,
      },
    ];
    const budget = 50_000;
    const out = solveMaxRevenue(units, budget, [25_000, 25_000]);
    expect(out.method).toBe("hill_climb");
    let best = 0;
    for (let x = 0; x <= budget; x += 1) {
      best = Math.max(best, curveValue(units[0]!.curve, x) + curveValue(units[1]!.curve, budget - x));
    }
    const got = curveValue(units[0]!.curve, out.spend[0]!) + curveValue(units[1]!.curve, out.spend[1]!);
    expect(got).toBeGreaterThanOrEqual(best - 0.01);
    expect(out.spend[0]! + out.spend[1]!).toBeCloseTo(budget, 6);
  });
});
