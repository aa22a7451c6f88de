/**
 * Daily series of one catalog metric for the anomaly detector, overall and per dimension member.
 * Additive metrics are summed per day; ratio metrics travel as the day's summed numerator and
 * denominator (read as their own catalog metrics), so every ratio is a ratio of sums. Metrics of
 * neither kind are read as-is, overall and per member, from their own queries. Days without rows
 * are zeros for additive parts and absent for as-is values.
 */
import { type MemberSeries, seriesByMember } from "../../core/anomaly/aggregate.ts";
import { unknownDimension } from "../../semantic/compile/errors.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { DateRange, Filter } from "../../semantic/query/types.ts";
import { daysOf } from "./channel-history.ts";
import { type AnalyticsDeps, memberKey, runMetricQuery } from "./deps.ts";
import { type MetricShape, metricShape, shapeMetrics } from "./shape.ts";

/** What series to read. */
export interface MetricSeriesOptions extends DateRange {
  metric: string;
  /** One series per member of this dimension, besides the overall one. */
  dimension?: string;
  filters?: Filter[];
  attributionModel?: string;
  /** Field names used in error messages (default "metric" and "dimension"). */
  paths?: { metric?: string; dimension?: string };
}

/** The series plus their provenance. */
export interface MetricSeriesResult {
  shape: MetricShape;
  /** Overall first (member null), then members sorted by key. */
  series: MemberSeries[];
  range: DateRange & { timeZone: string };
  provenance: MetricResult["provenance"];
}

type Cell = { value: number; numerator: number; denominator: number };

/**
 * Read the daily series of `metric` over `from..to` (org-local dates).
 * @example
 * const r = await readMetricSeries(deps, { metric: "roas", dimension: "channel", from: "2026-08-01", to: "2026-10-31" });
 * r.series[0]; // { member: null, series: [{ date: "2026-08-01", numerator: 9120.4, denominator: 2210.5 }, ...] }
 */
export async function readMetricSeries(
  deps: AnalyticsDeps,
  opts: MetricSeriesOptions,
): Promise<MetricSeriesResult> {
  const shape = metricShape(deps.catalog, opts.metric, opts.paths?.metric ?? "metric");
  const dim = opts.dimension;
  if (dim !== undefined && !deps.catalog.dimensions.has(dim)) {
    throw unknownDimension(deps.catalog, dim, opts.paths?.dimension ?? "dimension");
  }
  const metrics = shapeMetrics(shape);
  const query = (dimensions: string[]) =>
    runMetricQuery(
      deps,
      {
        metrics,
        dimensions,
        grain: "day",
        filters: opts.filters ?? [],
        timeRange: { from: opts.from, to: opts.to },
        attributionModel: opts.attributionModel,
      },
      { totals: false },
    ); // only the rows are read
  const range = { from: opts.from, to: opts.to, timeZone: deps.tenant.timeZone };

  if (shape.kind === "value") {
    const overall = await query(["date"]);
    const series: MemberSeries[] = [{ member: null, series: valueSeries(overall.rows, shape.metric) }];
    if (dim !== undefined && dim !== "date") {
      const byMember = await query(["date", dim]);
      const groups = new Map<string, typeof byMember.rows>();
      for (const row of byMember.rows) {
        const key = memberKey(row[dim]);
        groups.set(key, [...(groups.get(key) ?? []), row]);
      }
      for (const key of [...groups.keys()].sort()) {
        series.push({ member: key, series: valueSeries(groups.get(key)!, shape.metric) });
      }
    }
    return { shape, series, range, provenance: overall.provenance };
  }

  const byMember = dim !== undefined && dim !== "date";
  const result = await query(byMember ? ["date", dim] : ["date"]);
  const cells = new Map<string, Map<string, Cell>>();
  for (const row of result.rows) {
    const key = byMember ? memberKey(row[dim]) : "(all)";
    const days = cells.get(key) ?? new Map<string, Cell>();
    cells.set(key, days);
    const cell = days.get(String(row.date)) ?? { value: 0, numerator: 0, denominator: 0 };
    if (shape.kind === "ratio") {
      cell.numerator += Number(row[shape.numerator] ?? 0) * shape.scale;
      cell.denominator += Number(row[shape.denominator] ?? 0);
    } else cell.value += Number(row[shape.metric] ?? 0);
    days.set(String(row.date), cell);
  }
  const dates = daysOf(opts);
  const rows = [...cells].flatMap(([member, days]) =>
    dates.map((date) => {
      const c = days.get(date) ?? { value: 0, numerator: 0, denominator: 0 };
      return shape.kind === "ratio"
        ? { member, date, numerator: c.numerator, denominator: c.denominator }
        : { member, date, value: c.value };
    }),
  );
  if (rows.length === 0) {
    const empty = dates.map((date) =>
      shape.kind === "ratio"
        ? { member: "(all)", date, numerator: 0, denominator: 0 }
        : { member: "(all)", date, value: 0 },
    );
    rows.push(...empty);
  }
  const all = seriesByMember(rows);
  const series = byMember ? all : all.filter((s) => s.member === null);
  return { shape, series, range, provenance: result.provenance };
}

function valueSeries(rows: readonly Record<string, unknown>[], metric: string) {
  return rows
    .filter((r) => r[metric] !== null && r[metric] !== undefined)
    .map((r) => ({ date: String(r.date), value: Number(r[metric]) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
