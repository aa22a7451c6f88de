/**
 * The day test: each day in the range is compared with a weekday-seasonal robust baseline of the
 * weeks before it (baseline.ts) and, with reference "both", also with the same baseline of the
 * weeks after it where the series has them: a day is flagged only when it stands out from both in
 * the same direction (the smaller robust z-score counts), so a lasting level shift (a new season, a
 * new budget) is not reported as a string of one-day anomalies while a one-day outage or spike
 * still is. Known event days are not scored; known change points bound every baseline.
 */
import { dateFromDayNumber } from "../stats/dates.ts";
import { type Anomaly, flagged } from "./anomaly.ts";
import { dayBaseline } from "./baseline.ts";
import type { AnomalyOptions } from "./schemas.ts";
import { scoreDay } from "./score.ts";
import type { SeriesModel } from "./series-model.ts";

/** Weeks the leading (following weeks) baseline needs before it is used. */
export const MIN_LEADING_WEEKS = 1;

export interface DayScan {
  anomalies: Anomaly[];
  /** Days that were scored, ascending (the shift test's windows use only these). */
  scored: number[];
  /**
   * Each scored day's z-score against the weeks before it (before any veto by the weeks after):
   * what a daily evaluation saw that day, and what alert episodes (episodes.ts) judge recovery by.
   */
  trailingZ: Map<number, number>;
  evaluatedDays: number;
  skippedDays: number;
  eventDays: number;
  firstEvaluableDate: string | null;
}

/**
 * Score every day from..to (day numbers) of the model.
 * @example scanDays(model, opts, from, to).anomalies; // [{ date: "2024-03-12", kind: "day", ... }]
 */
export function scanDays(model: SeriesModel, opts: AnomalyOptions, from: number, to: number): DayScan {
  const out: DayScan = {
    anomalies: [],
    scored: [],
    trailingZ: new Map(),
    evaluatedDays: 0,
    skippedDays: 0,
    eventDays: 0,
    firstEvaluableDate: null,
  };
  const threshold = opts.threshold;
  const absolute = model.scale !== "linear";
  for (const day of model.days) {
    if (day < from || day > to) continue;
    const point = model.points.get(day);
    if (model.eventDays.has(day)) {
      out.skippedDays += 1;
      out.eventDays += 1;
      continue;
    }
    const { lo, hi } = model.regime(day);
    const base = point
      ? dayBaseline(model.values, day, opts.trailingWeeks, opts.minHistoryWeeks, {
          direction: -1,
          lo,
          absolute,
        })
      : null;
    if (!point || !base) {
      out.skippedDays += 1;
      continue;
    }
    out.evaluatedDays += 1;
    out.firstEvaluableDate ??= dateFromDayNumber(day);
    out.scored.push(day);
    let s = scoreDay(model, point, base);
    out.trailingZ.set(day, s.z);
    if (Math.abs(s.z) < threshold) continue;
    if (opts.reference === "both") {
      const lead = dayBaseline(
        model.values,
        day,
        opts.trailingWeeks,
        Math.min(MIN_LEADING_WEEKS, opts.minHistoryWeeks),
        { direction: 1, hi, absolute, fallbackNoise: base.noise },
      );
      if (lead) {
        const after = scoreDay(model, point, lead);
        // Not unusual against the weeks after it (or unusual the other way): the day belongs to a
        // new level. A reference of fewer than minHistoryWeeks weeks is uncertain: it vetoes only
        // when the day is plainly consistent with it (|z| below half the threshold).
        const weak = lead.sameWeekdayCount < opts.minHistoryWeeks;
        if (Math.sign(after.z) !== Math.sign(s.z) || Math.abs(after.z) < (weak ? threshold / 2 : threshold))
          continue;
        if (!weak && Math.abs(after.z) < Math.abs(s.z)) s = after;
      }
    }
    out.anomalies.push(
      flagged(model, threshold, {
        kind: "day",
        from: day,
        to: day,
        z: s.z,
        level: s.base.expected,
        sigma: s.sigma,
        point,
      }),
    );
  }
  return out;
}
