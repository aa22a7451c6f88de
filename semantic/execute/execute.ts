/**
 * Run a MetricQuery: compile (pure), run through an injected runner, and assemble columns, rows,
 * totals, the comparison and provenance. This module does no I/O of its own: the database arrives
 * as a function, the clock as a value.
 *
 * Totals are a second statement compiled from the same plan without dimensions, so ratios in the
 * totals are ratios of sums, and they cover every row that passes the dimension filters (before
 * metric filters and the limit).
 */

import { type Spread, spreadOf } from "../../core/stats/spread.ts";
import type { Catalog } from "../catalog/types.ts";
import { type CompiledMetricQuery, compileMetricQuery } from "../compile/compile.ts";
import { type AttributionPlan, type CompileContext, planQuery } from "../compile/plan.ts";
import { parseMetricQuery } from "../query/parse.ts";
import { comparisonRange, resolveTimeRange } from "../query/time-range.ts";
import type {
  DateRange,
  DaySelection,
  Filter,
  Grain,
  MetricQuery,
  ResolvedTimeRange,
} from "../query/types.ts";
import { type Change, change, compareRows, type Row, toNumber } from "./compare.ts";
import {
  type DailyAverage,
  dailyAverage,
  type MonthlyAverage,
  monthlyAverage,
  type WeeklyAverage,
  weeklyAverage,
} from "./daily-average.ts";
import {
  type DefinitionUsed,
  definitionsUsed,
  dimensionDefinitions,
  isAdditiveMetric,
} from "./provenance.ts";

/** Runs one parameterized statement (the db/ Database's `query` fits). */
export type QueryRunner = (sql: string, params: readonly unknown[]) => Promise<Row[]>;

/** A result column with its display metadata. */
export interface ResultColumn {
  key: string;
  label: string;
  kind: "dimension" | "metric";
  unit?: string;
  format?: string;
  /** Metrics only: values add up across rows (sums and counts), so shares of the total apply. */
  additive?: boolean;
}

/** The full answer to a MetricQuery. */
export interface MetricResult {
  columns: ResultColumn[];
  rows: Row[];
  totals: Record<string, number | null>;
  /** Totals (and rows) per day of the period, when the query asked `average: "per_day"`. */
  dailyAverage?: DailyAverage;
  /** fix16c: totals (and rows) per week of the period, when the query asked `average: "per_week"`. */
  weeklyAverage?: WeeklyAverage;
  /** fix15b: totals (and rows) per month of the period, when the query asked `average: "per_month"`. */
  monthlyAverage?: MonthlyAverage;
  /** Per metric, the spread of its values over the rows, when the query asked `spread: true`. */
  spread?: Record<string, Spread | null>;
  comparison?: {
    range: DateRange;
    rows: Record<string, Change>[];
    totals: Record<string, Change>;
  };
  provenance: {
    definitions: DefinitionUsed[];
    timeRange: ResolvedTimeRange;
    filters: Filter[];
    rowCount: number;
    /**
     * First and last dates loaded into ad_spend_daily for the organization (null when there is
     * none). A period before `adSpendFrom` has no data, which is not the same as a value of 0.
     */
    dataFreshness: { adSpendThrough: string | null; adSpendFrom?: string | null };
    /** The date bucket when the result has the `date` dimension (day unless the query set one). */
    grain?: Grain;
    /** The days of the period counted, when not every one (query/day-selection.ts). */
    days?: DaySelection;
    attribution?: AttributionPlan & { note?: string };
    sql: {
      rows: string;
      /** The totals statement; absent when it was not run (`ExecuteDeps.totals` false). */
      totals?: string;
      comparisonRows?: string;
      comparisonTotals?: string;
      params: unknown[];
    };
  };
}

/** Everything executeMetricQuery needs besides the query. */
export interface ExecuteDeps {
  catalog: Catalog;
  run: QueryRunner;
  /** The clock's reading for this request (presets resolve against it). */
  now: Date;
  /**
   * Whether to run the totals statement (default true). Readers that use only the rows (the
   * analytics readers behind budgets, anomalies and incrementality) turn it off: on attributed
   * metrics it is a second scan as costly as the query itself. `totals` is then empty.
   */
  totals?: boolean;
}

function numbers(row: Row | undefined, keys: readonly string[]): Record<string, number | null> {
  return Object.fromEntries(keys.map((k) => [k, toNumber(row?.[k])]));
}

function normalizeRows(rows: readonly Row[], metrics: readonly string[]): Row[] {
  return rows.map((r) => {
    const out: Row = { ...r };
    for (const m of metrics) out[m] = toNumber(r[m]);
    return out;
  });
}

async function chooseAttribution(deps: ExecuteDeps, q: MetricQuery, ctx: CompileContext) {
  const plan = planQuery(deps.catalog, q, ctx);
  const a = plan.attribution;
  if (a?.source !== "table") return { ctx, note: undefined };
  const [row] = await deps.run(
    "SELECT EXISTS (SELECT 1 FROM attribution_results WHERE organization_id = $1 AND model = $2) AS present",
    [ctx.organizationId, a.model],
  );
  if (row?.present) return { ctx, note: undefined };
  if (a.model === "last_touch") {
    return {
      ctx: { ...ctx, attributionFallback: true },
      note: "attribution_results has no last_touch rows yet: last touch was computed from touchpoints",
    };
  }
  return { ctx, note: `attribution_results has no rows for model '${a.model}': attributed values are 0` };
}

/**
 * Execute a MetricQuery for one tenant. Throws AppError (input.invalid, catalog.unknown_metric,
 * catalog.unknown_dimension, catalog.unsupported_combination) for bad queries.
 */
export async function executeMetricQuery(
  deps: ExecuteDeps,
  input: unknown,
  tenant: CompileContext,
): Promise<MetricResult> {
  const q = parseMetricQuery(input);
  const range = resolveTimeRange(q.timeRange, deps.now, tenant.timeZone);
  const { ctx, note } = await chooseAttribution(deps, q, tenant);
  const main = compileMetricQuery(deps.catalog, q, ctx, range);
  const withTotals = deps.totals ?? true;
  const totals = withTotals ? compileMetricQuery(deps.catalog, q, ctx, range, { totals: true }) : undefined;
  const previousRange = q.compareTo ? comparisonRange(range, q.compareTo) : undefined;
  // The baseline of a limited comparison ("the worst campaign vs last quarter") is every row's
  // previous value: limited again, it would keep the previous period's own top rows, and a row
  // ranked there no longer would compare with nothing.
  const { limit: _limit, ...unlimited } = q;
  const prev: CompiledMetricQuery[] = previousRange
    ? [
        compileMetricQuery(deps.catalog, unlimited, ctx, previousRange),
        compileMetricQuery(deps.catalog, q, ctx, previousRange, { totals: true }),
      ]
    : [];
  const metrics = [...new Set(q.metrics)];
  const [rows, totalRows, freshness, prevRows, prevTotals] = await Promise.all([
    deps.run(main.sql, main.params),
    totals ? deps.run(totals.sql, totals.params) : Promise.resolve([]),
    deps.run(
      'SELECT min(date)::text AS "from", max(date)::text AS through FROM ad_spend_daily WHERE organization_id = $1',
      [ctx.organizationId],
    ),
    prev[0] ? deps.run(prev[0].sql, prev[0].params) : Promise.resolve([]),
    prev[1] ? deps.run(prev[1].sql, prev[1].params) : Promise.resolve([]),
  ]);
  const plan = main.plan;
  const outRows = normalizeRows(rows, metrics);
  const totalValues = totals ? numbers(totalRows[0], metrics) : {};

  const columns: ResultColumn[] = [];
  for (const d of plan.dimensions) {
    columns.push({ key: d, label: deps.catalog.dimensions.get(d)!.label, kind: "dimension" });
    if (d === "campaign") columns.push({ key: "campaign_name", label: "Campaign name", kind: "dimension" });
  }
  for (const k of metrics) {
    const m = deps.catalog.metrics.get(k)!;
    columns.push({
      key: k,
      label: m.label,
      kind: "metric",
      unit: m.unit,
      format: m.format,
      additive: isAdditiveMetric(deps.catalog, k),
    });
  }

  const attributedLeaves = new Set(plan.sources.get("attribution_results")?.map((m) => m.key) ?? []);
  const result: MetricResult = {
    columns,
    rows: outRows,
    totals: totalValues,
    provenance: {
      definitions: [
        ...definitionsUsed(deps.catalog, metrics, attributedLeaves, plan.attribution),
        ...dimensionDefinitions(deps.catalog, [...plan.dimensions, ...q.filters.map((f) => f.field)]),
      ],
      timeRange: range,
      filters: q.filters,
      rowCount: outRows.length,
      dataFreshness: {
        adSpendThrough: (freshness[0]?.through as string | null | undefined) ?? null,
        adSpendFrom: (freshness[0]?.from as string | null | undefined) ?? null,
      },
      ...(plan.dimensions.includes("date") ? { grain: plan.grain } : {}),
      ...(q.days ? { days: q.days } : {}),
      attribution: plan.attribution ? { ...plan.attribution, ...(note ? { note } : {}) } : undefined,
      sql: { rows: main.sql, ...(totals ? { totals: totals.sql } : {}), params: main.params },
    },
  };
  // A breakdown by weekday always carries its per-day figures: the weekdays of a period come in
  // unequal numbers (October 2026 has five Fridays and four Mondays), so totals alone mislead.
  const byWeekday = plan.dimensions.includes("day_of_week") && !plan.dimensions.includes("date");
  if (q.average === "per_day" || byWeekday) {
    const average = dailyAverage({
      metrics,
      totals: totalValues,
      // A date series by day is its own daily figure; by week or month each bucket gets its own
      // average ("average daily spend by month": one figure per month).
      ...(!plan.dimensions.includes("date")
        ? { rows: outRows }
        : plan.grain && plan.grain !== "day" && plan.dimensions.length === 1
          ? { rows: outRows, dateBuckets: { column: "date", grain: plan.grain } }
          : {}),
      additive: (m) => isAdditiveMetric(deps.catalog, m),
      range,
      dataThrough: result.provenance.dataFreshness.adSpendThrough,
      ...(byWeekday ? { weekdayColumn: "day_of_week" } : {}),
      ...(q.days ? { days: q.days } : {}),
    });
    if (average) result.dailyAverage = average;
  }
  if (q.average === "per_week" && !plan.dimensions.includes("date")) {
    const average = weeklyAverage({
      metrics,
      totals: totalValues,
      rows: outRows,
      additive: (m) => isAdditiveMetric(deps.catalog, m),
      range,
      dataThrough: result.provenance.dataFreshness.adSpendThrough,
      ...(q.days ? { days: q.days } : {}),
    });
    if (average) result.weeklyAverage = average;
  }
  if (q.average === "per_month" && !plan.dimensions.includes("date")) {
    const average = monthlyAverage({
      metrics,
      totals: totalValues,
      rows: outRows,
      additive: (m) => isAdditiveMetric(deps.catalog, m),
      range,
      dataThrough: result.provenance.dataFreshness.adSpendThrough,
    });
    if (average) result.monthlyAverage = average;
  }
  // fix15d: "standard deviation of daily revenue": each metric's spread over the rows.
  if (q.spread)
    result.spread = Object.fromEntries(
      metrics.map((m) => [
        m,
        spreadOf(outRows.map((r) => r[m]).filter((v): v is number => typeof v === "number")),
      ]),
    );
  if (previousRange && prev[0] && prev[1]) {
    const before = numbers(prevTotals[0], metrics);
    result.comparison = {
      range: previousRange,
      rows: compareRows({
        rows: outRows,
        previousRows: normalizeRows(prevRows, metrics),
        dimensions: plan.dimensions,
        metrics,
        grain: plan.grain,
        range,
        previousRange,
      }),
      totals: Object.fromEntries(metrics.map((m) => [m, change(totalValues[m] ?? null, before[m] ?? null)])),
    };
    result.provenance.sql.comparisonRows = prev[0].sql;
    result.provenance.sql.comparisonTotals = prev[1].sql;
  }
  return result;
}
