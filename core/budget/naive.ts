/**
 * The naive rule reported beside the optimizer: split the budget in proportion to each channel's
 * average ROAS at current spend. It ignores bounds (it is the rule of thumb, not a constrained
 * plan) but keeps locked channels where they are.
 */
import type { AllocationUnit } from "./allocation.ts";
import { curveValue } from "./curves.ts";

/**
 * Naive allocation: locked units keep `current`; the rest of the budget is shared by average ROAS
 * revenue(current) / current (channels with no spend or no positive ROAS get nothing; equal shares
 * if no channel has a positive ROAS).
 * @example
 * naiveAllocation(units, 100, [50, 50], new Set()); // e.g. [62.5, 37.5] for ROAS 5 and 3
 */
export function naiveAllocation(
  units: readonly AllocationUnit[],
  budget: number,
  current: readonly number[],
  locked: ReadonlySet<string>,
): number[] {
  const isLocked = units.map((u) => locked.has(u.channel));
  const lockedTotal = units.reduce((a, _u, i) => (isLocked[i] ? a + current[i]! : a), 0);
  const free = Math.max(0, budget - lockedTotal);
  const roas = units.map((u, i) => {
    const c = current[i]!;
    const r = c > 0 ? curveValue(u.curve, c) / c : 0;
    return isLocked[i] || !(r > 0) ? 0 : r;
  });
  const sum = roas.reduce((a, b) => a + b, 0);
  const freeCount = isLocked.filter((l) => !l).length;
  return units.map((_u, i) => {
    if (isLocked[i]) return current[i]!;
    return sum > 0 ? (free * roas[i]!) / sum : free / freeCount;
  });
}
