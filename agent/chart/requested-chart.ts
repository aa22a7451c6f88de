/**
 * Chart types a marketer names in the question ("pie chart of spend by channel", "as a bar chart").
 * The default chart comes from the result's shape (choose-chart.ts); a named type is honoured when
 * the data fits it, and when it does not, the answer says why in one sentence instead of silently
 * drawing something else.
 */
import { columnKind, SHARE_FIELD, unitTitle } from "./choose-chart.ts";
import { campaignsByName } from "./from-metric-result.ts";
import { scatterAsked, scatterChart } from "./scatter-chart.ts";
import { type StackedKind, stackChart, stackedKind } from "./stacked-chart.ts";
import type { ChartColumn, ChartRow, VegaFieldDef, VegaLiteSpec } from "./types.ts";

export type RequestedChart = "pie" | "bar" | "line" | "scatter" | StackedKind;

/** A pie has more slices than a reader can compare beyond this. */
const MAX_SLICES = 12;

/**
 * The chart type the question names, if any.
 * @example requestedChart("Pie chart of spend by channel") // "pie"
 */
export function requestedChart(question: string): RequestedChart | undefined {
  const q = question.toLowerCase();
  if (/\b(?:pie|donut|doughnut)(?:\s+(?:chart|graph))?\b/.test(q)) return "pie";
  if (scatterAsked(q)) return "scatter";
  // fix7a: "stacked bar", "stacked chart", "100% stacked", "area chart": piled by the breakdown's colour.
  const stacked = stackedKind(q);
  if (stacked) return stacked;
  if (/\b(?:bar|column)\s+(?:chart|graph)s?\b|\bas bars\b/.test(q)) return "bar";
  if (/\b(?:line\s+(?:chart|graph)s?|trend\s*lines?|as (?:a )?line)\b/.test(q)) return "line";
  return undefined;
}

/** The answer's table, as the presenters return it. */
export interface ChartData {
  columns: Array<{ key: string; label: string; unit?: string | undefined; format?: string | undefined }>;
  rows: Array<Record<string, unknown>>;
}

/** The chart to show and, when the request could not be met, the sentence that says why. */
export interface HonouredChart {
  chart: Record<string, unknown> | undefined;
  note?: string;
}

const UNITS = new Set(["currency", "count", "ratio", "percent"]);

function chartColumns(data: ChartData): ChartColumn[] {
  return data.columns.map((c) => ({
    key: c.key,
    label: c.label,
    ...(c.unit && UNITS.has(c.unit) ? { unit: c.unit as ChartColumn["unit"] } : {}),
  }));
}

function chartRows(data: ChartData): ChartRow[] {
  return data.rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, typeof v === "number" || typeof v === "string" ? v : null]),
    ),
  );
}

/** A pie of shares: one category, one additive metric, no negative values, few slices. */
function pie(data: ChartData, chart: Record<string, unknown> | undefined, currency: string): HonouredChart {
  // A campaign's id is no slice of anything: the slices are campaigns by name.
  const { columns, rows } = campaignsByName(chartColumns(data), chartRows(data));
  const kinds = columns.map((c) => ({ c, kind: columnKind(c, rows) }));
  const time = kinds.find((k) => k.kind === "time");
  const categories = kinds.filter((k) => k.kind === "category").map((k) => k.c);
  const metric = kinds.find((k) => k.kind === "metric")?.c;
  const keep = (note: string): HonouredChart => ({ chart, note });
  if (!metric) return keep("There is no breakdown to draw as a pie chart, so there is no chart.");
  if (time)
    return keep(
      "A pie chart shows parts of one whole, and this answer is a series over time, so it is drawn as a line instead.",
    );
  if (categories.length !== 1)
    return keep(
      "A pie chart needs exactly one breakdown (such as channel), so this answer keeps its default chart.",
    );
  if (metric.unit !== "currency" && metric.unit !== "count")
    return keep(
      `A pie chart shows parts of a whole, and ${metric.label} is a ratio that does not add up across rows, so it is drawn as bars instead.`,
    );
  const values = rows.map((r) => r[metric.key]);
  if (values.some((v) => typeof v === "number" && v < 0))
    return keep("A pie chart cannot show negative values, so this answer keeps a bar chart.");
  const category = categories[0]!;
  const { slices, note } = withOtherSlice(rows, category, metric.key);
  const share: VegaFieldDef = { field: SHARE_FIELD, type: "quantitative", title: "Share", format: ".1%" };
  const value: VegaFieldDef = {
    field: metric.key,
    type: "quantitative",
    title: unitTitle(metric, currency),
    format: metric.unit === "currency" ? ",.2f" : ",.0f",
  };
  const color: VegaFieldDef = { field: category.key, type: "nominal", title: category.label };
  const title =
    typeof chart?.title === "string"
      ? `Share of ${chart.title.charAt(0).toLowerCase()}${chart.title.slice(1)}`
      : `Share of ${metric.label} by ${category.label}`;
  const spec: Omit<VegaLiteSpec, "encoding" | "mark"> & {
    mark: { type: "arc"; tooltip: boolean };
    encoding: Record<string, unknown>;
  } = {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title,
    description: title,
    width: "container",
    data: { values: slices },
    transform: [
      { joinaggregate: [{ op: "sum", field: metric.key, as: "total_value" }] },
      { calculate: `datum['${metric.key.replaceAll("'", "\\'")}'] / datum.total_value`, as: SHARE_FIELD },
    ],
    mark: { type: "arc", tooltip: true },
    encoding: {
      theta: { field: metric.key, type: "quantitative", stack: true },
      color: { ...color, sort: { field: metric.key, order: "descending" } },
      order: { field: metric.key, type: "quantitative", sort: "descending" },
      tooltip: [color, value, share],
    },
  };
  return { chart: spec as unknown as Record<string, unknown>, ...(note ? { note } : {}) };
}

/**
 * More slices than a reader can compare: the largest keep theirs and the rest share one "Other"
 * slice (its value the sum of theirs), as a spreadsheet's pie does; the sentence says how many.
 */
function withOtherSlice(
  rows: readonly ChartRow[],
  category: ChartColumn,
  key: string,
): { slices: ChartRow[]; note?: string } {
  const valued = rows.filter((r) => typeof r[key] === "number");
  if (valued.length <= MAX_SLICES) return { slices: valued };
  const sorted = [...valued].sort((a, b) => (b[key] as number) - (a[key] as number));
  const kept = sorted.slice(0, MAX_SLICES - 1);
  const rest = sorted.slice(MAX_SLICES - 1);
  const other = rest.reduce((sum, r) => sum + (r[key] as number), 0);
  const noun = category.label.toLowerCase();
  return {
    slices: [...kept, { [category.key]: `Other (${rest.length} more)`, [key]: other }],
    note: `The pie shows the ${kept.length} largest by ${noun}; the other ${rest.length} share one slice, "Other".`,
  };
}

/**
 * Honour a chart type named in the question when the answer's data fits it; otherwise keep the
 * default chart and say why.
 */
export function honourChartRequest(
  requested: RequestedChart,
  data: ChartData,
  chart: Record<string, unknown> | undefined,
  currency: string,
): HonouredChart {
  if (requested === "pie") return pie(data, chart, currency);
  if (requested === "scatter") {
    const { columns, rows } = campaignsByName(chartColumns(data), chartRows(data));
    return scatterChart(columns, rows, chart, currency);
  }
  if (requested === "stacked" || requested === "stacked_percent" || requested === "area")
    return stackChart(requested, chart, data.columns);
  const mark = (chart?.mark as { type?: string } | undefined)?.type;
  if (!chart || !mark) return { chart, note: "A single figure needs no chart, so there is none." };
  if (requested === mark) return { chart };
  const encoding = chart.encoding as Record<string, VegaFieldDef | undefined> | undefined;
  const overTime = encoding?.x?.type === "temporal";
  if (requested === "bar" && overTime) return { chart: { ...chart, mark: { type: "bar", tooltip: true } } };
  if (requested === "line")
    return {
      chart,
      note: "A line chart needs a time axis and this answer has none, so it is drawn as bars; ask for it by day, week or month for a line.",
    };
  return { chart };
}
