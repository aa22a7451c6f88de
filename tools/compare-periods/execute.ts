import { comparePeriods, type MetricComparison } from "../../core/compare/period.ts";
import { runMetricQuery } from "../../db/analytics/deps.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { DateRange } from "../../semantic/query/types.ts";
import { ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { comparePeriodsInput } from "./definition.ts";

/** One metric's totals in both periods (null where a ratio is undefined). */
export interface TotalComparison {
  metric: string;
  label: string;
  unit: string;
  /** Sums and counts (spend, orders) add up over days; ratios (ROAS, CPA) do not. */
  additive: boolean;
  current: number | null;
  previous: number | null;
  change: number | null;
  percentChange: number | null;
  assessment: MetricComparison["assessment"];
}

/** What compare_periods returns. */
export interface ComparePeriodsData {
  period: DateRange & { timeZone: string };
  comparisonPeriod: DateRange;
  totals: TotalComparison[];
  /** Per breakdown row: dimension values, then per metric {current, previous, change, percentChange}. */
  rows: Record<string, unknown>[];
  provenance: MetricResult["provenance"];
}

/**
 * compare_periods: one MetricQuery with compareTo through the semantic layer (ratios of sums in
 * both periods), then better/worse per metric from the catalog's direction.
 */
export function createComparePeriods(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<ComparePeriodsData>> =>
    runTool(comparePeriodsInput, args, async (input) => {
      const result = await runMetricQuery(deps, {
        metrics: input.metrics,
        dimensions: input.dimensions,
        filters: input.filters,
        timeRange: input.period,
        compareTo: input.compareTo,
        ...(input.limit
          ? { limit: input.limit, orderBy: [{ field: input.metrics[0]!, direction: input.direction }] }
          : {}),
      });
      const comparison = result.comparison!;
      const metrics = [...new Set(input.metrics)];
      const totals = metrics.map((metric): TotalComparison => {
        const m = deps.catalog.metrics.get(metric)!;
        const current = result.totals[metric] ?? null;
        const previous = comparison.totals[metric]?.previous ?? null;
        const core =
          current !== null && previous !== null
            ? comparePeriods([{ metric, base: previous, current, higherIsBetter: m.higherIsBetter }])[0]
            : undefined;
        return {
          metric,
          label: m.label,
          unit: m.unit,
          additive: result.columns.find((c) => c.key === metric)?.additive === true,
          current,
          previous,
          change: core?.delta ?? null,
          percentChange: core?.pctChange ?? null,
          assessment: core?.assessment ?? null,
        };
      });
      const dimensionKeys = result.columns.filter((c) => c.kind === "dimension").map((c) => c.key);
      const rows = result.rows.map((row, i) => {
        const out: Record<string, unknown> = {};
        for (const d of dimensionKeys) out[d] = row[d];
        for (const metric of metrics) {
          const c = comparison.rows[i]?.[metric];
          out[metric] = {
            current: row[metric] ?? null,
            previous: c?.previous ?? null,
            change: c?.change ?? null,
            percentChange: c?.percentChange ?? null,
          };
        }
        return out;
      });
      return ok({
        period: {
          from: result.provenance.timeRange.from,
          to: result.provenance.timeRange.to,
          timeZone: result.provenance.timeRange.timeZone,
        },
        comparisonPeriod: comparison.range,
        totals,
        rows,
        provenance: result.provenance,
      });
    });
}
