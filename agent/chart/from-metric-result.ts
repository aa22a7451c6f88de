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

/**
 * A campaign breakdown carries the campaign's id and its name: the chart reads campaigns by name
 * (an axis of ids, coloured by a legend of names, reads as neither). Two campaigns sharing a name
 * keep their id in the label so their bars stay apart.
 */
export function campaignsByName(
  columns: ChartColumn[],
  rows: ChartRow[],
): { columns: ChartColumn[]; rows: ChartRow[] } {
  const name = columns.find((c) => c.key === "campaign_name");
  if (!name || !columns.some((c) => c.key === "campaign")) return { columns, rows };
  const counts = new Map<unknown, number>();
  for (const r of rows) counts.set(r.campaign_name, (counts.get(r.campaign_name) ?? 0) + 1);
  return {
    columns: columns
      .filter((c) => c.key !== "campaign")
      .map((c) => (c === name ? { ...c, label: "Campaign" } : c)),
    rows: rows.map((r) =>
      (counts.get(r.campaign_name) ?? 0) > 1 && r.campaign_name !== null
        ? { ...r, campaign_name: `${r.campaign_name} (id ${r.campaign})` }
        : r,
    ),
  };
}

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
  const named = campaignsByName(columns, rows);
  const input: ChartInput = {
    ...named,
    currency: options.currency,
    periodLabel: formatPeriod(timeRange),
    ...(options.share ? { share: true } : {}),
    ...(options.metricKey ? { metricKey: options.metricKey } : {}),
  };
  const comparison = result.comparison;
  if (comparison) {
    input.comparison = {
      rows: named.rows.map((row, i) =>
        Object.fromEntries(
          named.columns.map((c) => [
            c.key,
            c.kind === "metric" ? (comparison.rows[i]?.[c.key]?.previous ?? null) : (row[c.key] ?? null),
          ]),
        ),
      ),
    };
  }
  return input;
}
