/** explain_change: which dimension values account for a metric's change between two periods. */
import { z } from "zod";
import { comparisonTarget, dimensionKey, filtersSchema, metricKey, timeRange } from "../shared/schemas.ts";
import { defineTool } from "../shared/tool-definition.ts";

export const explainChangeInput = z.object({
  metric: metricKey.describe("The metric whose change to explain, e.g. 'revenue'."),
  period: timeRange.describe("The period in which the change happened, e.g. { preset: 'last_week' }."),
  compareTo: comparisonTarget.default("previous_period"),
  dimensions: z
    .array(dimensionKey)
    .min(1)
    .max(3)
    .default(["channel"])
    .describe("Dimensions to decompose the change along, most useful first, e.g. ['channel', 'campaign']."),
  filters: filtersSchema,
});
export type ExplainChangeInput = z.input<typeof explainChangeInput>;

export const explainChange = defineTool({
  name: "explain_change",
  description:
    "Explain WHY a metric went up or down: decomposes the change between a period and its baseline into contributions by channel, campaign or another dimension (for ratios such as ROAS, into mix and rate effects). Use for 'why did revenue drop last week', 'what drove the CPA increase'. Do NOT use just to show two periods side by side (compare_periods) or to look for anomalies without a known change (detect_anomalies).",
  inputSchema: explainChangeInput,
});
