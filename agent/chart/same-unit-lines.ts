/**
 * fix9e: "spend and revenue by week": a time series of several measures in one unit draws every
 * measure as its own line on one axis, instead of the first measure alone (the others were only in
 * the table, so a chart asked to hold both showed one). Measures in different units (spend and
 * ROAS) keep the first measure's chart: one axis cannot carry dollars and multiples honestly.
 */
import type { ChartColumn, ChartRow, VegaFieldDef } from "./types.ts";

/** Fields of the long rows the lines are drawn from. */
export const MEASURE_FIELD = "measure";
export const VALUE_FIELD = "value";
/** More lines than this on one chart stop being readable. */
const MAX_LINES = 4;

/** The measures to draw together, or undefined when one line (the first measure) is the chart. */
export function sameUnitMeasures(metrics: readonly ChartColumn[]): ChartColumn[] | undefined {
  if (metrics.length < 2 || metrics.length > MAX_LINES) return undefined;
  const unit = (c: ChartColumn) => `${c.unit ?? ""}/${c.unit === "ratio" ? (c.format ?? "") : ""}`;
  return metrics.every((m) => unit(m) === unit(metrics[0]!)) ? [...metrics] : undefined;
}

/** One row per date and measure, the measure named by its label, so a colour can tell the lines apart. */
export function longRows(
  rows: readonly ChartRow[],
  time: ChartColumn,
  measures: readonly ChartColumn[],
): ChartRow[] {
  return rows.flatMap((r) =>
    measures.map((m) => ({
      [time.key]: r[time.key] ?? null,
      [MEASURE_FIELD]: m.label,
      [VALUE_FIELD]: r[m.key] ?? null,
    })),
  );
}

/** The colour channel naming each line, in the order the measures were asked. */
export function measureColor(measures: readonly ChartColumn[]): VegaFieldDef {
  return { field: MEASURE_FIELD, type: "nominal", title: null, sort: measures.map((m) => m.label) };
}
