/**
 * Anomaly detection on one daily metric series (overall, or one dimension member's): the entry
 * point. It parses the input, builds the series model (series-model.ts: scale, events, regimes),
 * runs the day test (day-test.ts) and, where enabled, the sustained-shift test (shift-test.ts).
 *
 * Days are compared with a weekday-seasonal robust baseline of the weeks before them and, by
 * default, of the weeks after them; sustained shifts are windows of days scored as a whole. By
 * default only ratio series get the shift test: volumes shift with demand and budget seasons,
 * rates (conversion rate, CPC) much less. Known events (calendar days such as Black Friday) are
 * not scored and never enter a baseline; known change points (campaign starts and ends) bound
 * every baseline.
 */
import { dateFromDayNumber, dayNumber } from "../stats/dates.ts";
import { parseInput } from "../stats/parse-input.ts";
import type { Anomaly } from "./anomaly.ts";
import { scanDays } from "./day-test.ts";
import {
  type AnomalyOptions,
  anomalyOptionsSchema,
  type DailyRatio,
  type DailyValue,
  dailySeriesSchema,
} from "./schemas.ts";
import { type ScoreScale, seriesModel } from "./series-model.ts";
import { scanShifts } from "./shift-test.ts";

export type { Anomaly } from "./anomaly.ts";

/** Result of detectAnomalies. */
export interface AnomalyReport {
  anomalies: Anomaly[];
  /** Days in the reported range that had enough history to be scored. */
  evaluatedDays: number;
  /** Days in the range not scored (too little history since a change point, a zero denominator, a known event). */
  skippedDays: number;
  /** Days in the range inside a known event (part of skippedDays). */
  eventDays: number;
  /** First date in the range with enough history, or null if none had. */
  firstEvaluableDate: string | null;
  /** Whether the Poisson floor was applied. */
  countAware: boolean;
  /**
   * Scale the series was scored on: "sqrt" for counts and sparse amounts (Anscombe's 2 sqrt(x + 3/8),
   * Poisson noise has sd 1 there), "log" for positive values and ratios, else "linear".
   */
  scale: ScoreScale;
  /** Whether the sustained-shift test ran. */
  shiftTest: boolean;
  options: AnomalyOptions;
}

/**
 * Flag anomalous days and shifts of `series`. `series` is either [{date, value}] or, for a ratio
 * metric, [{date, numerator, denominator}]; `options` is untrusted (query string) input.
 * Throws AppError("core.invalid_input") naming the field on bad input.
 * @example
 * detectAnomalies(daily, { from: "2024-03-01", to: "2024-03-31" }).anomalies;
 * // [{ date: "2024-03-12", to: "2024-03-12", kind: "day", value: 40, expected: 118, lower: 61.2, upper: 174.8, score: -5.51, direction: "down", severity: "low" }]
 */
export function detectAnomalies(
  series: readonly DailyValue[] | readonly DailyRatio[],
  options: unknown = {},
): AnomalyReport {
  return detectWithDayScores(series, options).report;
}

/**
 * detectAnomalies, plus each scored day's z-score against the weeks before it (date -> z, days
 * from..to only): what alert episodes (episodes.ts) judge a recovery by.
 * @example detectWithDayScores(daily, { from: "2024-03-01" }).trailingZ.get("2024-03-12"); // -5.51
 */
export function detectWithDayScores(
  series: readonly DailyValue[] | readonly DailyRatio[],
  options: unknown = {},
): { report: AnomalyReport; trailingZ: Map<string, number> } {
  const opts = parseInput(anomalyOptionsSchema, options);
  const model = seriesModel(parseInput(dailySeriesSchema, series), opts);
  const from = opts.from ? dayNumber(opts.from) : (model.days[0] ?? 0);
  const to = opts.to ? dayNumber(opts.to) : (model.days[model.days.length - 1] ?? -1);
  const shiftTest = opts.shifts === "all" || (opts.shifts === "ratio" && model.isRatio);
  const days = scanDays(model, opts, from, to);
  const anomalies = shiftTest
    ? [...days.anomalies, ...scanShifts(model, opts, from, to, days.scored)]
    : days.anomalies;
  anomalies.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const trailingZ = new Map<string, number>();
  for (const [day, z] of days.trailingZ) trailingZ.set(dateFromDayNumber(day), z);
  return {
    report: {
      anomalies,
      evaluatedDays: days.evaluatedDays,
      skippedDays: days.skippedDays,
      eventDays: days.eventDays,
      firstEvaluableDate: days.firstEvaluableDate,
      countAware: model.countAware,
      scale: model.scale,
      shiftTest,
      options: opts,
    },
    trailingZ,
  };
}
