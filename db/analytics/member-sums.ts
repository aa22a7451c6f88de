/**
 * Per-member sums of a metric in two periods: the input of core/explain's explainChange. Additive
 * metrics give one sum per member; ratio metrics give the summed numerator and denominator (read
 * as their own catalog metrics), so rate and mix effects are computed from ratios of sums. Metrics
 * that are neither cannot be decomposed so that contributions add up, and are refused.
 */
import type { ContributionInput } from "../../core/explain/schemas.ts";
import { AppError } from "../../lib/errors.ts";
import { unknownDimension } from "../../semantic/compile/errors.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { DateRange, Filter } from "../../semantic/query/types.ts";
import { type AnalyticsDeps, memberKey, runMetricQuery } from "./deps.ts";
import { type MetricShape, metricShape, shapeMetrics } from "./shape.ts";

/** What to sum. */
export interface MemberSumsOptions {
  metric: string;
  dimension: string;
  base: DateRange;
  current: DateRange;
  filters?: Filter[];
  attributionModel?: string;
  /** Field names used in error messages (default "metric" and "dimension"). */
  paths?: { metric?: string; dimension?: string };
}

/** Sums of one member in one period. */
export interface Sums {
  numerator: number;
  denominator?: number;
}

/** Per-member sums plus their provenance. */
export interface MemberSumsResult {
  shape: Exclude<MetricShape, { kind: "value" }>;
  /** Sorted by member key; a member absent in a period has zero sums there. */
  members: { member: string; base: Sums; current: Sums }[];
  /** Campaign names by key (campaign dimension only). */
  labels: Record<string, string>;
  provenance: { base: MetricResult["provenance"]; current: MetricResult["provenance"] };
}

/**
 * Sum `metric` by `dimension` in both periods.
 * Throws catalog.unknown_metric / catalog.unknown_dimension naming the field, and input.invalid
 * for a metric that is neither additive nor a ratio of additive metrics.
 * @example
 * const s = await readMemberSums(deps, { metric: "roas", dimension: "channel", base, current });
 * s.members[0]; // { member: "display", base: { numerator: 5120, denominator: 2300 }, current: {...} }
 */
export async function readMemberSums(
  deps: AnalyticsDeps,
  opts: MemberSumsOptions,
): Promise<MemberSumsResult> {
  const metricPath = opts.paths?.metric ?? "metric";
  const shape = metricShape(deps.catalog, opts.metric, metricPath);
  if (!deps.catalog.dimensions.has(opts.dimension)) {
    throw unknownDimension(deps.catalog, opts.dimension, opts.paths?.dimension ?? "dimension");
  }
  if (shape.kind === "value") {
    throw new AppError(
      "input.invalid",
      `${metricPath}: '${opts.metric}' is neither additive nor a ratio of two additive metrics, so its change cannot be split into contributions that add up; explain one of the metrics in its formula instead`,
      { details: { path: metricPath, value: opts.metric } },
    );
  }
  const read = (range: DateRange) =>
    runMetricQuery(
      deps,
      {
        metrics: shapeMetrics(shape),
        dimensions: [opts.dimension],
        filters: opts.filters ?? [],
        timeRange: range,
        attributionModel: opts.attributionModel,
      },
      { totals: false },
    ); // only the rows are read
  const [base, current] = await Promise.all([read(opts.base), read(opts.current)]);
  const labels: Record<string, string> = {};
  const sumsOf = (result: MetricResult) => {
    const out = new Map<string, Sums>();
    for (const row of result.rows) {
      const key = memberKey(row[opts.dimension]);
      if (typeof row.campaign_name === "string") labels[key] = row.campaign_name;
      const prev = out.get(key);
      if (shape.kind === "ratio") {
        out.set(key, {
          numerator: (prev?.numerator ?? 0) + Number(row[shape.numerator] ?? 0) * shape.scale,
          denominator: (prev?.denominator ?? 0) + Number(row[shape.denominator] ?? 0),
        });
      } else out.set(key, { numerator: (prev?.numerator ?? 0) + Number(row[shape.metric] ?? 0) });
    }
    return out;
  };
  const b = sumsOf(base);
  const c = sumsOf(current);
  const zero: Sums = shape.kind === "ratio" ? { numerator: 0, denominator: 0 } : { numerator: 0 };
  const keys = [...new Set([...b.keys(), ...c.keys()])].sort();
  return {
    shape,
    members: keys.map((member) => ({ member, base: b.get(member) ?? zero, current: c.get(member) ?? zero })),
    labels,
    provenance: { base: base.provenance, current: current.provenance },
  };
}

/** The members as explainChange's input. */
export function contributionInput(sums: MemberSumsResult, limit?: number): ContributionInput {
  return { members: sums.members, ...(limit === undefined ? {} : { limit }) };
}
