/**
 * Maps a semantic `MetricResult` (semantic/execute) onto `ChartInput`: the `date` dimension is
 * time, other dimensions are categories, and the comparison's per-row `previous` values (parallel
 * to `rows`) become the comparison rows.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatPeriod } from "../answer/format.ts";
import type { ChartColumn, ChartInput, ChartRow } from "./types.ts";

const UNITS = ["currency", "count", "ratio", "percent"] as const;
const FORMATS = ["currency", "integer", "decimal", "percent", "multiplier"] as const;

const cell = (v: unknown): string | number | null =>
  typeof v === "number" || typeof v === "string" ? v : v === null || v === undefined ? null : String(v);

/** The chart input for a result; `share` plots shares of the total instead of values. */
export function chartInputFromResult(
  result: MetricResult,
  options: { currency: string; share?: boolean; metricKey?: string },
): ChartInput {
  const columns: ChartColumn[] = result.columns.map((c) => {
    if (c.kind === "dimension")
      return { key: c.key, label: c.label, kind: c.key === "date" ? "time" : "category" };
    const unit = UNITS.find((u) => u === c.unit);
    const format = FORMATS.find((f) => f === c.format);
    return {
      key: c.key,
      label: c.label,
      kind: "metric",
      ...(unit ? { unit } : {}),
      ...(format ? { format } : {}),
    };
  });
  const rows: ChartRow[] = result.rows.map((r) =>
    Object.fromEntries(columns.map((c) => [c.key, cell(r[c.key])])),
  );
  const { timeRange } = result.provenance;
  const input: ChartInput = {
    columns,
    rows,
    currency: options.currency,
    periodLabel: formatPeriod(timeRange),
    ...(options.share ? { share: true } : {}),
    ...(options.metricKey ? { metricKey: options.metricKey } : {}),
  };
  const comparison = result.comparison;
  if (comparison) {
    input.comparison = {
      rows: rows.map((row, i) =>
        Object.fromEntries(
          columns.map((c) => [
            c.key,
            c.kind === "metric" ? (comparison.rows[i]?.[c.key]?.previous ?? null) : (row[c.key] ?? null),
          ]),
        ),
      ),
    };
  }
  return input;
}
