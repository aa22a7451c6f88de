import { addDays, addMonths, endOfMonth } from "../query/dates.ts";
import { countedDays, keepsDay } from "../query/day-selection.ts";
import type { DateRange, DaySelection } from "../query/types.ts";

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
  /** For a date series by week, month, quarter or year: the days each bucket's row divides by. */
  bucketDays?: number[];
}

/** Grains whose buckets span more than one day, so a bucket has a daily average of its own. */
export type BucketGrain = "week" | "month" | "quarter" | "year";

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
  /**
   * The result's rows are buckets of a date series ("average daily spend by month"): each row
   * divides by the days of its bucket inside the period (and up to the data's last day), so a
   * partial first or last month is not diluted by days outside the period.
   */
  dateBuckets?: { column: string; grain: BucketGrain };
  /** The days the query counted (stretches left out, month edges): only those are divided by. */
  days?: DaySelection;
}

/**
 * The last day of the bucket starting at `start`.
 * @example bucketEnd("2026-02-01", "month") // "2026-02-28"
 */
export function bucketEnd(start: string, grain: BucketGrain): string {
  if (grain === "week") return addDays(start, 6);
  if (grain === "month") return endOfMonth(start);
  return addDays(addMonths(start, grain === "quarter" ? 3 : 12), -1);
}

/** Days of the bucket starting at `start` that fall inside `from`..`to` and are counted (0 when none). */
function daysInside(
  start: string,
  grain: BucketGrain,
  from: string,
  to: string,
  days?: DaySelection,
): number {
  const a = start > from ? start : from;
  const end = bucketEnd(start, grain);
  const b = end < to ? end : to;
  return b < a ? 0 : countedDays({ from: a, to: b }, days);
}

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * How many of each weekday the days `from`..`to` (inclusive) hold, by English name.
 * @example weekdayCounts("2026-10-01", "2026-10-31") // { Thursday: 5, Friday: 5, Saturday: 5, Sunday: 4, ... }
 */
export function weekdayCounts(from: string, to: string, days?: DaySelection): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(WEEKDAY_NAMES.map((n) => [n, 0]));
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (!keepsDay(d, days)) continue;
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
  const days = countedDays({ from: range.from, to }, input.days);
  if (days === 0) return undefined;
  const totals = Object.fromEntries(
    input.metrics.map((m) => [m, per(input.totals[m], days, input.additive(m))]),
  );
  const out: DailyAverage = { days, from: range.from, to, totals };
  const counts = input.weekdayColumn ? weekdayCounts(range.from, to, input.days) : undefined;
  const buckets = input.dateBuckets;
  const bucketDays = buckets
    ? input.rows?.map((r) =>
        daysInside(String(r[buckets.column]).slice(0, 10), buckets.grain, range.from, to, input.days),
      )
    : undefined;
  if (bucketDays) out.bucketDays = bucketDays;
  if (input.rows)
    out.rows = input.rows.map((r, i) => {
      const rowDays = counts
        ? (counts[String(r[input.weekdayColumn!])] ?? 0)
        : bucketDays
          ? (bucketDays[i] ?? 0)
          : days;
      return Object.fromEntries(
        input.metrics.map((m) => [m, rowDays > 0 ? per(r[m], rowDays, input.additive(m)) : null]),
      );
    });
  if (counts) out.weekdays = counts;
  return out;
}

/** Each additive metric's total over the period divided by its months (MetricQuery `average: "per_month"`). */
export interface MonthlyAverage {
  /**
   * Months divided by: each calendar month the period touches counts as the share of its days
   * inside the period (July 1 - September 30: 3; October 18 - 31: 14/31), cut at the last day with data.
   */
  months: number;
  from: string;
  to: string;
  /** Per metric: total / months; null for metrics that are not sums. */
  totals: Record<string, number | null>;
  /** Per result row (same order as `rows`). */
  rows?: Record<string, number | null>[];
}

/**
 * The months `from`..`to` (inclusive) hold, each calendar month counted as the share of its days inside.
 * @example monthsIn("2026-07-01", "2026-09-30") // 3
 */
export function monthsIn(from: string, to: string): number {
  let months = 0;
  for (let start = `${from.slice(0, 7)}-01`; start <= to; start = addMonths(start, 1)) {
    const end = endOfMonth(start);
    const inside = daysInside(start, "month", from, to);
    months += inside / Number(end.slice(8, 10));
  }
  return months;
}

/**
 * fix15b: average per month = the period's total / its months ("what would pausing them save per
 * month"). A period running past the last loaded day is cut there. Undefined when it has no day with data.
 * @example monthlyAverage({ metrics: ["spend"], totals: { spend: 900 }, additive: () => true,
 *   range: { from: "2026-07-01", to: "2026-09-30" }, dataThrough: "2026-10-31" })?.totals.spend // 300
 */
export function monthlyAverage(
  input: Omit<DailyAverageInput, "weekdayColumn" | "dateBuckets" | "days">,
): MonthlyAverage | undefined {
  const { range, dataThrough } = input;
  const to = dataThrough && dataThrough < range.to ? dataThrough : range.to;
  if (to < range.from) return undefined;
  const months = monthsIn(range.from, to);
  if (months <= 0) return undefined;
  const totals = Object.fromEntries(
    input.metrics.map((m) => [m, per(input.totals[m], months, input.additive(m))]),
  );
  const out: MonthlyAverage = { months, from: range.from, to, totals };
  if (input.rows)
    out.rows = input.rows.map((r) =>
      Object.fromEntries(input.metrics.map((m) => [m, per(r[m], months, input.additive(m))])),
    );
  return out;
}

/** Each additive metric's total over the period divided by its weeks (MetricQuery `average: "per_week"`). */
export interface WeeklyAverage {
  /** Weeks divided by: the period's calendar days / 7 (July 1 - September 30: 92 / 7), cut at the last day with data. */
  weeks: number;
  /** The calendar days the weeks are counted from. */
  days: number;
  from: string;
  to: string;
  /** Per metric: total / weeks; null for metrics that are not sums. */
  totals: Record<string, number | null>;
  /** Per result row (same order as `rows`). */
  rows?: Record<string, number | null>[];
}

/**
 * fix16c: average per week = the period's total / (its days / 7) ("average orders per week in
 * q3": 92 days are 13.14 weeks). A period running past the last loaded day is cut there.
 * Undefined when it has no day with data.
 * @example weeklyAverage({ metrics: ["orders"], totals: { orders: 1400 }, additive: () => true,
 *   range: { from: "2026-07-01", to: "2026-07-14" }, dataThrough: "2026-10-31" })?.totals.orders // 700
 */
export function weeklyAverage(
  input: Omit<DailyAverageInput, "weekdayColumn" | "dateBuckets">,
): WeeklyAverage | undefined {
  const { range, dataThrough } = input;
  const to = dataThrough && dataThrough < range.to ? dataThrough : range.to;
  if (to < range.from) return undefined;
  const days = countedDays({ from: range.from, to }, input.days);
  if (days === 0) return undefined;
  const weeks = days / 7;
  const totals = Object.fromEntries(
    input.metrics.map((m) => [m, per(input.totals[m], weeks, input.additive(m))]),
  );
  const out: WeeklyAverage = { weeks, days, from: range.from, to, totals };
  if (input.rows)
    out.rows = input.rows.map((r) =>
      Object.fromEntries(input.metrics.map((m) => [m, per(r[m], weeks, input.additive(m))])),
    );
  return out;
}
