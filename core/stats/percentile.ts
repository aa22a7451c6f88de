/**
 * Percentiles by linear interpolation between closest ranks, the method numpy's `percentile` uses
 * by default ("linear", Hyndman & Fan type 7): for n sorted values the p-th percentile sits at
 * rank h = (n - 1) * p / 100 (0-based) and is s[floor(h)] + (h - floor(h)) * (s[ceil(h)] - s[floor(h)]).
 * So the 50th percentile is the median (the mean of the two middle values for an even count), the
 * 0th the minimum and the 100th the maximum. Spreadsheet users know it as PERCENTILE.INC.
 */

/**
 * The p-th percentile (0..100) of values already sorted ascending; NaN for no values.
 * @example percentileOfSorted([1, 2, 3, 4], 25) // 1.75
 */
export function percentileOfSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 100)) return Number.NaN;
  const h = ((n - 1) * p) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Several percentiles of unsorted values (copied, not sorted in place), in the order asked.
 * @example percentiles([10, 40, 20, 30], [25, 50, 75]) // [17.5, 25, 32.5]
 */
export function percentiles(values: readonly number[], ps: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return ps.map((p) => percentileOfSorted(sorted, p));
}
