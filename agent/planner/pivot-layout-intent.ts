/**
 * fix12a: a table laid out by two sides ("months as rows, platforms as columns", "cross-tab of
 * orders by week and channel"): the question read as the metric by both sides (the date at the
 * grain named, and the breakdown), over the last 12 months of data when a monthly side names no
 * period. The presenter (agent/present/pivot-table.ts) lays the rows out as asked. Words of the
 * layout ("across the top") are not a ranking or unknown words.
 */
import { readPivotLayout, type Side } from "../present/pivot-layout.ts";
import { monthlySeriesPeriod } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";

const LAYOUT_WORDS = new Set([
  "rows",
  "row",
  "columns",
  "column",
  "cols",
  "col",
  "side",
  "top",
  "left",
  "axis",
  "pivot",
  "pivoted",
  "crosstab",
  "cross",
  "tab",
  "tabulation",
  "matrix",
  "grid",
  "table",
  "header",
  "horizontal",
  "vertical",
  "across",
  "down",
]);

const dimOf = (s: Side) => (s.kind === "time" ? "date" : s.key);

/**
 * Reads a laid-out table into the query's two dimensions; false when the question lays none out
 * or names no metric.
 * @example applyPivotLayout(parse("revenue with months as rows and channels as columns")) // dims ["date", "channel"], grain "month"
 */
export function applyPivotLayout(p: ParsedQuestion): boolean {
  const layout = readPivotLayout(p.text);
  if (!layout || !p.metrics.length) return false;
  const { rows, columns } = layout;
  // The query's order: the date first, as every series is read (the presenter lays out the sides).
  const sides = rows.kind === "time" ? [rows, columns] : [columns, rows];
  p.dims.dimensions = sides.map(dimOf);
  p.ranking = undefined;
  p.orderMetric = undefined;
  p.unknownWords = p.unknownWords.filter((w) => !LAYOUT_WORDS.has(w));
  const time = sides.find((s) => s.kind === "time");
  if (time?.kind === "time") {
    p.trend = { trend: true, grain: time.grain };
    p.time = { ...p.time, compare: undefined, impliedUnit: undefined, seriesGrain: time.grain };
    if (!p.time.period && time.grain !== "day" && time.grain !== "week")
      p.time.period = monthlySeriesPeriod(p.today, p.dataEnd);
  }
  return true;
}
