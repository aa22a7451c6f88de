/**
 * The catalog's typed shape: zod schemas for metrics and dimensions, types via z.infer.
 * Structural checks live here; cross-references (formulas, columns, dimensions) are checked by
 * validate.ts, which reports every problem at once.
 */
import { z } from "zod";
import { FACT_TABLES } from "./tables.ts";

/** Lower-snake identifiers, so keys are safe to use as SQL column aliases and JSON keys. */
export const catalogKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, "expected a lower_snake_case key (a-z, 0-9, _; starts with a letter)");

export const UNITS = ["currency", "count", "ratio", "percent"] as const;
export const FORMATS = ["currency", "integer", "decimal", "percent", "multiplier"] as const;
export const AGGREGATIONS = ["sum", "count", "count_distinct"] as const;

/** An aggregate over one fact column, with an optional equality condition on another column. */
export const aggregateDefinition = z.object({
  type: z.literal("aggregate"),
  table: z.enum(FACT_TABLES),
  aggregation: z.enum(AGGREGATIONS),
  column: z.string(),
  where: z.object({ column: z.string(), equals: z.union([z.boolean(), z.string(), z.number()]) }).optional(),
  /**
   * How the metric is computed over `attribution_results` when a query breaks it down by a
   * dimension its own table lacks (tracked orders by channel become attributed orders).
   */
  attributed: z.object({ aggregation: z.enum(AGGREGATIONS), column: z.string() }).optional(),
});

/** Arithmetic over other metrics: + - * / parentheses, numbers and metric keys. */
export const formulaDefinition = z.object({
  type: z.literal("formula"),
  formula: z.string().min(1).max(500),
});

export const metricDefinition = z.discriminatedUnion("type", [aggregateDefinition, formulaDefinition]);

export const metricSchema = z.object({
  key: catalogKey,
  label: z.string().min(1).max(80),
  description: z.string().min(1).max(500),
  /** Marketers' words for the metric ("cost", "ad spend", "AOV"); matched exactly by search. */
  synonyms: z.array(z.string().min(1).max(80)).default([]),
  unit: z.enum(UNITS),
  format: z.enum(FORMATS),
  definition: metricDefinition,
  /** Restricts the dimensions; by default every dimension all its inputs support. */
  dimensions: z.array(catalogKey).optional(),
  /** Higher is better (true), lower is better (false); used to word comparisons. */
  higherIsBetter: z.boolean().default(true),
  /** Organization-defined metric (stored per organization, formula only). */
  custom: z.boolean().default(false),
});

export const dimensionSchema = z.object({
  key: catalogKey,
  label: z.string().min(1),
  description: z.string().min(1),
  synonyms: z.array(z.string()).default([]),
  type: z.enum(["time", "category"]),
  valueType: z.enum(["string", "integer", "date"]),
});

export type AggregateDefinition = z.infer<typeof aggregateDefinition>;
export type FormulaDefinition = z.infer<typeof formulaDefinition>;
export type MetricDefinition = z.infer<typeof metricDefinition>;
/** A metric as declared (input form: defaults not applied yet). */
export type MetricInput = z.input<typeof metricSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type DimensionInput = z.input<typeof dimensionSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;

/** A validated catalog: metrics with their resolved dimension support and formula dependencies. */
export interface Catalog {
  metrics: ReadonlyMap<string, ResolvedMetric>;
  dimensions: ReadonlyMap<string, Dimension>;
}

/** A metric after validation: the dimensions it supports and whether it depends on attribution. */
export interface ResolvedMetric extends Metric {
  /** Dimension keys this metric can be broken down or filtered by. */
  supportedDimensions: readonly string[];
  /** True when every breakdown uses an attribution model (attributed_* metrics). */
  alwaysAttributed: boolean;
}
