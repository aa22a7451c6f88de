/** describe_metric: a metric's definition, formula, unit and dimensions. */
import { z } from "zod";
import { metricKey } from "../shared/schemas.ts";
import { defineTool } from "../shared/tool-definition.ts";

export const describeMetricInput = z.object({
  metric: metricKey.describe("Catalog metric key to explain, e.g. 'roas' or 'cac'."),
});
export type DescribeMetricInput = z.input<typeof describeMetricInput>;

export const describeMetricOutput = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  unit: z.string(),
  format: z.string(),
  formula: z.string().optional(),
  synonyms: z.array(z.string()),
  dimensions: z.array(z.string()),
  higherIsBetter: z.boolean(),
});
export type DescribeMetricOutput = z.infer<typeof describeMetricOutput>;

export const describeMetric = defineTool({
  name: "describe_metric",
  description:
    "Explain how a metric is defined here: description, formula (ratios are ratios of sums), unit and the dimensions it can be broken down by. Use for 'what is ROAS', 'how do you calculate CAC'. Do NOT use to get values (use query_metrics).",
  inputSchema: describeMetricInput,
  outputSchema: describeMetricOutput,
});
