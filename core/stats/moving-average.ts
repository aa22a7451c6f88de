/** Trailing moving averages over a series in time order. */

/**
 * The mean of each value and the `window - 1` values before it; null where fewer than `window`
 * values precede or any value in the window is missing (a gap is not averaged over as zero).
 * @example trailingMean([1, 2, 3, 4], 3) // [null, null, 2, 3]
 */
export function trailingMean(values: readonly (number | null)[], window: number): (number | null)[] {
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError("trailingMean: window must be a whole number of at least 1");
  return values.map((_, i) => {
    if (i + 1 < window) return null;
    let sum = 0;
    for (let j = i - window + 1; j <= i; j++) {
      const v = values[j];
      if (v === null || v === undefined || !Number.isFinite(v)) return null;
      sum += v;
    }
    return sum / window;
  });
}
