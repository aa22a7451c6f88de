/**
 * A holdout week read against comparable weeks: a channel paused for a week, the store's totals
 * (revenue, orders) that week against the same-length windows before and after it. One week is a
 * small test, so the verdict is deliberately careful: a drop only counts as a sign the channel
 * adds sales when the holdout week falls below every comparable week, and by more than the spread
 * those weeks show among themselves.
 */

/** One window's totals. */
export interface HoldoutWindowTotals {
  from: string;
  to: string;
  value: number;
}

/** What the holdout week did to one total. */
export interface HoldoutComparison {
  holdout: number;
  /** Mean of the comparable windows. */
  average: number;
  /** holdout - average. */
  change: number;
  /** (holdout - average) / average, a fraction; null when the average is 0. */
  changeRatio: number | null;
  /** Lowest and highest comparable window, as fractions off their mean (the normal spread). */
  lowestRatio: number | null;
  highestRatio: number | null;
  /**
   * 'below_all': lower than every comparable window (a sign the channel adds to the total);
   * 'within': inside the comparable windows' range (the week alone does not show an effect);
   * 'above_all': higher than every comparable window.
   */
  verdict: "below_all" | "within" | "above_all";
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/**
 * @example compareHoldout(90, [{ value: 100 }, { value: 110 }, { value: 120 }])
 * // { holdout: 90, average: 110, change: -20, changeRatio: -0.1818..., lowestRatio: -0.0909..., highestRatio: 0.0909..., verdict: "below_all" }
 */
export function compareHoldout(
  holdout: number,
  comparable: readonly Pick<HoldoutWindowTotals, "value">[],
): HoldoutComparison | undefined {
  if (comparable.length === 0) return undefined;
  const values = comparable.map((c) => c.value);
  const average = values.reduce((s, v) => s + v, 0) / values.length;
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  const low = ratio(lowest - average, average);
  const high = ratio(highest - average, average);
  return {
    holdout,
    average,
    change: holdout - average,
    changeRatio: ratio(holdout - average, average),
    lowestRatio: low,
    highestRatio: high,
    verdict: holdout < lowest ? "below_all" : holdout > highest ? "above_all" : "within",
  };
}

/**
 * Windows of `days` days stepping away from the holdout (`direction` -1 before, +1 after), up to
 * `count` of them, skipping any that `blocked` rejects (another planned test ran in it) or that
 * fall outside [first, last]. Looks at most `count + 2` steps away: weeks further off differ by
 * season more than by the test.
 * @example comparableWindows("2026-06-22", "2026-06-28", -1, 2, "2026-01-01", "2026-10-31", () => false)
 * // [{ from: "2026-06-15", to: "2026-06-21" }, { from: "2026-06-08", to: "2026-06-14" }]
 */
export function comparableWindows(
  from: string,
  to: string,
  direction: -1 | 1,
  count: number,
  first: string,
  last: string,
  blocked: (w: { from: string; to: string }) => boolean,
): { from: string; to: string }[] {
  const days = dayNumber(to) - dayNumber(from) + 1;
  const out: { from: string; to: string }[] = [];
  for (let step = 1; step <= count + 2 && out.length < count; step++) {
    const start = dayNumber(from) + direction * step * days;
    const w = { from: dateOf(start), to: dateOf(start + days - 1) };
    if (w.from < first || w.to > last) break;
    if (!blocked(w)) out.push(w);
  }
  return direction === -1 ? out.reverse() : out;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
