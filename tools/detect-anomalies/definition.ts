/** detect_anomalies: unusual days in metrics over a period, optionally per dimension value. */
import { z } from "zod";
import { dimensionKey, filtersSchema, metricKey, timeRange } from "../shared/schemas.ts";
import { defineTool } from "../shared/tool-definition.ts";

export const detectAnomaliesInput = z.object({
  metrics: z.array(metricKey).min(1).max(10).describe("Metrics to scan, e.g. ['revenue', 'spend', 'roas']."),
  period: timeRange.describe("Days to check against the history before them, e.g. { preset: 'last_week' }."),
  dimension: dimensionKey
    .optional()
    .describe("Scan each value of this dimension separately, e.g. 'channel'."),
  filters: filtersSchema,
  sensitivity: z
    .enum(["low", "medium", "high"])
    .default("medium")
    .describe("How unusual a day must be to be reported (high reports more), e.g. 'medium'."),
  focus: z
    .enum(["biggest", "loss"])
    .optional()
    .describe(
      "'biggest': the scan's biggest finding in detail (a rate break with what held while it lasted, or the most unusual day with what moved it), for 'dig into the biggest one' after a scan; 'loss': the biggest shortfall in orders (a conversion-rate break or a day of orders below normal) with the orders and revenue it lost against the other days, for 'how many orders did the outage cost us'; e.g. 'biggest'.",
    ),
});
export type DetectAnomaliesInput = z.input<typeof detectAnomaliesInput>;

export const detectAnomalies = defineTool({
  name: "detect_anomalies",
  description:
    "Find unusual days (spikes, drops, level shifts) in metrics over a period compared with their own history, optionally per channel or campaign. Use for 'anything unusual last week?', 'any spikes in spend?'. Do NOT use to explain a change the user already knows about (explain_change).",
  inputSchema: detectAnomaliesInput,
});
