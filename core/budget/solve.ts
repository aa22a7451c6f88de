/**
 * Entry point of the allocation solvers: checks that the bounds can hold the budget, then uses
 * equal-marginal bisection when every curve is concave and the hill climb otherwise.
 */
import { AppError } from "../../lib/errors.ts";
import type { AllocationUnit } from "./allocation.ts";
import { solveByBisection } from "./bisection.ts";
import { isConcave } from "./curves.ts";
import { solveByHillClimb } from "./hill-climb.ts";

/** Which algorithm produced an allocation. */
export type SolveMethod = "bisection" | "hill_climb";

/** A solved allocation. */
export interface SolveResult {
  spend: number[];
  method: SolveMethod;
  /** The common marginal ROAS of unbounded units (bisection only). */
  lambda: number | null;
}

const money = (x: number) => x.toFixed(2);

/**
 * Throw AppError("core.infeasible") when lower bounds (locked channels included) exceed the
 * budget, or, if `requireFull`, when upper bounds cannot absorb it.
 */
export function assertFeasible(units: readonly AllocationUnit[], budget: number, requireFull: boolean): void {
  for (const u of units) {
    if (u.lower > u.upper) {
      throw new AppError(
        "core.infeasible",
        `channel ${u.channel}: minimum ${money(u.lower)} exceeds maximum ${money(u.upper)}`,
      );
    }
  }
  const minTotal = units.reduce((a, u) => a + u.lower, 0);
  // A cent of slack: bounds derived from percentages can miss the budget by rounding alone.
  if (minTotal > budget + 0.005) {
    const locked = units.filter((u) => u.lower === u.upper).map((u) => u.channel);
    throw new AppError(
      "core.infeasible",
      `lower bounds and locked channels need at least ${money(minTotal)} but the total budget is ${money(budget)}` +
        (locked.length ? ` (locked: ${locked.join(", ")})` : ""),
      { details: { minTotal, budget, locked } },
    );
  }
  const maxTotal = units.reduce((a, u) => a + u.upper, 0);
  if (requireFull && maxTotal < budget - 0.005) {
    throw new AppError(
      "core.infeasible",
      `upper bounds allow at most ${money(maxTotal)} of the ${money(budget)} budget; widen constraints.bounds or constraints.defaultBoundPct, unlock channels, or lower totalBudget`,
      { details: { maxTotal, budget } },
    );
  }
}

/**
 * Maximise expected revenue with total spend equal to `budget`.
 * @example
 * solveMaxRevenue(units, 100_000, currentSpend); // { spend: [...], method: "bisection", lambda: 0.2397 }
 */
export function solveMaxRevenue(
  units: readonly AllocationUnit[],
  budget: number,
  current: readonly number[],
): SolveResult {
  assertFeasible(units, budget, true);
  if (units.every((u) => isConcave(u.curve))) {
    const { spend, lambda } = solveByBisection(units, budget);
    return { spend, method: "bisection", lambda };
  }
  return { spend: solveByHillClimb(units, budget, current), method: "hill_climb", lambda: null };
}
