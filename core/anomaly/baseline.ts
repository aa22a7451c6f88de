/**
 * Weekday-seasonal robust baseline for one day. The level is the median of the same weekday over
 * the trailing weeks; the noise scale is pooled over all weekdays of a longer window (week-on-week
 * differences of each weekday), because a MAD from only 4-8 same-weekday values is so unstable
 * that it alone would raise false alarms every few weeks.
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
  /** Sd of one day's noise (sigma without the uncertainty of `expected`). */
  noise: number;
  /** Same-weekday observations the level came from. */
  sameWeekdayCount: number;
  /** Their mean (on the scale of `values`). */
  sameWeekdayMean: number;
}

/** Where a baseline looks: the weeks before the day (-1) or after it (+1), within [lo, hi]. */
export interface BaselineWindow {
  direction?: -1 | 1;
  /** First and last day number the baseline may use (a known change point bounds it). */
  lo?: number;
  hi?: number;
  /** Absolute deviations even for positive levels (the values are already on a variance-stabilized scale). */
  absolute?: boolean;
  /**
   * One day's noise sd to use when the window holds no week-on-week difference to estimate it from
   * (a single week before a change point or the end of the series): another baseline's `noise`.
   */
  fallbackNoise?: number;
}

/**
 * Baseline for `day` from `values` (day number -> value; missing days are absent), or null when
 * fewer than `minHistoryWeeks` same-weekday observations exist in the window (the trailing weeks by
 * default; the following weeks with `direction: 1`; never outside `lo..hi`).
 * @example
 * dayBaseline(values, 19800, 8, 4); // { expected: 1210, sigma: 61.3, sameWeekdayCount: 8 }
 */
export function dayBaseline(
  values: ReadonlyMap<number, number>,
  day: number,
  trailingWeeks: number,
  minHistoryWeeks: number,
  window: BaselineWindow = {},
): DayBaseline | null {
  const dir = window.direction ?? -1;
  const lo = window.lo ?? Number.NEGATIVE_INFINITY;
  const hi = window.hi ?? Number.POSITIVE_INFINITY;
  const at = (d: number) => (d < lo || d > hi ? undefined : values.get(d));
  const same: number[] = [];
  for (let w = 1; w <= trailingWeeks; w++) {
    const v = at(day + dir * 7 * w);
    if (v !== undefined) same.push(v);
  }
  if (same.length < minHistoryWeeks) return null;
  const expected = median(same);
  const groups: number[][] = [];
  for (let offset = 1; offset <= 7; offset++) {
    const group: number[] = [];
    for (let w = 0; w < Math.max(trailingWeeks, SCALE_WEEKS); w++) {
      const v = at(day + dir * (offset + 7 * w));
      if (v !== undefined) group.push(v);
    }
    groups.push(group);
  }
  const levels = groups.map((g) => (g.length ? median(g) : Number.NaN));
  const relative =
    !window.absolute && expected > 0 && levels.every((l, i) => groups[i]!.length === 0 || l > 0);
  // Noise from week-on-week differences of the same weekday (x_d - x_(d-7), sd sqrt(2) x the
  // day's): a slow trend or a season step moves a weekday's level across the window but barely
  // moves these differences, so the scale stays the day-to-day noise.
  const deviations: number[] = [];
  groups.forEach((g, i) => {
    const level = levels[i]!;
    for (let k = 1; k < g.length; k++) {
      const diff = g[k - 1]! - g[k]!;
      deviations.push((relative ? diff / level : diff) / Math.SQRT2);
    }
  });
  const abs = deviations.map(Math.abs);
  // A MAD collapses when most days are equal (a sparse series that is zero most days); the mean
  // absolute deviation (x sqrt(pi / 2) for the sd of normal noise) does not, so it is the floor.
  const sd = deviations.length
    ? Math.max(
        MAD_TO_SD * median(abs),
        (Math.sqrt(Math.PI / 2) * abs.reduce((x, y) => x + y, 0)) / abs.length / 2,
      )
    : 0;
  const single = deviations.length ? (relative ? sd * expected : sd) : (window.fallbackNoise ?? 0);
  // The median of n normal values has variance (pi / 2) sd^2 / n; add it so short histories
  // widen the band instead of raising alarms.
  const sigma = single * Math.sqrt(1 + Math.PI / (2 * same.length));
  return {
    expected,
    sigma,
    noise: single,
    sameWeekdayCount: same.length,
    sameWeekdayMean: same.reduce((a, b) => a + b, 0) / same.length,
  };
}
