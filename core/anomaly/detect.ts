/**
 * Anomaly detection on one daily metric series (overall, or one dimension member's). Each day is
 * compared with a weekday-seasonal robust baseline of the weeks before it (see baseline.ts); the
 * robust z-score flags it. Counts get a Poisson floor on the noise so a day with 3 orders instead
 * of 1 is not "5 sigma". Ratio metrics are scored on numerator / denominator of each day's sums,
 * with the Poisson floor sqrt(rate / denominator) when the numerator is a count.
 */
import { AppError } from "../../lib/errors.ts";
import { dateFromDayNumber, dayNumber } from "../stats/dates.ts";
import { parseInput } from "../stats/parse-input.ts";
import { dayBaseline } from "./baseline.ts";
import {
  type AnomalyOptions,
  anomalyOptionsSchema,
  type DailyRatio,
  type DailyValue,
  dailySeriesSchema,
} from "./schemas.ts";

/** A flagged day. */
export interface Anomaly {
  date: string;
  value: number;
  expected: number;
  /** Band of values that would not have been flagged: expected -/+ threshold * sigma. */
  lower: number;
  upper: number;
  /** Robust z-score: (value - expected) / sigma, 2 decimals. */
  score: number;
  direction: "up" | "down";
  /** low: |score| < 1.5 x threshold; medium: < 2.5 x threshold; high: above. */
  severity: "low" | "medium" | "high";
  /** The day's numerator and denominator, for ratio metrics. */
  numerator?: number;
  denominator?: number;
}

/** Result of detectAnomalies. */
export interface AnomalyReport {
  anomalies: Anomaly[];
  /** Days in the reported range that had enough history to be scored. */
  evaluatedDays: number;
  /** Days in the range not scored (too little history, or a zero denominator). */
  skippedDays: number;
  /** First date in the range with enough history, or null if none had. */
  firstEvaluableDate: string | null;
  /** Whether the Poisson floor was applied. */
  countAware: boolean;
  options: AnomalyOptions;
}

interface Point {
  value: number;
  numerator?: number;
  denominator?: number;
}

/**
 * Flag anomalous days of `series`. `series` is either [{date, value}] or, for a ratio metric,
 * [{date, numerator, denominator}]; `options` is untrusted (query string) input.
 * Throws AppError("core.invalid_input") naming the field on bad input.
 * @example
 * detectAnomalies(daily, { from: "2024-03-01", to: "2024-03-31" }).anomalies;
 * // [{ date: "2024-03-12", value: 40, expected: 118, lower: 61.2, upper: 174.8, score: -5.51, direction: "down", severity: "low" }]
 */
export function detectAnomalies(
  series: readonly DailyValue[] | readonly DailyRatio[],
  options: unknown = {},
): AnomalyReport {
  const opts = parseInput(anomalyOptionsSchema, options);
  const rows = parseInput(dailySeriesSchema, series);
  const points = new Map<number, Point>();
  let allWhole = true;
  for (const row of rows) {
    const day = dayNumber(row.date);
    if (points.has(day)) throw new AppError("core.invalid_input", `series: duplicate date ${row.date}`);
    if ("value" in row) {
      points.set(day, { value: row.value });
      allWhole &&= Number.isInteger(row.value) && row.value >= 0;
    } else {
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
  const values = new Map([...points].map(([d, p]) => [d, p.value]));
  const days = rows.map((r) => dayNumber(r.date)).sort((a, b) => a - b);
  const from = opts.from ? dayNumber(opts.from) : (days[0] ?? 0);
  const to = opts.to ? dayNumber(opts.to) : (days[days.length - 1] ?? -1);
  const report: AnomalyReport = {
    anomalies: [],
    evaluatedDays: 0,
    skippedDays: 0,
    firstEvaluableDate: null,
    countAware,
    options: opts,
  };
  for (const day of days) {
    if (day < from || day > to) continue;
    const point = points.get(day);
    const base = point ? dayBaseline(values, day, opts.trailingWeeks, opts.minHistoryWeeks) : null;
    if (!point || !base) {
      report.skippedDays += 1;
      continue;
    }
    report.evaluatedDays += 1;
    report.firstEvaluableDate ??= dateFromDayNumber(day);
    const sigma = noiseFloor(base.sigma, base.expected, point, countAware);
    const score = (point.value - base.expected) / sigma;
    if (Math.abs(score) < opts.threshold) continue;
    const band = opts.threshold * sigma;
    const a = Math.abs(score);
    report.anomalies.push({
      date: dateFromDayNumber(day),
      value: point.value,
      expected: base.expected,
      lower: nonNegative ? Math.max(0, base.expected - band) : base.expected - band,
      upper: base.expected + band,
      score: Math.round(score * 100) / 100,
      direction: score > 0 ? "up" : "down",
      severity: a < 1.5 * opts.threshold ? "low" : a < 2.5 * opts.threshold ? "medium" : "high",
      ...(point.denominator === undefined
        ? {}
        : { numerator: point.numerator, denominator: point.denominator }),
    });
  }
  return report;
}

/** Apply the Poisson floor for counts and a tiny absolute floor so a flat history cannot divide by 0. */
function noiseFloor(sigma: number, expected: number, point: Point, countAware: boolean): number {
  let s = sigma;
  if (countAware) {
    // Poisson: a count with mean mu has sd sqrt(mu); a rate of counts over a fixed denominator
    // has sd sqrt(rate / denominator). At least one event's worth, so an empty history still has
    // a scale.
    const poisson =
      point.denominator === undefined
        ? Math.sqrt(Math.max(expected, 1))
        : Math.sqrt(Math.max(expected, 1 / point.denominator) / point.denominator);
    s = Math.max(s, poisson);
  }
  return Math.max(s, 1e-9 * Math.max(1, Math.abs(expected)));
}
