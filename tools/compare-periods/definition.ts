/** compare_periods: metric values in one period against a baseline, with deltas. */
import { z } from "zod";
import { comparisonTarget, dimensionKey, filtersSchema, metricKey, timeRange } from "../shared/schemas.ts";
import { defineTool } from "../shared/tool-definition.ts";

export const comparePeriodsInput = z.object({
  metrics: z.array(metricKey).min(1).max(10).describe("Metric keys to compare, e.g. ['revenue', 'roas']."),
  period: timeRange.describe("The current period, e.g. { from: '2026-10-01', to: '2026-10-31' }."),
  compareTo: comparisonTarget,
  dimensions: z
    .array(dimensionKey)
    .max(2)
    .default([])
    .describe("Optional breakdown, compared per value, e.g. ['channel']."),
  filters: filtersSchema,
  limit: z.number().int().min(1).max(1000).optional().describe("Top rows by the current value, e.g. 10."),
  direction: z
    .enum(["asc", "desc"])
    .default("desc")
    .describe(
      "With limit: 'desc' keeps the highest current values of the first metric, 'asc' the lowest, e.g. 'asc' for the worst by ROAS.",
    ),
});
export type ComparePeriodsInput = z.input<typeof comparePeriodsInput>;

export const comparePeriods = defineTool({
  name: "compare_periods",
  description:
    "Compare metrics between two periods (this week vs last week, October vs September, vs the same period last year), optionally by a dimension; returns both values, the change and the % change. Use when the user asks 'vs', 'compared to', 'MoM', 'YoY', 'growth'. Do NOT use to find what caused a change (use explain_change) or for a single period (use query_metrics).",
  inputSchema: comparePeriodsInput,
});
