/**
 * Maps a semantic `MetricResult` (semantic/execute) onto the metric-table template input. The
 * result's comparison holds per-row `Change`s parallel to `rows` (same index); the template wants
 * the previous values themselves, keyed by the same dimension values.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { AnswerRow, MetricSpec, MetricTableAnswerInput, MetricUnit } from "./types.ts";

const UNITS: readonly MetricUnit[] = ["currency", "count", "ratio", "percent"];
const FORMATS: ReadonlyArray<NonNullable<MetricSpec["format"]>> = [
  "currency",
  "integer",
  "decimal",
  "percent",
  "multiplier",
];

/**
 * Narrow a result column's unit and format, keeping whether it is additive; an unknown unit reads
 * as a count with decimals.
 */
export function metricSpecOf(column: MetricResult["columns"][number]): MetricSpec {
  const unit = UNITS.find((u) => u === column.unit);
  const format = FORMATS.find((f) => f === column.format);
  return {
    key: column.key,
    label: column.label,
    unit: unit ?? "count",
    ...(unit ? (format ? { format } : {}) : { format: "decimal" as const }),
    ...(typeof column.additive === "boolean" ? { additive: column.additive } : {}),
  };
}

const cell = (v: unknown): string | number | null =>
  typeof v === "number" || typeof v === "string" ? v : v === null || v === undefined ? null : String(v);

/**
 * The metric-table input for a result. `currency` is the organization's ISO 4217 code; `topN`
 * marks a result ordered and limited by its first metric.
 */
export function metricTableInputFromResult(
  result: MetricResult,
  options: { currency: string; topN?: MetricTableAnswerInput["topN"] },
): MetricTableAnswerInput {
  const metrics = result.columns.filter((c) => c.kind === "metric").map(metricSpecOf);
  const dimensions = result.columns
    .filter((c) => c.kind === "dimension")
    .map((c) => ({ key: c.key, label: c.label }));
  const rows: AnswerRow[] = result.rows.map((r) =>
    Object.fromEntries(result.columns.map((c) => [c.key, cell(r[c.key])])),
  );
  const { timeRange } = result.provenance;
  const metricKeys = new Set(result.columns.filter((c) => c.kind === "metric").map((c) => c.key));
  const input: MetricTableAnswerInput = {
    kind: "metric_table",
    metrics,
    dimensions,
    rows,
    totals: result.totals,
    period: { from: timeRange.from, to: timeRange.to, timeZone: timeRange.timeZone },
    currency: options.currency,
    ...(options.topN ? { topN: options.topN } : {}),
    ...(result.provenance.grain ? { grain: result.provenance.grain } : {}),
    ...(result.provenance.filters.length > 0 ? { filtered: true } : {}),
    ...(result.provenance.filters.some((f) => metricKeys.has(f.field)) ? { thresholded: true } : {}),
    ...(result.provenance.dataFreshness.adSpendFrom
      ? { dataStart: result.provenance.dataFreshness.adSpendFrom }
      : {}),
    ...(result.provenance.dataFreshness.adSpendThrough
      ? { dataEnd: result.provenance.dataFreshness.adSpendThrough }
      : {}),
  };
  const paid = (result as { paidTotals?: { members: unknown[]; totals: Record<string, number | null> } })
    .paidTotals;
  if (paid) input.paidTotals = { count: paid.members.length, totals: paid.totals };
  const comparison = result.comparison;
  if (comparison) {
    input.comparison = {
      period: { from: comparison.range.from, to: comparison.range.to, timeZone: timeRange.timeZone },
      totals: Object.fromEntries(metrics.map((m) => [m.key, comparison.totals[m.key]?.previous ?? null])),
      rows: rows.map((row, i) => ({
        ...Object.fromEntries(dimensions.map((d) => [d.key, row[d.key] ?? null])),
        ...Object.fromEntries(metrics.map((m) => [m.key, comparison.rows[i]?.[m.key]?.previous ?? null])),
      })),
    };
  }
  return input;
}
