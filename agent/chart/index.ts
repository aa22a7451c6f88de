/** Deterministic Vega-Lite chart choice from a result's shape. */
export { axisFormat, chooseChart, columnKind, SERIES_FIELD, SHARE_FIELD, unitTitle } from "./choose-chart.ts";
export { chartInputFromResult } from "./from-metric-result.ts";
export type { ChartColumn, ChartInput, ChartRow, VegaFieldDef, VegaLiteSpec } from "./types.ts";
