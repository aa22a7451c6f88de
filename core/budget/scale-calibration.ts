/**
 * The one scale shared by every incremental curve. Curves are fitted to captured incremental orders
 * (the share of each channel's incremental orders its credit shows), so a common multiplier turns
 * them into the outcome's unit. Set by the joint regression on new-customer orders when it is
 * identified (joint-calibration.ts), else anchored so the curves' total over the history equals the
 * fitted channels' total attributed outcome: the figure the attributed fit used, now spread over
 * channels by incremental evidence. Either way it multiplies every curve alike, so it changes the
 * revenue figures, never the recommended split.
 */
import { geometricAdstock } from "./adstock.ts";
import { curveValue } from "./curves.ts";
import type { ContiguousSeries } from "./daily-series.ts";
import type { IncrementalResponse } from "./incremental-fit.ts";
import type { AlignedDays } from "./incrementality-days.ts";
import { calibrateJointly } from "./joint-calibration.ts";

/** How the curves' common scale was set. */
export interface ScaleCalibration {
  source: "joint_regression" | "attributed_total";
  /** Outcome units (revenue or orders) per captured incremental order. */
  multiplier: number;
  /** Relative standard error of the multiplier (joint regression only). */
  multiplierRelativeSe: number | null;
  /** New-customer orders per day without marketing (joint regression only). */
  baselinePerDay: number | null;
  /** Result of the joint regression, in words (why it was or was not used). */
  jointRegression: string;
}

/** A fitted channel placed in the aligned range. */
export interface PlacedFit {
  series: ContiguousSeries;
  /** Index of the channel's first day in the aligned range. */
  offset: number;
  demand: ArrayLike<number>;
  model: IncrementalResponse;
}

/**
 * The common scale. `perOrder` is the outcome per new-customer order (the average order value for
 * revenue, 1 for orders, null when unknown: then only the anchor can be used).
 * @example
 * calibrateScale(fitted, days, demand, 104.6); // { source: "attributed_total", multiplier: 439.1, ... }
 */
export function calibrateScale(
  fitted: readonly PlacedFit[],
  days: AlignedDays,
  demand: ArrayLike<number>,
  perOrder: number | null,
): ScaleCalibration {
  const media = new Float64Array(days.n);
  let mediaTotal = 0;
  let attributedTotal = 0;
  for (const f of fitted) {
    const level = geometricAdstock(f.series.spend, f.model.theta);
    for (let t = 0; t < level.length; t++) {
      const v = curveValue(f.model.curve, level[t]!) * f.demand[t]!;
      media[f.offset + t]! += v;
      mediaTotal += v;
    }
    attributedTotal += f.series.revenue.reduce((a, b) => a + b, 0);
  }
  const joint = calibrateJointly(days.newCustomers, demand, media);
  if (joint.identified && perOrder !== null) {
    return {
      source: "joint_regression",
      multiplier: joint.multiplier * perOrder,
      multiplierRelativeSe: joint.multiplierSe / joint.multiplier,
      baselinePerDay: joint.baseline,
      jointRegression: joint.reason,
    };
  }
  return {
    source: "attributed_total",
    multiplier: attributedTotal / mediaTotal,
    multiplierRelativeSe: null,
    baselinePerDay: null,
    jointRegression: joint.reason,
  };
}
