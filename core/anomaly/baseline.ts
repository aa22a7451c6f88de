/**
 * Weekday-seasonal robust baseline for one day. The level is the median of the same weekday over
 * the trailing weeks; the noise scale is pooled over all weekdays of a longer window (each day's
 * deviation from its own weekday's median), because a MAD from only 4-8 same-weekday values is so
 * unstable that it alone would raise false alarms every few weeks.
 *
 * Deviations are relative to the weekday level when every level is positive (marketing series
 * are multiplicative: a weekend at half volume has half the noise) and absolute otherwise.
 */
import { MAD_TO_SD, median } from "../stats/descriptive.ts";

/**
 * Weeks pooled for the noise scale (at least trailingWeeks). A MAD is a low-efficiency estimator;
 * 13 weeks x 7 days of deviations keep its sampling error small enough that threshold 4 raises
 * well under one false alarm a year on Gaussian noise (8 weeks gave about one).
 */
export const SCALE_WEEKS = 13;

/** Baseline of one day: expected value, noise sd of a single day, and history used. */
export interface DayBaseline {
  expected: number;
  /** Sd of the day's value around `expected`, including the uncertainty of `expected` itself. */
  sigma: number;
  /** Same-weekday observations the level came from. */
  sameWeekdayCount: number;
}

/**
 * Baseline for `day` from `values` (day number -> value; missing days are absent), or null when
 * fewer than `minHistoryWeeks` same-weekday observations exist in the trailing window.
 * @example
 * dayBaseline(values, 19800, 8, 4); // { expected: 1210, sigma: 61.3, sameWeekdayCount: 8 }
 */
export function dayBaseline(
  values: ReadonlyMap<number, number>,
  day: number,
  trailingWeeks: number,
  minHistoryWeeks: number,
): DayBaseline | null {
  const same: number[] = [];
  for (let w = 1; w <= trailingWeeks; w++) {
    const v = values.get(day - 7 * w);
    if (v !== undefined) same.push(v);
  }
  if (same.length < minHistoryWeeks) return null;
  const expected = median(same);
  const groups: number[][] = [];
  for (let offset = 1; offset <= 7; offset++) {
    const group: number[] = [];
    for (let w = 0; w < Math.max(trailingWeeks, SCALE_WEEKS); w++) {
      const v = values.get(day - offset - 7 * w);
      if (v !== undefined) group.push(v);
    }
    groups.push(group);
  }
  const levels = groups.map((g) => (g.length ? median(g) : Number.NaN));
  const relative = expected > 0 && levels.every((l, i) => groups[i]!.length === 0 || l > 0);
  const deviations: number[] = [];
  groups.forEach((g, i) => {
    // A lone value is its own median: its zero deviation says nothing about noise.
    if (g.length < 2) return;
    const level = levels[i]!;
    for (const v of g) deviations.push(relative ? (v - level) / level : v - level);
  });
  let sd = deviations.length ? MAD_TO_SD * median(deviations.map(Math.abs)) : 0;
  // Deviations from an in-sample median of m values run small by about sqrt((m - 1) / m).
  const m = Math.max(2, Math.round(deviations.length / 7));
  sd *= Math.sqrt(m / (m - 1));
  const single = relative ? sd * expected : sd;
  // The median of n normal values has variance (pi / 2) sd^2 / n; add it so short histories
  // widen the band instead of raising alarms.
  const sigma = single * Math.sqrt(1 + Math.PI / (2 * same.length));
  return { expected, sigma, sameWeekdayCount: same.length };
}
