/**
 * Zod building blocks shared by the tool definitions: keys, periods, comparisons, filters. Periods
 * and filters are the semantic layer's own MetricQuery schemas (semantic/query/types.ts), so every
 * tool speaks the same dialect as query_metrics. Pure (no I/O). The organization is deliberately
 * absent: it comes from the authenticated context, never from a tool argument.
 */
import { z } from "zod";
import { modelNameSchema } from "../../core/attribution/types.ts";
import { catalogKey } from "../../semantic/catalog/types.ts";
import { absoluteRange, filterSchema, GRAINS, timeRangeSchema } from "../../semantic/query/types.ts";

/** A catalog metric key. */
export const metricKey = catalogKey.describe(
  "Catalog metric key, e.g. 'roas'. Use search_catalog first if unsure.",
);

/** A catalog dimension key. */
export const dimensionKey = catalogKey.describe(
  "Catalog dimension key, e.g. 'channel' (also platform, campaign, campaign_objective, source_medium, source, email_campaign, customer_type, date).",
);

/** Inclusive org-local dates. */
export const dateRange = absoluteRange.describe(
  "Inclusive dates in the organization's time zone, e.g. { from: '2026-10-01', to: '2026-10-31' }.",
);

/** A period: absolute dates or a named preset (the MetricQuery time range). */
export const timeRange = timeRangeSchema.describe(
  "The period, e.g. { from: '2026-10-01', to: '2026-10-31' } or { preset: 'last_month' } (weeks start Monday).",
);

/** What a period is compared with (the MetricQuery compareTo). */
export const comparisonTarget = z
  .union([z.enum(["previous_period", "previous_year"]), absoluteRange])
  .describe(
    "Baseline: 'previous_period' (the period just before: previous calendar month(s) for month ranges, else the same number of days), 'previous_year' (same dates a year earlier), or dates, e.g. { from: '2026-09-01', to: '2026-09-30' }.",
  );

/** Filters combined with AND (the MetricQuery filter shape). */
export const filtersSchema = z
  .array(filterSchema)
  .max(20)
  .default([])
  .describe(
    "Filters, AND-ed, e.g. [{ field: 'platform', op: 'in', values: ['meta_ads'] }]. Values are keys or ids from list_dimension_values.",
  );

/** Time bucket for trends. */
export const grainSchema = z
  .enum(GRAINS)
  .describe("Time bucket when grouping by 'date', e.g. 'week' (ISO weeks, Monday first).");

/** An attribution model name (core/attribution). */
export const attributionModel = modelNameSchema.describe(
  "Attribution model, e.g. 'markov'. Data-driven: markov, shapley, counterfactual. Rule-based: first_touch, last_touch, last_non_direct, linear, linear_distinct, time_decay, position_based, w_shaped, custom.",
);
