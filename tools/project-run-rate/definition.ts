/** project_run_rate: a period's total if the days without data go at a chosen stretch's daily pace. */
import { z } from "zod";
import { dateRange, filtersSchema } from "../shared/schemas.ts";
import { defineTool } from "../shared/tool-definition.ts";

/** Metrics that add up over days, so a daily pace carries over (ratios do not). */
export const RUN_RATE_METRICS = ["revenue", "orders", "spend", "sessions"] as const;

export const projectRunRateInput = z.object({
  metric: z.enum(RUN_RATE_METRICS).describe("The additive metric projected, e.g. 'revenue'."),
  period: dateRange.describe(
    "The period whose total is projected, reaching past the data, e.g. Q4 { from: '2026-10-01', to: '2026-12-31' }.",
  ),
  pace: dateRange.describe(
    "The stretch whose daily pace the days without data are assumed to keep, e.g. October { from: '2026-10-01', to: '2026-10-31' }.",
  ),
  filters: filtersSchema,
  backtest: z
    .boolean()
    .optional()
    .describe(
      "Also check the method on the data: each full month projected at the month before's daily pace against its actual, and the projection's range from how far off those were. With it the period may have ended: it is projected from the days before it and set against its actual, e.g. true for 'forecast vs actual for October' or 'how sure are you'.",
    ),
  goal: z
    .number()
    .positive()
    .optional()
    .describe("A goal the projected total is set against, e.g. 1000000 for 'will we hit $1M by year end'."),
});
export type ProjectRunRateInput = z.input<typeof projectRunRateInput>;

export const projectRunRate = defineTool({
  name: "project_run_rate",
  description:
    "A straight-line run-rate projection of an additive metric (revenue, orders, spend, sessions): the period's actual so far plus its days without data at the daily pace of a chosen stretch, with the same days a year earlier when the data has them (the season the straight line ignores). Use for 'if we keep October's pace what will Q4 revenue be', 'at this rate what will we spend this year', 'projected full-year revenue at the YTD pace'. Do NOT use for budget pacing against campaign budgets (campaigns) or for a period that has ended (query_metrics).",
  inputSchema: projectRunRateInput,
});
