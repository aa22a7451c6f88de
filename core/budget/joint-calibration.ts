/**
 * Joint calibration of the incremental curves on the shop's total new-customer orders:
 *   newCustomers_t = baseline x demand_t + multiplier x media_t,
 * where media_t is the sum of every channel's fitted captured-incremental orders that day (demand
 * already in it). The channels' curves are fitted to captured orders, a fixed share of their true
 * incremental orders, so one multiplier turns all of them into total incremental orders; the
 * baseline is the orders that come without marketing. Both are least squares, kept non-negative.
 *
 * Identified only when both coefficients are positive without the constraint and each one's
 * standard error is at most a quarter of it. When spend follows the season, media_t moves with
 * demand_t and the split between baseline and media is arbitrary (on the demo shops the baseline
 * comes out between -1 and 2 +/- 4.5 new customers a day, the true one being 4 and 12); the caller
 * then anchors the scale elsewhere and says so.
 */

/** Calibration result. */
export interface JointCalibration {
  identified: boolean;
  /** New-customer orders per day without marketing, at average demand. */
  baseline: number;
  baselineSe: number;
  /** True incremental orders per captured order. */
  multiplier: number;
  multiplierSe: number;
  /** Uncentred correlation (cosine) of the two regressors (no intercept); near 1, the data cannot split them. */
  correlation: number;
  /** Why the calibration was or was not accepted, in plain words. */
  reason: string;
}

/** Largest standard error of either coefficient, relative to it, still called identified. */
export const MAX_RELATIVE_SE = 0.25;

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3));

/**
 * Regress daily new-customer orders on demand and the summed media series.
 * @example
 * calibrateJointly(newCustomers, demand, media); // { identified: false, baseline: 0, multiplier: 9.9, reason: "..." }
 */
export function calibrateJointly(
  newCustomers: readonly number[],
  demand: ArrayLike<number>,
  media: ArrayLike<number>,
): JointCalibration {
  const n = newCustomers.length;
  let sdd = 0;
  let sdm = 0;
  let smm = 0;
  let sdy = 0;
  let smy = 0;
  for (let t = 0; t < n; t++) {
    const d = demand[t]!;
    const m = media[t]!;
    const y = newCustomers[t]!;
    sdd += d * d;
    sdm += d * m;
    smm += m * m;
    sdy += d * y;
    smy += m * y;
  }
  const det = sdd * smm - sdm * sdm;
  const correlation = sdm / Math.sqrt(sdd * smm || 1);
  const unconstrained =
    det > 0 ? { b: (smm * sdy - sdm * smy) / det, q: (sdd * smy - sdm * sdy) / det } : null;
  // Non-negative least squares for two coefficients: the unconstrained solution if it is
  // non-negative, else the better of the two one-coefficient fits.
  let b: number;
  let q: number;
  if (unconstrained && unconstrained.b >= 0 && unconstrained.q >= 0) ({ b, q } = unconstrained);
  else {
    const qOnly = smm > 0 ? Math.max(0, smy / smm) : 0;
    const bOnly = sdd > 0 ? Math.max(0, sdy / sdd) : 0;
    // SSE reduction of each one-coefficient fit: coef^2 x sum of squares of its regressor.
    [b, q] = qOnly * qOnly * smm >= bOnly * bOnly * sdd ? [0, qOnly] : [bOnly, 0];
  }
  let sse = 0;
  for (let t = 0; t < n; t++) sse += (newCustomers[t]! - b * demand[t]! - q * media[t]!) ** 2;
  const sigma2 = sse / Math.max(1, n - 2);
  const baselineSe = det > 0 ? Math.sqrt((sigma2 * smm) / det) : Number.POSITIVE_INFINITY;
  const multiplierSe = det > 0 ? Math.sqrt((sigma2 * sdd) / det) : Number.POSITIVE_INFINITY;
  const base = { baseline: b, baselineSe, multiplier: q, multiplierSe, correlation };
  if (!unconstrained || unconstrained.b <= 0 || unconstrained.q <= 0) {
    return {
      identified: false,
      ...base,
      reason: `new-customer orders could not be split into baseline and media: the unconstrained fit gives baseline ${fmt(unconstrained?.b ?? Number.NaN)} and media multiplier ${fmt(unconstrained?.q ?? Number.NaN)} (regressor correlation ${correlation.toFixed(3)})`,
    };
  }
  if (multiplierSe > MAX_RELATIVE_SE * q || baselineSe > MAX_RELATIVE_SE * b) {
    return {
      identified: false,
      ...base,
      reason: `baseline ${fmt(b)} +/- ${fmt(baselineSe)} new customers a day and media multiplier ${fmt(q)} +/- ${fmt(multiplierSe)}: a standard error above ${MAX_RELATIVE_SE * 100}% of its coefficient (regressor correlation ${correlation.toFixed(3)})`,
    };
  }
  return {
    identified: true,
    ...base,
    reason: `baseline ${fmt(b)} +/- ${fmt(baselineSe)} new customers a day, media multiplier ${fmt(q)} +/- ${fmt(multiplierSe)}`,
  };
}
