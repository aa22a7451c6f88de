/**
 * The spend a channel's history actually covers, and the profit rule that follows from it.
 *
 * A fitted curve is evidence only over the spend levels the channel ran at. Below the low end of
 * that range the curve's shape is the model family's assumption: the incremental model's prior is
 * a concave curve (media-mix practice), whose first dollars return the most, so it promises steep
 * returns from small budgets that no day of the history tested. A channel whose true response
 * starts flat (an S-shaped curve, common in practice: a campaign needs some reach before it sells)
 * loses money on exactly those dollars. What the history does measure there is the average return
 * of the whole block of spend from zero up to the low end (a holdout week or a cut flight measures
 * just that): so below the low end the plan trusts that average, as if the curve were a straight
 * line from zero to the low end, and nothing steeper.
 *
 * Rule (profit objective): a channel is cut to nothing when no spend from the low end of its range
 * upward returns break-even on average, i.e. when every block of spend the data can vouch for loses
 * money; the dollars below the low end would then return that same losing average. Channels kept at
 * a floor the user set, or locked, are left alone.
 */
import type { AllocationUnit } from "./allocation.ts";
import { curveValue, type ResponseCurve } from "./curves.ts";

/** Share of a channel's spending days allowed below the low end of its operating range. */
export const LOW_END_QUANTILE = 0.05;

/**
 * The low end of the spend a channel's history covers, over a planning period of `days` days: the
 * daily spend that at least 95% of its spending days reached (nearest rank), times `days`. Days
 * without spend (a planned pause, a holdout week) are left out: they measure zero spend, not a low
 * one. Null when the channel never spent.
 * @example
 * lowestObservedSpend([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210], 30);
 * // 21 spending days (10..210): rank ceil(0.05 x 21) = 2, 20 a day -> 600
 */
export function lowestObservedSpend(dailySpend: readonly number[], days: number): number | null {
  const spending = dailySpend.filter((x) => x > 0).sort((a, b) => a - b);
  if (spending.length === 0) return null;
  const rank = Math.max(1, Math.ceil(LOW_END_QUANTILE * spending.length));
  return spending[rank - 1]! * days;
}

/**
 * The best average revenue per dollar over spend levels from `from` upward: R(x) / x is largest at
 * the low end for a curve whose marginal return only falls (R(0) = 0, concave); an S-shaped Hill
 * curve (alpha > 1) averages best at k (alpha - 1)^(1 / alpha), so there when that is above `from`.
 * @example
 * bestAverageReturnFrom({ type: "log1p", scale: 6000, k: 1000 }, 2000); // 6000 ln 3 / 2000 = 3.2958...
 */
export function bestAverageReturnFrom(curve: ResponseCurve, from: number): number {
  let at = from;
  if (curve.type === "hill" && curve.alpha > 1)
    at = Math.max(from, curve.k * (curve.alpha - 1) ** (1 / curve.alpha));
  return curveValue(curve, at) / at;
}

/** A channel cut to nothing because no spend its history covers pays for itself. */
export interface UnprovenCut {
  index: number;
  channel: string;
  /** The low end of the spend the history covers, over the planning period. */
  lowestObservedSpend: number;
  /**
   * Revenue per dollar of the whole spend up to the low end, on the fitted curve (R(x) / x there):
   * what the plan takes each dollar below the low end to return. Below break-even by construction.
   */
  revenuePerDollar: number;
}

const r4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * Units with the channels no observed spend level pays for capped at zero, and which they are.
 * `keep[i]` marks a channel whose floor the user set or that is locked; `observedLow[i]` is null
 * for curves not fitted to history (what-if curves: nothing was observed, nothing is cut).
 * @example
 * // 6000 ln(1 + x / 1000) observed from 5000 up: 6000 ln 6 / 5000 = 2.15 a dollar; at margin 0.4
 * // that returns 0.86 of each dollar, so the channel is cut to nothing.
 * cutUnprovenChannels([{ channel: "b", curve: { type: "log1p", scale: 6000, k: 1000 }, lower: 0, upper: 9000 }], [false], [5000], 0.4);
 * // { units: [{ ..., lower: 0, upper: 0 }], cuts: [{ index: 0, channel: "b", lowestObservedSpend: 5000, revenuePerDollar: 2.1501 }] }
 */
export function cutUnprovenChannels(
  units: readonly AllocationUnit[],
  keep: readonly boolean[],
  observedLow: readonly (number | null)[],
  grossMargin: number,
): { units: AllocationUnit[]; cuts: UnprovenCut[] } {
  const cuts: UnprovenCut[] = [];
  const out = units.map((u, index) => {
    const low = observedLow[index];
    // Only a plan free to go below the low end is affected (a floor at or above it keeps the
    // channel inside the observed range); a log curve has no value at zero and is never fitted.
    if (
      keep[index] ||
      low === null ||
      low === undefined ||
      low <= 0 ||
      u.lower >= low ||
      u.curve.type === "log"
    )
      return u;
    const average = bestAverageReturnFrom(u.curve, low);
    // Rounded as the report shows it, so the answer's "below break-even" matches its own figure.
    if (r4(grossMargin * average - 1) >= 0) return u;
    cuts.push({
      index,
      channel: u.channel,
      lowestObservedSpend: low,
      revenuePerDollar: curveValue(u.curve, low) / low,
    });
    return { ...u, lower: 0, upper: 0 };
  });
  return { units: out, cuts };
}
