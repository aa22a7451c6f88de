/**
 * fix8a: a chart for a comparison of totals ("revenue in October vs September", then "as a chart"):
 * one bar per period for each metric, so the chart keeps the comparison it was asked to draw (a
 * breakdown's comparison is drawn by its own rows elsewhere). Metrics of different units get one
 * bar pair each on their own rows, on one axis only when they share a unit.
 */
import type { TotalComparison } from "../../tools/compare-periods/execute.ts";
import { formatPeriod } from "../answer/index.ts";
import type { Period } from "../answer/types.ts";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/**
 * Two bars per metric (the period and the one it is compared with), or undefined when no metric
 * has both values. Only the metrics sharing the first one's unit are drawn, so one axis reads right.
 * @example comparisonTotalsChart(totals, oct, sep)?.mark // { type: "bar", tooltip: true }
 */
export function comparisonTotalsChart(
  totals: readonly TotalComparison[],
  period: Period,
  baseline: Period,
): Record<string, unknown> | undefined {
  const both = totals.filter((t) => t.current !== null && t.previous !== null);
  const unit = both[0]?.unit;
  const drawn = both.filter((t) => t.unit === unit);
  if (!drawn.length) return undefined;
  const now = formatPeriod(period);
  const before = formatPeriod(baseline);
  // The earlier period first, so the bars read forward in time.
  const points = drawn.flatMap((t) => [
    { metric: t.label, period: before, value: t.previous },
    { metric: t.label, period: now, value: t.current },
  ]);
  const title = `${drawn.map((t) => t.label).join(", ")}: ${now} vs ${before}`;
  const series = { field: "period", type: "nominal", title: "Period", sort: null };
  return {
    $schema: SCHEMA,
    title,
    description: title,
    width: "container",
    data: { values: points },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "metric", type: "nominal", title: null, sort: null },
      yOffset: series,
      color: series,
      x: { field: "value", type: "quantitative", title: drawn.length === 1 ? drawn[0]!.label : null },
      tooltip: [series, { field: "value", type: "quantitative", title: "Value" }],
    },
  };
}
