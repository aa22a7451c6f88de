/**
 * Shared shape of an allocation problem and small helpers the solvers use: a unit (channel or
 * campaign) with a plan-level response curve and spend bounds.
 */
import { curveValue, type ResponseCurve } from "./curves.ts";

/** One thing money can be given to: its response over the planning period and its bounds. */
export interface AllocationUnit {
  channel: string;
  curve: ResponseCurve;
  /** Minimum spend (equal to `upper` for a locked unit). */
  lower: number;
  /** Maximum spend; Infinity when unbounded. */
  upper: number;
}

/** Total revenue of an allocation. */
export function totalRevenue(units: readonly AllocationUnit[], spend: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < units.length; i++) s += curveValue(units[i]!.curve, spend[i]!);
  return s;
}

/**
 * Feasible starting allocation: every unit at its lower bound, then the rest of the budget shared
 * in proportion to `weights` (equal shares if they are all zero), capping units at their upper
 * bound and re-sharing what they could not take.
 * @example
 * fillProportional([{ channel: "a", curve, lower: 0, upper: 10 }, { channel: "b", curve, lower: 0, upper: Infinity }], 30, [1, 1]);
 * // [10, 20]
 */
export function fillProportional(
  units: readonly AllocationUnit[],
  budget: number,
  weights: readonly number[],
): number[] {
  const x = units.map((u) => u.lower);
  let remaining = budget - x.reduce((a, b) => a + b, 0);
  // Each pass caps at least one unit or spends everything, so n passes suffice.
  for (let pass = 0; pass <= units.length && remaining > budget * 1e-15; pass++) {
    const open = units.map((u, i) => (x[i]! < u.upper ? i : -1)).filter((i) => i >= 0);
    if (open.length === 0) break;
    let wsum = 0;
    for (const i of open) wsum += Math.max(0, weights[i]!);
    const share = (i: number) => (wsum > 0 ? Math.max(0, weights[i]!) / wsum : 1 / open.length);
    let spent = 0;
    for (const i of open) {
      const add = Math.min(remaining * share(i), units[i]!.upper - x[i]!);
      x[i] = x[i]! + add;
      spent += add;
    }
    remaining -= spent;
    if (spent === 0) break;
  }
  return x;
}
