/**
 * fix12a: the long rows of a two-dimension result (one row per month and channel) laid out as the
 * question asked (pivot-layout.ts): one row per row value, one column per column value, with each
 * row's and each column's total. Every cell is a figure the tool returned; a row's total is the sum
 * of rows sharing that month (or channel), which the verifier grounds as such. Only the first metric
 * is laid out (one table per answer); the others stay in the long rows the API returns.
 */
import { formatDate, formatPeriod, formatValue } from "../answer/format.ts";
import type { MetricSpec } from "../answer/types.ts";
import { normalize } from "../planner/normalize.ts";
import { readPivotLayout, type Side } from "./pivot-layout.ts";
import type { Presentation, PresentContext } from "./types.ts";

type Grain = "day" | "week" | "month" | "quarter" | "year";
type Column = Presentation["data"]["columns"][number];
type Row = Record<string, unknown>;

const keyOf = (s: Side) => (s.kind === "time" ? "date" : s.key);

/** The column holding a dimension's readable value: a campaign's name, else the dimension itself. */
function labelKey(columns: readonly Column[], key: string): string {
  return columns.some((c) => c.key === `${key}_name`) ? `${key}_name` : key;
}

/**
 * The presentation laid out as a pivot, or undefined when the question lays out no table or the
 * result is not the two sides it names.
 * @example withPivotTable(p, "month", ctx) // rows [{ date: "2026-01-01", "Paid Search": 1200, ..., total: 5400 }]
 */
export function withPivotTable(p: Presentation, grain: Grain, ctx: PresentContext): Presentation | undefined {
  if (!ctx.question) return undefined;
  const layout = readPivotLayout(normalize(ctx.question));
  if (!layout) return undefined;
  const { columns, rows } = p.data;
  const metric = columns.find((c) => c.unit);
  const rowKey = keyOf(layout.rows);
  const colKey = keyOf(layout.columns);
  if (!metric || !columns.some((c) => c.key === rowKey) || !columns.some((c) => c.key === colKey))
    return undefined;
  const rowLabel = labelKey(columns, rowKey);
  const colLabel = labelKey(columns, colKey);
  const show = (v: unknown, key: string) =>
    key === "date" ? formatDate(String(v), grain) : v === null || v === undefined ? "(none)" : String(v);
  const spec = { unit: metric.unit ?? "count", format: metric.format } as Pick<MetricSpec, "unit" | "format">;
  const fmt = (v: number | undefined) => (v === undefined ? "–" : formatValue(v, spec, ctx.currency));
  const additive = metric.unit === "currency" || metric.unit === "count";

  const rowValues = [...new Set(rows.map((r) => show(r[rowLabel], rowKey)))];
  const totals = new Map<string, number>();
  const cells = new Map<string, number>();
  for (const r of rows) {
    const v = r[metric.key];
    if (typeof v !== "number") continue;
    const col = show(r[colLabel], colKey);
    cells.set(`${show(r[rowLabel], rowKey)}\u0000${col}`, v);
    totals.set(col, (totals.get(col) ?? 0) + v);
  }
  // Rows in the data's order (dates ascending); columns by their total, largest first.
  const colValues = [...new Set(rows.map((r) => show(r[colLabel], colKey)))].sort(
    (a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0),
  );
  if (rowValues.length < 1 || colValues.length < 2) return undefined;
  const cell = (rv: string, cv: string) => cells.get(`${rv}\u0000${cv}`);
  const rowTotal = (rv: string) => colValues.reduce((s, cv) => s + (cell(rv, cv) ?? 0), 0);

  const sideLabel = (s: Side, key: string) =>
    s.kind === "time"
      ? s.grain[0]!.toUpperCase() + s.grain.slice(1)
      : (columns.find((c) => c.key === key)?.label ?? key);
  const header = [sideLabel(layout.rows, rowKey), ...colValues, ...(additive ? ["Total"] : [])];
  const lines = rowValues.map((rv) => [
    rv,
    ...colValues.map((cv) => fmt(cell(rv, cv))),
    ...(additive ? [fmt(rowTotal(rv))] : []),
  ]);
  if (additive)
    lines.push([
      "Total",
      ...colValues.map((cv) => fmt(totals.get(cv))),
      fmt([...totals.values()].reduce((s, v) => s + v, 0)),
    ]);
  const md = [header, header.map(() => "---"), ...lines].map((l) => `| ${l.join(" | ")} |`).join("\n");
  const lead = `${metric.label}, ${sideLabel(layout.rows, rowKey).toLowerCase()} as rows and ${sideLabel(layout.columns, colKey).toLowerCase()} as columns${additive ? " (with each row's and column's total)" : ""}:`;
  const others = columns.filter((c) => c.unit && c.key !== metric.key);
  const note = others.length
    ? `\nOnly ${metric.label} is laid out; ${others.map((c) => c.label).join(", ")} stay in the long rows.`
    : "";

  const dataColumns: Column[] = [
    { key: rowKey, label: sideLabel(layout.rows, rowKey) },
    ...colValues.map((cv) => ({ ...metric, key: cv, label: cv })),
    ...(additive ? [{ ...metric, key: "total", label: "Total" }] : []),
  ];
  const dataRows = rowValues.map((rv) => {
    const source = rows.find((r) => show(r[rowLabel], rowKey) === rv) as Row;
    return {
      [rowKey]: source[rowLabel],
      ...Object.fromEntries(colValues.map((cv) => [cv, cell(rv, cv) ?? null])),
      // Rounded past display precision: a float sum's tail is noise.
      ...(additive ? { total: Math.round(rowTotal(rv) * 1e6) / 1e6 } : {}),
    };
  });
  const range = p.provenance.timeRange as { from?: unknown; to?: unknown } | undefined;
  const period =
    typeof range?.from === "string" && typeof range.to === "string"
      ? `For ${formatPeriod({ from: range.from, to: range.to })}: `
      : "";
  return { ...p, text: `${period}${lead}\n${md}${note}`, data: { columns: dataColumns, rows: dataRows } };
}
