import { addDays, daysBetween } from "../query/dates.ts";
import type { DateRange } from "../query/types.ts";

/** Each additive metric's total over the period divided by its calendar days (MetricQuery `average: "per_day"`). */
export interface DailyAverage {
  /** Calendar days divided by: the period's, cut at the last day with data when the period runs past it. */
  days: number;
  /** The days counted (org-local, inclusive). */
  from: string;
  to: string;
  /** Per metric: total / days; null for metrics that are not sums (a rate's daily average is not its value). */
  totals: Record<string, number | null>;
  /** Per result row (same order as `rows`) when the result is not itself a date series. */
  rows?: Record<string, number | null>[];
  /** For a result by weekday: how many of each weekday the counted days hold (what each row divides by). */
  weekdays?: Record<string, number>;
}

/** What dailyAverage needs: the totals, rows, which metrics add up, the period and the data's last day. */
export interface DailyAverageInput {
  metrics: readonly string[];
  totals: Record<string, number | null>;
  rows?: readonly Record<string, unknown>[];
  additive: (metric: string) => boolean;
  range: DateRange;
  /** Last date loaded (ad_spend_daily); days after it have no data and are not counted. */
  dataThrough: string | null;
  /**
   * The result's rows are weekdays (the `day_of_week` dimension): each row divides by how many of
   * its weekday the counted days hold, not by all of them ("revenue per Monday").
   */
  weekdayColumn?: string;
}

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * How many of each weekday the days `from`..`to` (inclusive) hold, by English name.
 * @example weekdayCounts("2026-10-01", "2026-10-31") // { Thursday: 5, Friday: 5, Saturday: 5, Sunday: 4, ... }
 */
export function weekdayCounts(from: string, to: string): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(WEEKDAY_NAMES.map((n) => [n, 0]));
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const name = WEEKDAY_NAMES[new Date(`${d}T00:00:00Z`).getUTCDay()]!;
    out[name] = (out[name] ?? 0) + 1;
  }
  return out;
}

function per(value: unknown, days: number, additive: boolean): number | null {
  return additive && typeof value === "number" && Number.isFinite(value) ? value / days : null;
}

/**
 * Average per day = the period's total / the days in the period ("average daily spend" is the
 * total over calendar days, days with no spend count as 0). A period running past the last loaded
 * day is cut there, so "this month" is not diluted by days that have not happened or loaded yet.
 * Returns undefined when the period has no day with data.
 * @example dailyAverage({ metrics: ["spend"], totals: { spend: 310 }, additive: () => true,
 *   range: { from: "2026-10-01", to: "2026-10-31" }, dataThrough: "2026-10-31" }) // totals.spend 10, days 31
 */
export function dailyAverage(input: DailyAverageInput): DailyAverage | undefined {
  const { range, dataThrough } = input;
  const to = dataThrough && dataThrough < range.to ? dataThrough : range.to;
  if (to < range.from) return undefined;
  const days = daysBetween(range.from, to) + 1;
  const totals = Object.fromEntries(
    input.metrics.map((m) => [m, per(input.totals[m], days, input.additive(m))]),
  );
  const out: DailyAverage = { days, from: range.from, to, totals };
  const counts = input.weekdayColumn ? weekdayCounts(range.from, to) : undefined;
  if (input.rows)
    out.rows = input.rows.map((r) => {
      const rowDays = counts ? (counts[String(r[input.weekdayColumn!])] ?? 0) : days;
      return Object.fromEntries(
        input.metrics.map((m) => [m, rowDays > 0 ? per(r[m], rowDays, input.additive(m)) : null]),
      );
    });
  if (counts) out.weekdays = counts;
  return out;
}
