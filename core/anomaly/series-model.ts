/**
 * A parsed daily series on the scale it is scored on. Builds the day -> point map from the input
 * rows, decides the scale, and holds what every test needs: values on that scale (known event days
 * left out), the map back to values, and the regime (span between known change points) of a day.
 *
 * Scale: series whose values are all positive are scored on the log scale (marketing series are
 * multiplicative: losing 90% of a day is log(0.1) = -2.3, far more unusual than gaining 90%, and a
 * relative z-score would call both the same); others on the relative or absolute scale. Counts are
 * scored on the variance-stabilizing sqrt scale (Poisson noise has sd 1 there, so a day with 3
 * orders instead of 1 is not "5 sigma"); amounts that are zero on many days (revenue of a sparse
 * channel) like counts of their mean positive day. Ratio metrics are scored on numerator /
 * denominator of each day's sums (log scale).
 */
import { AppError } from "../../lib/errors.ts";
import { dayNumber } from "../stats/dates.ts";
import type { AnomalyOptions, DailyRatio, DailyValue } from "./schemas.ts";

/** One day of the series: its value, and for ratio metrics the day's numerator and denominator. */
export interface Point {
  value: number;
  numerator?: number;
  denominator?: number;
}

/**
 * Scale the series is scored on: "sqrt" for counts and sparse amounts (Anscombe's 2 sqrt(x + 3/8),
 * Poisson noise has sd 1 there), "log" for positive values and ratios, else "linear".
 */
export type ScoreScale = "sqrt" | "log" | "linear";

export interface SeriesModel {
  /** Day number -> point; ratio days without a denominator are absent. */
  points: ReadonlyMap<number, Point>;
  /** Day number -> value on the scored scale, known event days left out (they feed no baseline). */
  values: ReadonlyMap<number, number>;
  /** Day numbers of every input row, sorted. */
  days: readonly number[];
  eventDays: ReadonlySet<number>;
  isRatio: boolean;
  /** Whether numerators (or values) are counts: the Poisson floor applies. */
  countAware: boolean;
  nonNegative: boolean;
  scale: ScoreScale;
  /**
   * The grid every value (every numerator of a ratio) lies on: 1, 0.1, 0.01, 0.001 or 0.0001, or 0
   * when none. A value reported to cents cannot show a change finer than a cent, so one step of
   * the grid is a floor on the noise (score.ts).
   */
  resolution: number;
  toScale(p: Point): number;
  /** Back from the scored scale to values. */
  fromScale(x: number): number;
  /** Bounds of the regime `day` is in: from the last change point on or before it to the day before the next. */
  regime(day: number): { lo: number; hi: number };
}

/** Grids a reported value may be rounded to, coarsest first. */
const GRIDS = [1, 0.1, 0.01, 0.001, 0.0001];

/** The coarsest grid all `values` lie on (0: none, or no non-zero value). */
function gridOf(values: readonly number[]): number {
  if (!values.some((v) => v !== 0)) return 0;
  for (const q of GRIDS) {
    if (values.every((v) => Math.abs(v / q - Math.round(v / q)) < 1e-6)) return q;
  }
  return 0;
}

/** Share of zero days above which a non-negative amount series is scored as a sum of a few events. */
const SPARSE_ZERO_SHARE = 0.1;

/**
 * Model of parsed rows under parsed options. Throws AppError("core.invalid_input") on a duplicate date.
 * @example seriesModel([{ date: "2024-03-01", value: 3 }], opts).scale; // "sqrt"
 */
export function seriesModel(
  rows: readonly DailyValue[] | readonly DailyRatio[],
  opts: AnomalyOptions,
): SeriesModel {
  const points = new Map<number, Point>();
  let allWhole = true;
  let isRatio = false;
  // Each row's day number, parsed once (a long period has thousands of rows per scan).
  const days: number[] = [];
  for (const row of rows) {
    const day = dayNumber(row.date);
    days.push(day);
    if (points.has(day)) throw new AppError("core.invalid_input", `series: duplicate date ${row.date}`);
    if ("value" in row) {
      points.set(day, { value: row.value });
      allWhole &&= Number.isInteger(row.value) && row.value >= 0;
    } else {
      isRatio = true;
      // A day without denominator has no rate; it is neither scored nor part of any baseline.
      if (row.denominator === 0) continue;
      points.set(day, {
        value: row.numerator / row.denominator,
        numerator: row.numerator,
        denominator: row.denominator,
      });
      allWhole &&= Number.isInteger(row.numerator) && row.numerator >= 0;
    }
  }
  const countAware = opts.valueKind === "count" || (opts.valueKind === "auto" && allWhole && rows.length > 0);
  const nonNegative = [...points.values()].every((p) => p.value >= 0);
  // Non-negative amounts that are zero on many days (revenue of a channel with an order every few
  // days) are sums of a few orders: scored like counts (sqrt scale) in units of the mean positive
  // day, a compound-Poisson approximation. Otherwise positive series are scored on the log scale,
  // the odd zero day (an outage) at half the smallest positive day (half an event for ratio
  // numerators).
  const positives = [...points.values()].map((p) => p.value).filter((v) => v > 0);
  const zeroShare = points.size ? 1 - positives.length / points.size : 0;
  const amountOffset = positives.length ? Math.min(...positives) / 2 : 0;
  const unit = countAware || !positives.length ? 1 : positives.reduce((a, b) => a + b, 0) / positives.length;
  const scale: ScoreScale =
    nonNegative && !isRatio && (countAware || zeroShare > SPARSE_ZERO_SHARE)
      ? "sqrt"
      : points.size > 0 && nonNegative && positives.length > 0
        ? "log"
        : "linear";
  const toScale = (p: Point) =>
    scale === "sqrt"
      ? 2 * Math.sqrt(p.value / unit + 3 / 8)
      : scale === "linear"
        ? p.value
        : p.denominator === undefined
          ? Math.log(p.value + (p.value > 0 ? 0 : amountOffset))
          : countAware
            ? Math.log((p.numerator! + (p.numerator! > 0 ? 0 : 0.5)) / p.denominator)
            : Math.log(Math.max(p.value, amountOffset));
  const fromScale = (x: number) =>
    scale === "sqrt"
      ? unit * Math.max(0, (Math.max(0, x) / 2) ** 2 - 3 / 8)
      : scale === "log"
        ? Math.exp(x)
        : x;
  const resolution = gridOf([...points.values()].map((p) => p.numerator ?? p.value));
  const eventDays = new Set<number>();
  for (const e of opts.events) {
    const last = dayNumber(e.to);
    for (let d = dayNumber(e.from); d <= last; d++) eventDays.add(d);
  }
  const values = new Map<number, number>();
  for (const [d, p] of points) {
    if (!eventDays.has(d)) values.set(d, toScale(p));
  }
  const changes = [...new Set(opts.changePoints.map(dayNumber))].sort((a, b) => a - b);
  const regime = (day: number) => {
    let lo = Number.NEGATIVE_INFINITY;
    let hi = Number.POSITIVE_INFINITY;
    for (const c of changes) {
      if (c <= day) lo = c;
      else {
        hi = c - 1;
        break;
      }
    }
    return { lo, hi };
  };
  return {
    points,
    values,
    days: days.sort((a, b) => a - b),
    eventDays,
    isRatio,
    countAware,
    nonNegative,
    scale,
    resolution,
    toScale,
    fromScale,
    regime,
  };
}
