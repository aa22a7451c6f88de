/** query_metrics: run a MetricQuery (the semantic layer's own schema) against the catalog. */

import { z } from "zod";
import type { MetricQueryInput } from "../../semantic/query/types.ts";
import { metricQuerySchema } from "../../semantic/query/types.ts";
import { defineTool } from "../shared/tool-definition.ts";
import { ratioInput } from "./ratios.ts";

/**
 * The MetricQuery schema, imported rather than re-declared so the tool and the compiler never
 * drift, plus targets the asker stated in the question ("our target CPA is $45"), held against
 * the result like stored ones (tools/query-metrics/targets.ts).
 */
export const queryMetricsInput = metricQuerySchema.extend({
  label: z
    .string()
    .min(1)
    .max(80)
    .optional()
    .describe("A name for the selection the filters make, shown with its figures, e.g. 'East Coast'."),
  statedTargets: z
    .array(
      z.object({
        metric: z.string().regex(/^[a-z][a-z0-9_]{0,60}$/, "expected a metric key such as 'cpa'"),
        target: z.number().finite().positive(),
      }),
    )
    .max(5)
    .optional()
    .describe("Targets stated in the question, e.g. [{ metric: 'cpa', target: 45 }]; not stored."),
  ratios: z
    .array(ratioInput)
    .max(3)
    .optional()
    .describe(
      "Ratios of two metrics the catalog has no metric for, computed like catalog ratios, e.g. [{ numerator: 'revenue', denominator: 'sessions' }] for revenue per session.",
    ),
});
export type QueryMetricsInput = MetricQueryInput & z.input<typeof queryMetricsInput>;

export const queryMetrics = defineTool({
  name: "query_metrics",
  description:
    "Get metric values from the catalog: totals, breakdowns by dimensions, trends (dimension 'date' with a grain), filters, top/bottom N (orderBy + limit), optionally with a comparison period. Example: { metrics: ['roas'], dimensions: ['channel'], timeRange: { preset: 'last_month' } }. Use for any 'how much / how many / by X / top N / over time' question. Do NOT use to explain WHY a metric changed (explain_change), to compare attribution models (attribution), or for budget advice (recommend_budget).",
  inputSchema: queryMetricsInput,
});
