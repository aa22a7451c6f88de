/**
 * A scatter a marketer names ("scatter of spend vs revenue by campaign", "plot cpc against ctr per
 * channel"): one point per member of the breakdown, the first metric across and the second up, so
 * the members that sit apart show. It needs one breakdown, two metrics and no time axis; otherwise
 * the default chart stays and one sentence says why.
 */
import { axisFormat, columnKind, unitTitle } from "./choose-chart.ts";
import type { ChartColumn, ChartRow, VegaFieldDef } from "./types.ts";

/**
 * Whether the question names a scatter.
 * @example scatterAsked("scatter of spend vs revenue by campaign") // true
 */
export function scatterAsked(q: string): boolean {
  return /\bscatter(?:\s*(?:plot|chart|graph)s?)?\b|\bx\s*-?\s*y\s+(?:plot|chart)\b|\bplot(?:\s+[\w-]+){1,4}\s+(?:against|vs\.?|versus)\b/i.test(
    q,
  );
}

/** The scatter spec, or the default chart and the sentence that says why it cannot be drawn. */
export function scatterChart(
  columns: readonly ChartColumn[],
  rows: readonly ChartRow[],
  chart: Record<string, unknown> | undefined,
  currency: string,
): { chart: Record<string, unknown> | undefined; note?: string } {
  const kinds = columns.map((c) => ({ c, kind: columnKind(c, [...rows]) }));
  const metrics = kinds.filter((k) => k.kind === "metric").map((k) => k.c);
  const categories = kinds.filter((k) => k.kind === "category").map((k) => k.c);
  const keep = (note: string) => ({ chart, note });
  if (kinds.some((k) => k.kind === "time"))
    return keep(
      "A scatter plots members against two measures, and this answer is a series over time, so it keeps its default chart; ask for the two measures by campaign or channel for a scatter.",
    );
  if (metrics.length < 2)
    return keep(
      "A scatter needs two measures (such as spend and revenue), and this answer has one, so it keeps its default chart.",
    );
  if (categories.length !== 1)
    return keep(
      "A scatter needs one breakdown (such as campaign or channel) for its points, so this answer keeps its default chart.",
    );
  const [xColumn, yColumn] = metrics as [ChartColumn, ChartColumn];
  const category = categories[0]!;
  const field = (c: ChartColumn): VegaFieldDef => ({
    field: c.key,
    type: "quantitative",
    title: unitTitle(c, currency),
    axis: { format: axisFormat(c) },
  });
  const x = field(xColumn);
  const y = field(yColumn);
  const point: VegaFieldDef = { field: category.key, type: "nominal", title: category.label };
  const title = `${yColumn.label} vs ${xColumn.label.charAt(0).toLowerCase()}${xColumn.label.slice(1)} by ${category.label.toLowerCase()}`;
  const values = rows.filter((r) => typeof r[xColumn.key] === "number" && typeof r[yColumn.key] === "number");
  const tip = (f: VegaFieldDef) => ({ field: f.field, type: f.type, title: f.title, format: f.axis?.format });
  return {
    chart: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title,
      description: title,
      width: "container",
      data: { values },
      mark: { type: "point", filled: true, size: 80, tooltip: true },
      encoding: { x, y, color: point, tooltip: [point, tip(x), tip(y)] },
    },
  };
}
