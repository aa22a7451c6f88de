/**
 * Zod schemas for anomaly detection input: options as they arrive on GET /api/v1/anomalies (query
 * strings, so numbers are coerced) and the daily series the route reads from the database.
 */
import { z } from "zod";
import { safeText } from "../../lib/safe-text.ts";
import { isIsoDate } from "../stats/dates.ts";

const isoDate = z
  .string()
  // Length first and abort: a megabyte of text is refused without the date parser.
  .max(10, { error: "expected a YYYY-MM-DD date", abort: true })
  .refine(isIsoDate, { message: "expected a YYYY-MM-DD date" });

/** Options of detectAnomalies. */
export const anomalyOptionsSchema = z
  .object({
    minHistoryWeeks: z.coerce
      .number()
      .int()
      .min(1)
      .max(52)
      .default(4)
      .describe("Same-weekday observations needed before a day is scored, e.g. 4"),
    trailingWeeks: z.coerce
      .number()
      .int()
      .min(1)
      .max(52)
      .default(8)
      .describe("Weeks of history in the baseline, e.g. 8"),
    threshold: z.coerce
      .number()
      .positive()
      .max(100)
      .default(4)
      .describe("Robust z-score that flags a day, e.g. 4"),
    from: isoDate
      .optional()
      .describe("First day to report, e.g. 2024-03-01 (earlier days still feed the baseline)"),
    to: isoDate.optional().describe("Last day to report, e.g. 2024-03-31"),
    valueKind: z
      .enum(["auto", "count", "continuous"])
      .default("auto")
      .describe("count adds a Poisson floor to the noise; auto treats whole-number data as counts"),
    reference: z
      .enum(["both", "trailing"])
      .default("both")
      .describe(
        "both: a day must stand out from the weeks before it and, where the series has them, the weeks after it (a level shift is not a one-day anomaly), and a shift window must not be plainly consistent with the weeks after it (a new level is not a shift); trailing: only the weeks before",
      ),
    shifts: z
      .enum(["ratio", "all", "off"])
      .default("ratio")
      .describe(
        "Sustained-shift test (mean of a window of days against the baseline before it): on ratio series only (rates are not moved by demand or budget seasonality), on all, or off",
      ),
    shiftWindowDays: z.coerce
      .number()
      .int()
      .min(2)
      .max(28)
      .default(7)
      .describe("Days in the sustained-shift window, e.g. 7"),
    events: z
      .array(
        z.object({
          from: isoDate,
          to: isoDate,
          label: safeText({ max: 100, min: 1 }),
        }),
      )
      .max(1000)
      .default([])
      .describe(
        "Known calendar events (e.g. Black Friday to Cyber Monday): their days are expected to be unusual, so they are neither scored nor part of any baseline",
      ),
    changePoints: z
      .array(isoDate)
      .max(5000)
      .default([])
      .describe(
        "Known level changes (e.g. a campaign start, or the day after its end): baselines never reach across one, so days are scored only once the new level has minHistoryWeeks of history",
      ),
  })
  .superRefine((o, ctx) => {
    if (o.minHistoryWeeks > o.trailingWeeks) {
      ctx.addIssue({ code: "custom", path: ["minHistoryWeeks"], message: "cannot exceed trailingWeeks" });
    }
    if (o.from && o.to && o.from > o.to)
      ctx.addIssue({ code: "custom", path: ["from"], message: "must not be after to" });
    o.events.forEach((e, i) => {
      if (e.from > e.to)
        ctx.addIssue({ code: "custom", path: ["events", i, "from"], message: "must not be after to" });
    });
  });

/** Parsed anomaly options (defaults applied). */
export type AnomalyOptions = z.output<typeof anomalyOptionsSchema>;
/** Anomaly options as a caller writes them. */
export type AnomalyOptionsInput = z.input<typeof anomalyOptionsSchema>;

/** A day of an additive metric. */
export const dailyValueSchema = z.object({ date: isoDate, value: z.number().finite() });
/** A day of a ratio metric, from that day's summed numerator and denominator. */
export const dailyRatioSchema = z.object({
  date: isoDate,
  numerator: z.number().finite(),
  denominator: z.number().finite().nonnegative(),
});

/** A daily series: all values, or all numerator/denominator pairs. */
export const dailySeriesSchema = z.union([z.array(dailyValueSchema), z.array(dailyRatioSchema)]);

/** One day of an additive metric. */
export type DailyValue = z.output<typeof dailyValueSchema>;
/** One day of a ratio metric. */
export type DailyRatio = z.output<typeof dailyRatioSchema>;
