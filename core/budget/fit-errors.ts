/**
 * Error figures of a fitted series against the observed one, shared by the attributed and the
 * incremental fit so their reported quality means the same thing.
 */

/** Errors over one range of days. */
export interface RangeErrors {
  rmse: number;
  /** Mean absolute percentage error on days with an observed value > 0; null if there are none. */
  mape: number | null;
  /** 1 - SSE / total sum of squares (can be negative on held-out days). */
  r2: number;
}

/**
 * Errors of `predicted` (indexed from `from`) against `observed` over days [from, to).
 * @example
 * rangeErrors([1, 2, 3, 4], [3, 5], 2, 4); // { rmse: 0.7071..., mape: 0.2083..., r2: -1 }
 */
export function rangeErrors(
  observed: readonly number[],
  predicted: ArrayLike<number>,
  from: number,
  to: number,
): RangeErrors {
  let sse = 0;
  let ape = 0;
  let apeDays = 0;
  for (let t = from; t < to; t++) {
    const y = observed[t]!;
    const e = y - predicted[t - from]!;
    sse += e * e;
    if (y > 0) {
      ape += Math.abs(e) / y;
      apeDays += 1;
    }
  }
  return {
    rmse: Math.sqrt(sse / (to - from)),
    mape: apeDays === 0 ? null : ape / apeDays,
    r2: 1 - sse / totalSumOfSquares(observed, from, to),
  };
}

/** Sum of squares around the mean over [from, to); 0-safe (returns NaN-free positive floor). */
export function totalSumOfSquares(ys: readonly number[], from: number, to: number): number {
  let m = 0;
  for (let t = from; t < to; t++) m += ys[t]!;
  m /= to - from;
  let s = 0;
  for (let t = from; t < to; t++) s += (ys[t]! - m) ** 2;
  // A perfectly flat series has no variance to explain; avoid dividing by zero.
  return s > 0 ? s : Number.MIN_VALUE;
}
