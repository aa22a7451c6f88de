/**
 * Resolve time-range presets and comparison periods in the organization's time zone. Pure: the
 * clock (`now`) is a parameter.
 */
import {
  addDays,
  addMonths,
  daysBetween,
  endOfMonth,
  localDate,
  monthsSpanned,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from "./dates.ts";
import type { CompareTo, DateRange, ResolvedTimeRange, TimePreset, TimeRangeInput } from "./types.ts";

/**
 * Dates for a preset, relative to `today` (org-local). `last_N_days` are the N complete days
 * before today; `this_*` run from the start of the period through today (same as *_to_date).
 * @example presetRange("last_week", "2024-03-13") // {from: "2024-03-04", to: "2024-03-10"}
 */
export function presetRange(preset: TimePreset, today: string): DateRange {
  switch (preset) {
    case "today":
      return { from: today, to: today };
    case "yesterday":
      return { from: addDays(today, -1), to: addDays(today, -1) };
    case "last_7_days":
      return { from: addDays(today, -7), to: addDays(today, -1) };
    case "last_30_days":
      return { from: addDays(today, -30), to: addDays(today, -1) };
    case "last_90_days":
      return { from: addDays(today, -90), to: addDays(today, -1) };
    case "this_week":
      return { from: startOfWeek(today), to: today };
    case "last_week": {
      const from = addDays(startOfWeek(today), -7);
      return { from, to: addDays(from, 6) };
    }
    case "this_month":
    case "month_to_date":
      return { from: startOfMonth(today), to: today };
    case "last_month": {
      const from = addMonths(startOfMonth(today), -1);
      return { from, to: endOfMonth(from) };
    }
    case "this_quarter":
      return { from: startOfQuarter(today), to: today };
    case "last_quarter": {
      const from = addMonths(startOfQuarter(today), -3);
      return { from, to: addDays(startOfQuarter(today), -1) };
    }
    case "this_year":
    case "year_to_date":
      return { from: startOfYear(today), to: today };
    case "last_year": {
      const y = Number(today.slice(0, 4)) - 1;
      return { from: `${y}-01-01`, to: `${y}-12-31` };
    }
  }
}

/** Resolve a query's time range at instant `now` in `timeZone`. */
export function resolveTimeRange(range: TimeRangeInput, now: Date, timeZone: string): ResolvedTimeRange {
  if ("preset" in range) {
    return { ...presetRange(range.preset, localDate(now, timeZone)), timeZone, preset: range.preset };
  }
  return { from: range.from, to: range.to, timeZone };
}

/**
 * The period to compare with. `previous_period`: a range that starts on the first of a month
 * shifts by whole months (so last_month compares with the month before, and month-to-date with
 * the same days of the previous month); any other range shifts back by its own length.
 * `previous_year`: the same dates a year earlier (Feb 29 becomes Feb 28).
 * @example comparisonRange({from: "2024-03-01", to: "2024-03-31"}, "previous_period") // Feb 1..29
 */
export function comparisonRange(range: DateRange, compareTo: CompareTo): DateRange {
  if (typeof compareTo === "object") return { from: compareTo.from, to: compareTo.to };
  if (compareTo === "previous_year")
    return { from: addMonths(range.from, -12), to: addMonths(range.to, -12) };
  if (range.from === startOfMonth(range.from)) {
    const n = monthsSpanned(range.from, range.to);
    const to =
      range.to === endOfMonth(range.to) ? endOfMonth(addMonths(range.to, -n)) : addMonths(range.to, -n);
    return { from: addMonths(range.from, -n), to };
  }
  const len = daysBetween(range.from, range.to) + 1;
  return { from: addDays(range.from, -len), to: addDays(range.to, -len) };
}
