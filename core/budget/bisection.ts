/**
 * Equal-marginal solver for concave response curves: at the optimum every unit not held by a
 * bound earns the same marginal ROAS lambda, and total spend falls as lambda rises, so lambda is
 * found by a bracketed root search (Illinois regula falsi on ln lambda; bisection-safe). Closed-
 * form inverses of the marginal make the known-answer case exact to floating-point precision.
 */
import { AppError } from "../../lib/errors.ts";
import { illinoisRoot } from "../stats/root.ts";
import type { AllocationUnit } from "./allocation.ts";
import { curveDerivative, spendAtMarginal } from "./curves.ts";

/** Allocation and the common marginal ROAS it settles at. */
export interface BisectionResult {
  spend: number[];
  lambda: number;
}

/**
 * Spend of one unit when every unit is pushed to marginal ROAS `lambda`, clamped to its bounds.
 * @example
 * unitSpendAt({ channel: "a", curve: { type: "log", a: 0, b: 500 }, lower: 0, upper: 80 }, 5); // 80
 */
export function unitSpendAt(u: AllocationUnit, lambda: number): number {
  if (u.lower === u.upper) return u.lower;
  const closed = spendAtMarginal(u.curve, lambda);
  const x = closed ?? numericSpendAt(u, lambda);
  return Math.min(u.upper, Math.max(u.lower, x));
}

/**
 * Inverse of a decreasing marginal for curves without a closed form, searched in ln(spend) where
 * ln(marginal) is close to linear, so a few secant steps suffice.
 */
function numericSpendAt(u: AllocationUnit, lambda: number): number {
  const c = u.curve;
  // Hill with alpha < 1 has an infinite marginal at 0; start just above it.
  const floor = c.type === "hill" ? c.k * 1e-12 : 1e-12;
  const lo = Math.max(u.lower, floor);
  const g = (v: number) => Math.log(curveDerivative(c, Math.exp(v))) - Math.log(lambda);
  const a = Math.log(lo);
  const ga = g(a);
  if (!(ga > 0)) return u.lower;
  let b = Math.log(Number.isFinite(u.upper) ? u.upper : Math.max(2 * lo, c.type === "hill" ? c.k : 1));
  let gb = g(b);
  if (gb >= 0) {
    if (Number.isFinite(u.upper)) return u.upper;
    for (let i = 0; gb >= 0 && i < 2000; i++) {
      b += Math.LN2 * 4;
      gb = g(b);
    }
  }
  return Math.exp(illinoisRoot(g, a, b, ga, gb, { fTolerance: 1e-14, xTolerance: 1e-14 }));
}

/**
 * Maximise total revenue of concave curves with total spend equal to `budget`. The caller has
 * checked that sum(lower) <= budget <= sum(upper).
 * @example
 * solveByBisection([{ channel: "a", curve: { type: "log", a: 0, b: 1 }, lower: 0, upper: Infinity },
 *                   { channel: "b", curve: { type: "log", a: 0, b: 3 }, lower: 0, upper: Infinity }], 100);
 * // { spend: [25, 75], lambda: 0.04 }
 */
export function solveByBisection(units: readonly AllocationUnit[], budget: number): BisectionResult {
  // F(v) = total spend at lambda = e^v, minus the budget: decreasing in v.
  const excess = (v: number) => {
    let s = 0;
    for (const u of units) s += unitSpendAt(u, Math.exp(v));
    return s - budget;
  };
  let low = 0;
  let fLow = excess(low);
  // Widen the bracket by factors of 16; 200 steps span every positive double.
  for (let i = 0; fLow < 0; i++) {
    if (i > 200)
      throw new AppError(
        "core.infeasible",
        "no channel's revenue rises with spend, so the budget cannot be placed",
      );
    low -= Math.LN2 * 4;
    fLow = excess(low);
  }
  let high = 0;
  let fHigh = excess(high);
  for (let i = 0; fHigh > 0 && i <= 200; i++) {
    high += Math.LN2 * 4;
    fHigh = excess(high);
  }
  const v = illinoisRoot(excess, low, high, fLow, fHigh, {
    fTolerance: budget * 1e-13,
    xTolerance: 1e-15,
    maxIterations: 500,
  });
  const lambda = Math.exp(v);
  const spend = units.map((u) => unitSpendAt(u, lambda));
  return { spend: absorbResidual(units, spend, budget), lambda };
}

/**
 * The root search leaves a rounding-level gap between spend and budget; give it to units inside
 * their bounds, in proportion to their spend, so the allocation adds up.
 */
function absorbResidual(units: readonly AllocationUnit[], spend: number[], budget: number): number[] {
  const gap = budget - spend.reduce((a, b) => a + b, 0);
  const free = units.map((u, i) => spend[i]! > u.lower && spend[i]! < u.upper);
  const freeSpend = spend.reduce((a, x, i) => (free[i] ? a + x : a), 0);
  if (freeSpend === 0) return spend;
  return spend.map((x, i) =>
    free[i] ? Math.min(units[i]!.upper, Math.max(units[i]!.lower, x + (gap * x) / freeSpend)) : x,
  );
}
