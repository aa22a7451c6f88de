/**
 * How a catalog metric decomposes into additive parts, read from its declared formula:
 * - `additive`: a sum or count aggregate (per-member and per-day values add up);
 * - `ratio`: `numerator / denominator` (optionally times a constant, as CPM's `* 1000`) where both
 *   parts are additive metrics, so totals are ratios of summed numerators and denominators;
 * - `value`: anything else (count distinct, ROI's `(revenue - spend) / spend`), used as-is.
 */
import { type FormulaNode, parseFormula } from "../../semantic/catalog/formula.ts";
import type { Catalog } from "../../semantic/catalog/types.ts";
import { unknownMetric } from "../../semantic/compile/errors.ts";

/** The decomposition of one metric. */
export type MetricShape =
  | { kind: "additive"; metric: string }
  | { kind: "ratio"; metric: string; numerator: string; denominator: string; scale: number }
  | { kind: "value"; metric: string };

/** True for sum and count aggregates (count distinct does not add up across members or days). */
function isAdditive(catalog: Catalog, key: string): boolean {
  const d = catalog.metrics.get(key)?.definition;
  return d?.type === "aggregate" && d.aggregation !== "count_distinct";
}

function asRatio(catalog: Catalog, node: FormulaNode, scale: number) {
  if (node.kind === "binary" && node.op === "*") {
    if (node.right.kind === "number") return asRatio(catalog, node.left, scale * node.right.value);
    if (node.left.kind === "number") return asRatio(catalog, node.right, scale * node.left.value);
    return undefined;
  }
  if (node.kind !== "binary" || node.op !== "/") return undefined;
  const { left, right } = node;
  if (left.kind !== "metric" || right.kind !== "metric") return undefined;
  if (!isAdditive(catalog, left.key) || !isAdditive(catalog, right.key)) return undefined;
  return { numerator: left.key, denominator: right.key, scale };
}

/**
 * The shape of `key`. Throws AppError catalog.unknown_metric naming `path` (with a "did you mean")
 * when the catalog has no such metric.
 * @example metricShape(standardCatalog, "cpm") // {kind: "ratio", numerator: "spend", denominator: "impressions", scale: 1000}
 */
export function metricShape(catalog: Catalog, key: string, path = "metric"): MetricShape {
  const m = catalog.metrics.get(key);
  if (!m) throw unknownMetric(catalog, key, path);
  if (isAdditive(catalog, key)) return { kind: "additive", metric: key };
  if (m.definition.type === "formula") {
    const parsed = parseFormula(m.definition.formula);
    const ratio = parsed.ok ? asRatio(catalog, parsed.ast, 1) : undefined;
    if (ratio) return { kind: "ratio", metric: key, ...ratio };
  }
  return { kind: "value", metric: key };
}

/** The catalog metrics a shape is read through. */
export function shapeMetrics(shape: MetricShape): string[] {
  return shape.kind === "ratio" ? [shape.numerator, shape.denominator] : [shape.metric];
}
