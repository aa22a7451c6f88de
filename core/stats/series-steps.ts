/**
 * Derived series over a metric in time order (fix11b): each step's change from the step before,
 * the running total, and the compound growth rate per step between two ends. Gaps (null) are never
 * read as zero: a change next to a gap is null, and a running total stops at the first gap.
 */

type Value = number | null | undefined;

const known = (v: Value): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * Each value's change from the value before, as a fraction (0.1 = up 10%); null for the first
 * value, next to a gap, or after a zero (no percentage of nothing).
 * @example stepChanges([100, 110, 99]) // [null, 0.1, -0.1]
 */
export function stepChanges(values: readonly Value[]): (number | null)[] {
  return values.map((v, i) => {
    const before = i > 0 ? values[i - 1] : null;
    if (!known(v) || !known(before) || before === 0) return null;
    return (v - before) / Math.abs(before);
  });
}

/**
 * The running total: each value plus every value before it; null from the first gap on (a total
 * that skipped a missing value would be understated without saying so).
 * @example runningTotals([1, 2, 3]) // [1, 3, 6]
 */
export function runningTotals(values: readonly Value[]): (number | null)[] {
  let sum = 0;
  let broken = false;
  return values.map((v) => {
    if (broken || !known(v)) {
      broken = true;
      return null;
    }
    sum += v;
    return sum;
  });
}

/**
 * The compound growth rate per step that takes `first` to `last` over `steps` steps:
 * (last / first)^(1 / steps) - 1; undefined when either end is not positive or steps < 1.
 * @example compoundRate(100, 121, 2) // 0.1 (10% a step)
 */
export function compoundRate(first: Value, last: Value, steps: number): number | undefined {
  if (!known(first) || !known(last) || first <= 0 || last <= 0) return undefined;
  if (!Number.isInteger(steps) || steps < 1) return undefined;
  return (last / first) ** (1 / steps) - 1;
}
