/**
 * The brief's period in the organization's time zone: last week (Monday to Sunday, the default),
 * last month, or custom dates; with the period it is compared with (the one just before), the same
 * period last year (52 weeks earlier for weeks so weekdays line up, the same dates otherwise) and
 * the next period of the same length, or the next calendar month (what the budget proposal plans).
 */
import { z } from "zod";
import { addDays, daysBetween, endOfMonth, startOfMonth, startOfWeek } from "../semantic/query/dates.ts";
import { comparisonRange, resolveTimeRange } from "../semantic/query/time-range.ts";
import { absoluteRange, type DateRange } from "../semantic/query/types.ts";

/** A brief period: `{ preset: "last_week" | "last_month" }` or custom `{ from, to }`. */
export const briefPeriodSchema = z
  .union([
    z
      .object({ preset: z.enum(["last_week", "last_month"]) })
      .strict()
      .describe(
        "A named period, e.g. { preset: 'last_week' } (Monday to Sunday in the organization's time zone).",
      ),
    absoluteRange.describe("Custom inclusive dates, e.g. { from: '2026-10-19', to: '2026-10-25' }."),
  ])
  .default({ preset: "last_week" });
export type BriefPeriodInput = z.input<typeof briefPeriodSchema>;

/** The resolved period and the ranges it is read against. */
export interface BriefPeriod extends DateRange {
  kind: "week" | "month" | "custom";
  timeZone: string;
  days: number;
  previous: DateRange;
  lastYear: DateRange;
  next: DateRange;
}

/**
 * Resolve a brief period at `now` in `timeZone`.
 * @example resolveBriefPeriod({ preset: "last_week" }, new Date("2026-10-26T13:00:00Z"), "America/New_York")
 * // { from: "2026-10-19", to: "2026-10-25", kind: "week", previous: { from: "2026-10-12", ... }, lastYear: { from: "2025-10-20", ... }, ... }
 */
export function resolveBriefPeriod(
  input: BriefPeriodInput | undefined,
  now: Date,
  timeZone: string,
): BriefPeriod {
  const parsed = briefPeriodSchema.parse(input);
  const range = resolveTimeRange(parsed, now, timeZone);
  const days = daysBetween(range.from, range.to) + 1;
  const isWeek = days === 7 && startOfWeek(range.from) === range.from;
  const isMonth = startOfMonth(range.from) === range.from && endOfMonth(range.from) === range.to;
  const named = "preset" in parsed ? (parsed.preset === "last_week" ? "week" : "month") : undefined;
  const kind = named ?? (isWeek ? "week" : isMonth ? "month" : "custom");
  const lastYear =
    kind === "week"
      ? { from: addDays(range.from, -364), to: addDays(range.to, -364) }
      : comparisonRange(range, "previous_year");
  return {
    from: range.from,
    to: range.to,
    kind,
    timeZone,
    days,
    previous: comparisonRange(range, "previous_period"),
    lastYear,
    next:
      kind === "month"
        ? { from: addDays(range.to, 1), to: endOfMonth(addDays(range.to, 1)) }
        : { from: addDays(range.to, 1), to: addDays(range.to, days) },
  };
}
