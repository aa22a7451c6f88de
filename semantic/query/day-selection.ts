/**
 * Which days of a period a query counts (MetricQuery `days`): stretches left out ("by month without
 * the Black Friday window", "year to date leaving out the outage day"), or only the first or last
 * days of every month ("the first week of each month"), or only weekends or weekdays ("weekend vs
 * weekday conversion rate", fix13f). A date range alone cannot say either, and
 * a filter on `date` is refused (plan.ts), so the rule lives beside the range and every fact
 * source's WHERE applies it to its own local date (compile/sources.ts). The schema is in types.ts.
 */
import { addDays } from "./dates.ts";
import type { DateRange, DaySelection } from "./types.ts";

export type { DaySelection };

/** Days in the month of an ISO date. */
function monthLength(date: string): number {
  const [y, m] = date.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Whether the selection counts this day.
 * @example keepsDay("2025-11-25", { exclude: [{ from: "2025-11-20", to: "2025-12-02" }] }) // false
 * @example keepsDay("2026-03-31", { monthDays: { edge: "last", count: 7 } }) // true
 */
export function keepsDay(date: string, days: DaySelection | undefined): boolean {
  if (!days) return true;
  if (days.exclude?.some((r) => date >= r.from && date <= r.to)) return false;
  if (days.weekPart) {
    // fix13f: Saturday (6) and Sunday (0) are the weekend, Monday to Friday the weekdays.
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    if (weekend !== (days.weekPart === "weekend")) return false;
  }
  if (days.monthDays) {
    const day = Number(date.slice(8, 10));
    const { edge, count } = days.monthDays;
    return edge === "first" ? day <= count : day > monthLength(date) - count;
  }
  return true;
}

/**
 * How many days of `range` the selection counts.
 * @example countedDays({ from: "2026-01-01", to: "2026-02-28" }, { monthDays: { edge: "first", count: 7 } }) // 14
 */
export function countedDays(range: DateRange, days: DaySelection | undefined): number {
  let n = 0;
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) if (keepsDay(d, days)) n++;
  return n;
}
