/**
 * Deterministic chart choice from a result's shape (DESIGN.md "Charts"):
 * time dimension -> line (one series per second dimension); comparison -> grouped bar (current vs
 * previous); share -> bar of shares; one category -> bar sorted by value; a single number -> none.
 */
import { longRows, measureColor, sameUnitMeasures, VALUE_FIELD } from "./same-unit-lines.ts";
import type { ChartColumn, ChartInput, ChartRow, VegaFieldDef, VegaLiteSpec } from "./types.ts";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json" as const;
/** Field added to comparison charts: which period a bar belongs to. */
export const SERIES_FIELD = "series";
/** Field added by the share transform. */
export const SHARE_FIELD = "share_of_total";
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/;

/** A label inside a title: "Net revenue" -> "net revenue", acronyms kept ("ROAS"). */
function inTitle(label: string): string {
  return /^[A-Z][a-z]/.test(label) && !/[A-Z]{2}/.test(label)
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}

/** Column kind, explicit or inferred: unit -> metric, ISO-date values -> time, otherwise category. */
export function columnKind(column: ChartColumn, rows: ChartRow[]): "time" | "category" | "metric" {
  if (column.kind) return column.kind;
  if (column.unit) return "metric";
  const values = rows.map((r) => r[column.key]).filter((v) => v !== null && v !== undefined);
  if (values.length > 0 && values.every((v) => typeof v === "string" && ISO_DATE.test(v))) return "time";
  if (values.length > 0 && values.every((v) => typeof v === "number")) return "metric";
  return "category";
}

/** d3-format string for a metric axis: currency and counts with separators, percent ratios as %. */
export function axisFormat(column: ChartColumn): string {
  if (column.unit === "percent" || column.format === "percent") return ".1%";
  if (column.unit === "ratio") return ".2f";
  if (column.unit === "count" && column.format === "decimal") return ",.2f";
  return ",.0f";
}

/** Axis title with its unit: "Spend (USD)", "CTR (%)", "ROAS (x)", "Orders". */
export function unitTitle(column: ChartColumn, currency?: string): string {
  if (column.unit === "currency") return `${column.label} (${currency ?? "currency"})`;
  if (column.unit === "percent" || column.format === "percent") return `${column.label} (%)`;
  if (column.unit === "ratio" && column.format !== "decimal") return `${column.label} (x)`;
  return column.label;
}

function metricField(column: ChartColumn, currency: string | undefined, title?: string): VegaFieldDef {
  const format = axisFormat(column);
  return {
    field: column.key,
    type: "quantitative",
    title: title ?? unitTitle(column, currency),
    axis: { format },
  };
}

function tooltip(fields: VegaFieldDef[]): VegaFieldDef[] {
  return fields.map((f) => ({
    field: f.field,
    type: f.type,
    title: f.title ?? null,
    ...(f.axis?.format ? { format: f.axis.format } : {}),
  }));
}

function spec(
  title: string,
  input: ChartInput,
  values: ChartRow[],
  mark: VegaLiteSpec["mark"],
  encoding: VegaLiteSpec["encoding"],
  transform?: VegaLiteSpec["transform"],
): VegaLiteSpec {
  const full = input.periodLabel ? `${title}, ${input.periodLabel}` : title;
  return {
    $schema: SCHEMA,
    title: full,
    description: full,
    width: "container",
    data: { values },
    ...(transform ? { transform } : {}),
    mark,
    encoding,
  };
}

/** Rows tagged with the period they belong to, for grouped bars. */
function withSeries(input: ChartInput): ChartRow[] {
  const current = input.rows.map((r) => ({ ...r, [SERIES_FIELD]: "Current" }));
  const previousLabel = input.comparison?.label ?? "Previous";
  const previous = (input.comparison?.rows ?? []).map((r) => ({ ...r, [SERIES_FIELD]: previousLabel }));
  return [...current, ...previous];
}

/** fix9e: several measures in one unit over time, one line each (same-unit-lines.ts). */
function measuresOverTime(input: ChartInput, time: ChartColumn, measures: ChartColumn[]): VegaLiteSpec {
  const x: VegaFieldDef = { field: time.key, type: "temporal", title: time.label };
  const names = measures.map((m) => inTitle(m.label)).join(" and ");
  const first = measures[0]!;
  const y = metricField(
    { ...first, key: VALUE_FIELD },
    input.currency,
    unitTitle({ ...first, label: "Value" }, input.currency),
  );
  const color = measureColor(measures);
  const title = `${names.charAt(0).toUpperCase()}${names.slice(1)} by ${inTitle(time.label)}`;
  return spec(
    title,
    input,
    longRows(input.rows, time, measures),
    { type: "line", point: true, tooltip: true },
    {
      x,
      y,
      color,
      tooltip: tooltip([x, color, y]),
    },
  );
}

/**
 * Choose a Vega-Lite spec for a result, or `undefined` when a chart would add nothing (a single
 * number, no rows, no metric column). Pure: the same input always gives the same spec.
 */
export function chooseChart(input: ChartInput): VegaLiteSpec | undefined {
  const { rows, currency } = input;
  if (rows.length === 0) return undefined;
  const kinds = input.columns.map((c) => ({ column: c, kind: columnKind(c, rows) }));
  const metrics = kinds.filter((k) => k.kind === "metric").map((k) => k.column);
  const metric = metrics.find((m) => m.key === input.metricKey) ?? metrics[0];
  if (metric === undefined) return undefined;
  const time = kinds.find((k) => k.kind === "time")?.column;
  const categories = kinds.filter((k) => k.kind === "category").map((k) => k.column);
  const y = metricField(metric, currency);

  if (time) {
    const seriesBy = categories[0];
    const together = seriesBy || input.metricKey ? undefined : sameUnitMeasures(metrics);
    if (together) return measuresOverTime(input, time, together);
    const x: VegaFieldDef = { field: time.key, type: "temporal", title: time.label };
    const color: VegaFieldDef | undefined = seriesBy
      ? { field: seriesBy.key, type: "nominal", title: seriesBy.label }
      : undefined;
    const title = `${unitTitle(metric, currency)} by ${inTitle(time.label)}${seriesBy ? ` and ${inTitle(seriesBy.label)}` : ""}`;
    return spec(
      title,
      input,
      rows,
      { type: "line", point: true, tooltip: true },
      { x, y, ...(color ? { color } : {}), tooltip: tooltip([x, ...(color ? [color] : []), y]) },
    );
  }

  const category = categories[0];
  if (category === undefined) {
    if (!input.comparison || input.comparison.rows.length === 0) return undefined;
    const series: VegaFieldDef = { field: SERIES_FIELD, type: "nominal", title: null, sort: null };
    const x = metricField(metric, currency);
    return spec(
      `${unitTitle(metric, currency)}: current vs previous`,
      input,
      withSeries(input).slice(0, 2),
      {
        type: "bar",
        tooltip: true,
      },
      { x, y: series, color: { ...series, legend: null }, tooltip: tooltip([series, x]) },
    );
  }

  const yCategory: VegaFieldDef = {
    field: category.key,
    type: "nominal",
    title: category.label,
    sort: "-x",
    axis: { labelLimit: 200 },
  };
  const byLabel = inTitle(category.label);

  if (input.comparison && input.comparison.rows.length > 0) {
    const series: VegaFieldDef = { field: SERIES_FIELD, type: "nominal", title: "Period", sort: null };
    const x = metricField(metric, currency);
    return spec(
      `${unitTitle(metric, currency)} by ${byLabel}: current vs previous`,
      input,
      withSeries(input),
      { type: "bar", tooltip: true },
      {
        x,
        y: { ...yCategory, sort: null },
        yOffset: series,
        color: series,
        tooltip: tooltip([yCategory, series, x]),
      },
    );
  }

  if (input.share) {
    const x: VegaFieldDef = {
      field: SHARE_FIELD,
      type: "quantitative",
      title: `Share of ${inTitle(metric.label)} (%)`,
      axis: { format: ".1%" },
    };
    return spec(
      `Share of ${inTitle(metric.label)} by ${byLabel}`,
      input,
      rows,
      { type: "bar", tooltip: true },
      { x, y: yCategory, tooltip: tooltip([yCategory, x, y]) },
      [
        { joinaggregate: [{ op: "sum", field: metric.key, as: "total_value" }] },
        { calculate: `datum['${metric.key.replaceAll("'", "\\'")}'] / datum.total_value`, as: SHARE_FIELD },
      ],
    );
  }

  const stackBy = categories[1];
  const color: VegaFieldDef | undefined = stackBy
    ? { field: stackBy.key, type: "nominal", title: stackBy.label }
    : undefined;
  return spec(
    `${unitTitle(metric, currency)} by ${byLabel}${stackBy ? ` and ${inTitle(stackBy.label)}` : ""}`,
    input,
    rows,
    { type: "bar", tooltip: true },
    {
      x: y,
      y: yCategory,
      ...(color ? { color } : {}),
      tooltip: tooltip([yCategory, ...(color ? [color] : []), y]),
    },
  );
}
