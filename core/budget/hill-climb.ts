/**
 * Solver for S-shaped (or mixed) response curves, where equal marginals can be a minimum rather
 * than a maximum. It moves a step of budget from the unit that loses least to the unit that gains
 * most while that pays, halving the step down to a fraction of a cent, from several starting
 * allocations, and keeps the best result.
 */
import { type AllocationUnit, fillProportional, totalRevenue } from "./allocation.ts";
import { curveValue } from "./curves.ts";

/**
 * Maximise total revenue with total spend equal to `budget` (the caller has checked feasibility).
 * `current` seeds one of the starts so a good existing allocation is never made worse.
 * @example
 * solveByHillClimb(units, 100_000, currentSpend); // spend per unit, same order as `units`
 */
export function solveByHillClimb(
  units: readonly AllocationUnit[],
  budget: number,
  current: readonly number[],
): number[] {
  const starts = [
    fillProportional(units, budget, current),
    fillProportional(
      units,
      budget,
      units.map(() => 1),
    ),
    greedyFill(units, budget),
  ];
  let best: { spend: number[]; revenue: number } | undefined;
  for (const start of starts) {
    const spend = climb(units, budget, start);
    const revenue = totalRevenue(units, spend);
    if (!best || revenue > best.revenue) best = { spend, revenue };
  }
  return best!.spend;
}

/**
 * From the lower bounds, hand out the budget in 1/64 chunks, each to the unit whose revenue rises
 * most. Chunks this large step over the convex start of an S-curve that small steps would refuse.
 */
function greedyFill(units: readonly AllocationUnit[], budget: number): number[] {
  const x = units.map((u) => u.lower);
  let remaining = budget - x.reduce((a, b) => a + b, 0);
  const chunk = remaining / 64;
  while (remaining > budget * 1e-12) {
    let bestI = -1;
    let bestGain = Number.NEGATIVE_INFINITY;
    let bestAmount = 0;
    for (let i = 0; i < units.length; i++) {
      const amount = Math.min(chunk, remaining, units[i]!.upper - x[i]!);
      if (amount <= 0) continue;
      const gain =
        (curveValue(units[i]!.curve, x[i]! + amount) - curveValue(units[i]!.curve, x[i]!)) / amount;
      if (gain > bestGain) {
        bestGain = gain;
        bestI = i;
        bestAmount = amount;
      }
    }
    if (bestI < 0) break;
    x[bestI] = x[bestI]! + bestAmount;
    remaining -= bestAmount;
  }
  return x;
}

/** Pairwise-exchange hill climb with a halving step. */
function climb(units: readonly AllocationUnit[], budget: number, start: readonly number[]): number[] {
  const x = [...start];
  const n = units.length;
  const minStep = Math.max(1e-4, budget * 1e-11);
  const up = new Float64Array(n);
  const down = new Float64Array(n);
  for (let step = budget / 16; step >= minStep; step /= 2) {
    const refresh = (i: number) => {
      const u = units[i]!;
      const f = curveValue(u.curve, x[i]!);
      up[i] = x[i]! + step <= u.upper ? curveValue(u.curve, x[i]! + step) - f : Number.NEGATIVE_INFINITY;
      down[i] = x[i]! - step >= u.lower ? f - curveValue(u.curve, x[i]! - step) : Number.POSITIVE_INFINITY;
    };
    for (let i = 0; i < n; i++) refresh(i);
    // Bounded so float noise can never cycle forever; real runs stop far earlier.
    for (let moves = 0; moves < 100_000; moves++) {
      let gi = -1;
      let li = -1;
      for (let i = 0; i < n; i++) {
        if (gi < 0 || up[i]! > up[gi]!) gi = i;
      }
      for (let i = 0; i < n; i++) {
        if (i !== gi && (li < 0 || down[i]! < down[li]!)) li = i;
      }
      if (gi < 0 || li < 0) break;
      const gain = up[gi]! - down[li]!;
      // Require a gain above float noise of the revenues involved, or the climb can oscillate.
      if (!(gain > 1e-12 * (Math.abs(curveValue(units[gi]!.curve, x[gi]!)) + 1))) break;
      x[gi] = x[gi]! + step;
      x[li] = x[li]! - step;
      refresh(gi);
      refresh(li);
    }
  }
  return x;
}
