/**
 * The 'target ROAS' scenario. Definition (marginal, the economically right one): spend on each
 * unit as long as the next dollar returns at least `target`, i.e. choose x in the unit's bounds
 * maximising revenue(x) - target * x, and never more than the total budget in all. Overall ROAS is
 * then above the target; an overall-ROAS rule would instead keep buying dollars that return less
 * than the target, hidden by the good dollars before them.
 */
import { AppError } from "../../lib/errors.ts";
import type { AllocationUnit } from "./allocation.ts";
import { unitSpendAt } from "./bisection.ts";
import { curveDerivative, curveValue, isConcave } from "./curves.ts";
import { assertFeasible, type SolveResult, solveMaxRevenue } from "./solve.ts";

/** Allocation for a target ROAS plus whether the budget, not the target, was the binding limit. */
export interface TargetRoasResult extends SolveResult {
  budgetBinding: boolean;
}

/**
 * Solve the target-ROAS scenario. When the target would spend more than `budget`, the budget binds
 * and the result is the max-revenue allocation of the whole budget (whose marginal ROAS is then at
 * or above the target).
 * @example
 * solveTargetRoas(units, 100_000, 3, currentSpend); // { spend, method, lambda: 3, budgetBinding: false }
 */
export function solveTargetRoas(
  units: readonly AllocationUnit[],
  budget: number,
  target: number,
  current: readonly number[],
): TargetRoasResult {
  if (!(target > 0)) throw new AppError("core.invalid_input", "targetRoas: must be greater than 0");
  assertFeasible(units, budget, false);
  const spend = units.map((u) => unitSpendAtTarget(u, target));
  if (spend.reduce((a, b) => a + b, 0) > budget) {
    return { ...solveMaxRevenue(units, budget, current), budgetBinding: true };
  }
  const concave = units.every((u) => isConcave(u.curve));
  return { spend, method: concave ? "bisection" : "hill_climb", lambda: target, budgetBinding: false };
}

/** argmax over [lower, upper] of revenue(x) - target * x for one unit. */
function unitSpendAtTarget(u: AllocationUnit, target: number): number {
  if (isConcave(u.curve) || u.curve.type !== "hill") return unitSpendAt(u, target);
  // S-shaped Hill: marginal rises to a peak at the inflection point, then falls. The profit
  // maximum is at a bound or where the falling side crosses the target.
  const { k, alpha } = u.curve;
  const inflection = k * ((alpha - 1) / (alpha + 1)) ** (1 / alpha);
  const candidates = [u.lower];
  if (Number.isFinite(u.upper)) candidates.push(u.upper);
  if (curveDerivative(u.curve, inflection) > target) {
    const root = unitSpendAt({ ...u, lower: Math.max(u.lower, inflection) }, target);
    candidates.push(Math.min(u.upper, root));
  }
  const profit = (x: number) => curveValue(u.curve, x) - target * x;
  return candidates.reduce((best, x) => (profit(x) > profit(best) ? x : best));
}
