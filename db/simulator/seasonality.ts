/**
 * Daily demand and budget indices for one organization: weekday pattern times holiday/season
 * windows (Black Friday, Cyber Monday, Christmas, summer, ...).
 */
import { DAYS, dayOfDate, monthOfDay, weekdayOfDay } from "./calendar.ts";
import type { OrgSpec } from "./spec-types.ts";

export interface Seasonality {
  /** Demand index per day (weekday x season): multiplies baseline and incremental orders and sessions. */
  demand: Float64Array;
  /** Season factor alone per day (no weekday), used to pace evergreen budgets. */
  season: Float64Array;
  /** Evergreen budget pacing per day: month index, plus a partial chase of seasonal demand. */
  budget: Float64Array;
}

/** Build the indices for every simulated day. */
export function buildSeasonality(spec: OrgSpec): Seasonality {
  const season = new Float64Array(DAYS).fill(1);
  for (const w of spec.seasons) {
    const from = Math.max(0, dayOfDate(w.from));
    const to = Math.min(DAYS - 1, dayOfDate(w.to));
    for (let d = from; d <= to; d++) season[d] = w.demand;
  }
  const demand = new Float64Array(DAYS);
  const budget = new Float64Array(DAYS);
  for (let d = 0; d < DAYS; d++) {
    demand[d] = season[d]! * spec.weekday[weekdayOfDay(d)]!;
    // Marketers chase peaks only partly with always-on budgets; seasonal campaigns do the rest.
    budget[d] = spec.monthlyBudgetIndex[monthOfDay(d) - 1]! * (1 + 0.25 * (season[d]! - 1));
  }
  return { demand, season, budget };
}
