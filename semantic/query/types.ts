/** MetricQuery: what a caller (the API, a tool, the agent) asks the semantic layer for. */
import { z } from "zod";
import { safeText, TEXT_LIMITS } from "../../lib/safe-text.ts";
import { isIsoDate } from "./dates.ts";

const isoDate = z
  .string()
  // Length first and abort: a megabyte of text is refused without the date parser.
  .max(10, { error: "expected a calendar date as YYYY-MM-DD", abort: true })
  .refine(isIsoDate, "expected a calendar date as YYYY-MM-DD");
const name = safeText({ max: TEXT_LIMITS.key, min: 1 }).describe("A catalog key, e.g. 'roas' or 'channel'.");

export const TIME_PRESETS = [
  "today",
  "yesterday",
  "last_7_days",
  "last_30_days",
  "last_90_days",
  "this_week",
  "last_week",
  "this_month",
  "last_month",
  "this_quarter",
  "last_quarter",
  "this_year",
  "last_year",
  "month_to_date",
  "year_to_date",
] as const;
export type TimePreset = (typeof TIME_PRESETS)[number];

export const GRAINS = ["day", "week", "month", "quarter", "year"] as const;
export type Grain = (typeof GRAINS)[number];

/** Inclusive org-local dates. */
export const absoluteRange = z
  .object({ from: isoDate, to: isoDate })
  .refine((r) => r.from <= r.to, { message: "'from' must not be after 'to'", path: ["to"] });

export const timeRangeSchema = z.union([
  z.object({ preset: z.enum(TIME_PRESETS).describe("Resolved in the organization's time zone.") }),
  absoluteRange,
]);

const scalar = z.union([safeText({ max: TEXT_LIMITS.label }), z.number()]);
/** Dimension filters become WHERE conditions; metric filters (gt/gte/lt/lte) apply after aggregation. */
export const filterSchema = z.discriminatedUnion("op", [
  z.object({ field: name, op: z.enum(["eq", "neq"]), value: scalar.nullable() }),
  z.object({ field: name, op: z.enum(["in", "not_in"]), values: z.array(scalar).min(1).max(500) }),
  z.object({ field: name, op: z.literal("contains"), value: safeText({ max: TEXT_LIMITS.label, min: 1 }) }),
  z.object({ field: name, op: z.enum(["gt", "gte", "lt", "lte"]), value: z.number() }),
]);

/** Days of the period a query counts (query/day-selection.ts): stretches left out, month edges, or a week part. */
export const daySelectionSchema = z
  .object({
    exclude: z
      .array(absoluteRange)
      .min(1)
      .max(20)
      .optional()
      .describe("Stretches of days left out (inclusive), e.g. [{ from: '2025-11-20', to: '2025-12-02' }]."),
    monthDays: z
      .object({ edge: z.enum(["first", "last"]), count: z.number().int().min(1).max(28) })
      .optional()
      .describe("Only the first or last N days of each calendar month, e.g. { edge: 'first', count: 7 }."),
    weekPart: z
      .enum(["weekend", "weekday"])
      .optional()
      .describe(
        "Only Saturdays and Sundays ('weekend') or only Mondays to Fridays ('weekday'), e.g. 'weekend'.",
      ),
  })
  .refine((d) => d.exclude || d.monthDays || d.weekPart, {
    message: "expected 'exclude', 'monthDays' or 'weekPart'",
  })
  .describe(
    "Days of the period to count: stretches left out, only the first/last days of each month, or only weekends or weekdays.",
  );

export const metricQuerySchema = z.object({
  metrics: z.array(name).min(1).max(20).describe("Metric keys, e.g. ['spend', 'roas']."),
  dimensions: z.array(name).max(4).default([]).describe("Dimension keys, e.g. ['channel']."),
  filters: z.array(filterSchema).max(20).default([]),
  timeRange: timeRangeSchema,
  grain: z.enum(GRAINS).optional().describe("Date bucket when 'date' is a dimension (default day)."),
  compareTo: z.union([z.enum(["previous_period", "previous_year"]), absoluteRange]).optional(),
  orderBy: z
    .array(z.object({ field: name, direction: z.enum(["asc", "desc"]).default("desc") }))
    .max(5)
    .optional(),
  limit: z.number().int().min(1).max(10_000).optional().describe("Top N rows after ordering."),
  attributionModel: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,40}$/, "expected an attribution model key such as 'last_touch'")
    .optional(),
  average: z
    .enum(["per_day", "per_week", "per_month"])
    .optional()
    .describe(
      "'per_day': also return each additive metric's total divided by the period's days (result.dailyAverage); 'per_week': divided by its weeks, days / 7 (result.weeklyAverage); 'per_month': divided by its months (result.monthlyAverage), e.g. 'per_day'.",
    ),
  spread: z
    .boolean()
    .optional()
    .describe(
      "true: also return, per metric, the count, mean, sample standard deviation, least and greatest of its values over the result's rows (result.spread), e.g. with a daily date series for day-to-day variability.",
    ),
  days: daySelectionSchema.optional(),
});

/** A parsed MetricQuery (defaults applied). */
export type MetricQuery = z.infer<typeof metricQuerySchema>;
/** A MetricQuery as callers write it. */
export type MetricQueryInput = z.input<typeof metricQuerySchema>;
export type Filter = z.infer<typeof filterSchema>;
export type DaySelection = z.infer<typeof daySelectionSchema>;
export type TimeRangeInput = z.infer<typeof timeRangeSchema>;
export type CompareTo = NonNullable<MetricQuery["compareTo"]>;

/** Inclusive org-local date range, resolved. */
export interface DateRange {
  from: string;
  to: string;
}

/** A resolved time range with where it came from. */
export interface ResolvedTimeRange extends DateRange {
  timeZone: string;
  preset?: TimePreset;
}
