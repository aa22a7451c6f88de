/**
 * What the detector reports: a flagged day or a flagged span of days, with its expected value, the
 * band of values that would not have been flagged, its score and severity.
 */
import { dateFromDayNumber } from "../stats/dates.ts";
import type { Point, SeriesModel } from "./series-model.ts";

/** A flagged day, or a flagged span of days (kind "shift"). */
export interface Anomaly {
  /** The day, or the first day of a shift's span. */
  date: string;
  /** Last day: `date` for a day, the span's end for a shift. */
  to: string;
  kind: "day" | "shift";
  /** The day's value; for a shift, the mean of its days' values (ratio metrics: the span's ratio of sums). */
  value: number;
  /** Baseline value (for a shift, the mean over its days). */
  expected: number;
  /** Band of values that would not have been flagged: expected -/+ threshold * sigma (on the log scale for log-scored series). */
  lower: number;
  upper: number;
  /** Robust z-score (log scale for positive series), 2 decimals; a shift's is its window z. */
  score: number;
  direction: "up" | "down";
  /** low: |score| < 1.5 x threshold; medium: < 2.5 x threshold; high: above. */
  severity: "low" | "medium" | "high";
  /** The day's (or span's summed) numerator and denominator, for ratio metrics. */
  numerator?: number;
  denominator?: number;
}

/**
 * An anomaly over day numbers from..to with score z, a baseline level and noise sd on the scored
 * scale, and its value (with the summed numerator and denominator of a ratio metric).
 * @example flagged(model, 4, { from: d, to: d, z: -5.51, level, sigma, kind: "day", point }).severity; // "low"
 */
export function flagged(
  model: SeriesModel,
  threshold: number,
  f: {
    kind: Anomaly["kind"];
    from: number;
    to: number;
    z: number;
    level: number;
    sigma: number;
    point: Point;
  },
): Anomaly {
  const band = threshold * f.sigma;
  const a = Math.abs(f.z);
  const { fromScale } = model;
  return {
    date: dateFromDayNumber(f.from),
    to: dateFromDayNumber(f.to),
    kind: f.kind,
    value: f.point.value,
    expected: fromScale(f.level),
    lower:
      model.scale !== "linear"
        ? fromScale(f.level - band)
        : model.nonNegative
          ? Math.max(0, f.level - band)
          : f.level - band,
    upper: fromScale(f.level + band),
    score: Math.round(f.z * 100) / 100,
    direction: f.z > 0 ? "up" : "down",
    severity: a < 1.5 * threshold ? "low" : a < 2.5 * threshold ? "medium" : "high",
    ...(f.point.denominator === undefined
      ? {}
      : { numerator: f.point.numerator, denominator: f.point.denominator }),
  };
}
