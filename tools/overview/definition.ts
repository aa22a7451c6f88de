/** overview: the headline KPIs of a period against the one before, with the channel table. */
import { z } from "zod";
import { comparisonTarget, timeRange } from "../shared/schemas.ts";
import { defineTool } from "../shared/tool-definition.ts";

export const overviewInput = z.object({
  period: timeRange
    .default({ preset: "last_30_days" })
    .describe("The period, e.g. { preset: 'last_month' } (default: the last 30 days)."),
  // "October vs September", "Q3 vs Q2", "this October vs last": the baseline the question names.
  compareTo: comparisonTarget.optional(),
});
export type OverviewInput = z.input<typeof overviewInput>;

export const overview = defineTool({
  name: "overview",
  description:
    "Headline KPIs of a period against the previous period (or the baseline given in compareTo): spend, revenue, MER (all revenue / ad spend), paid ROAS (attributed revenue of paid channels / spend), orders and new-customer CAC, with the daily trend, the channel table, the biggest movers and the period's anomalies. Use for 'how are we doing', 'is our marketing working', 'give me an overview of last month', 'how did October go vs September'. Do NOT use for one metric (query_metrics) or for why a metric moved (explain_change).",
  inputSchema: overviewInput,
});
