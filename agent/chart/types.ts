/**
 * Input and output shapes for chart choice. The input mirrors a semantic query result (columns with
 * units, rows, an optional comparison); the lead maps tool results onto it. The output is a plain
 * Vega-Lite v5 spec object: the web app renders it, the Slack edge renders it to PNG.
 */

/** A result column. `kind` may be omitted: a column with a unit is a metric, ISO-date values are time. */
export interface ChartColumn {
  key: string;
  label: string;
  kind?: "time" | "category" | "metric";
  /** Catalog unit; percent values are ratios (0.123 = 12.3%). */
  unit?: "currency" | "count" | "ratio" | "percent";
  format?: "currency" | "integer" | "decimal" | "percent" | "multiplier";
}

/** One result row: values by column key. */
export type ChartRow = Record<string, string | number | null>;

/** What `chooseChart` looks at. */
export interface ChartInput {
  columns: ChartColumn[];
  rows: ChartRow[];
  /** The same query over the comparison period; rows match the current rows by their category values. */
  comparison?: { rows: ChartRow[]; label?: string };
  /** Plot shares of the total (a / sum) instead of values: "what share of revenue came from each channel". */
  share?: boolean;
  /** Metric to plot; the first metric column by default. */
  metricKey?: string;
  /** ISO 4217 code, shown in currency titles. */
  currency?: string;
  /** Optional period in words appended to the title, e.g. "October 1–31, 2026". */
  periodLabel?: string;
}

/** A Vega-Lite field definition (the subset we emit). */
export interface VegaFieldDef {
  field: string;
  type: "quantitative" | "temporal" | "nominal" | "ordinal";
  title?: string | null;
  sort?: string | string[] | null;
  timeUnit?: string;
  axis?: { format?: string; labelLimit?: number } | null;
  legend?: { title?: string | null; format?: string } | null;
  format?: string;
  scale?: { zero?: boolean };
}

/** A Vega-Lite v5 single-view spec (the subset we emit). */
export interface VegaLiteSpec {
  $schema: "https://vega.github.io/schema/vega-lite/v5.json";
  title: string;
  description: string;
  width: "container";
  data: { values: ChartRow[] };
  transform?: Array<Record<string, unknown>>;
  mark: { type: "line" | "bar"; point?: boolean; tooltip?: boolean };
  encoding: {
    x: VegaFieldDef;
    y: VegaFieldDef;
    color?: VegaFieldDef;
    xOffset?: VegaFieldDef;
    yOffset?: VegaFieldDef;
    tooltip?: VegaFieldDef[];
  };
}
