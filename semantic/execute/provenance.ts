/** What a result says about itself: the definitions, range, filters, attribution and SQL. Pure. */

import { CHANNEL_GROUP_DEFINITION } from "../catalog/channel-groups.ts";
import { type FormulaNode, formulaRefs, parseFormula } from "../catalog/formula.ts";
import type { Catalog, ResolvedMetric } from "../catalog/types.ts";
import type { AttributionPlan } from "../compile/plan.ts";

/** A metric definition as shown to users next to the numbers. */
export interface DefinitionUsed {
  key: string;
  label: string;
  description: string;
  unit: string;
  /** The formula over other metrics, or the aggregation over a fact column. */
  formula: string;
  custom: boolean;
}

/** Human-readable computation of one metric in the context of a query. */
export function describeComputation(
  m: ResolvedMetric,
  attributed: boolean,
  attribution?: AttributionPlan,
): string {
  const d = m.definition;
  if (d.type === "formula") return d.formula;
  const agg = attributed && d.attributed ? d.attributed : d;
  const table = attributed ? "attribution_results" : d.table;
  const fn = agg.aggregation === "count_distinct" ? "count(distinct" : `${agg.aggregation}(`;
  let text = `${fn}${agg.aggregation === "count_distinct" ? " " : ""}${table}.${agg.column})`;
  if (d.where) text += ` where ${d.where.column} = ${String(d.where.equals)}`;
  if (attributed && attribution) {
    // Say the journey rules, so a reader can recompute the split from the exported touches.
    const rules = `lookback ${attribution.lookbackDays} days, touches after the customer's previous order only, orders without such a touch credited to direct`;
    text +=
      attribution.source === "table"
        ? ` with attribution model ${attribution.model} (${rules})`
        : ` with last touch within ${attribution.lookbackDays} days, computed from touchpoints (${rules})`;
  }
  return text;
}

/**
 * Every definition a result depends on: the requested metrics first, then the metrics their
 * formulas use, each once.
 */
export function definitionsUsed(
  catalog: Catalog,
  keys: readonly string[],
  attributedLeaves: ReadonlySet<string>,
  attribution?: AttributionPlan,
): DefinitionUsed[] {
  const seen = new Set<string>();
  const out: DefinitionUsed[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const m = catalog.metrics.get(key);
    if (!m) return;
    out.push({
      key,
      label: m.label,
      description: m.description,
      unit: m.unit,
      formula: describeComputation(m, attributedLeaves.has(key), attribution),
      custom: m.custom,
    });
    if (m.definition.type === "formula") {
      const parsed = parseFormula(m.definition.formula);
      if (parsed.ok) formulaRefs(parsed.ast).forEach(visit);
    }
  };
  keys.forEach(visit);
  return out;
}

/**
 * Definitions of computed dimensions a query groups or filters by, after the metrics' own: the
 * channel group says which channels count as paid, organic, owned and direct, so a reader can
 * check the split against the channel catalog.
 */
export function dimensionDefinitions(catalog: Catalog, used: readonly string[]): DefinitionUsed[] {
  const group = catalog.dimensions.get("channel_group");
  if (!group || !used.includes("channel_group")) return [];
  return [
    {
      key: "channel_group",
      label: group.label,
      description: group.description,
      unit: "",
      formula: CHANNEL_GROUP_DEFINITION,
      custom: false,
    },
  ];
}

/**
 * True when the metric's values add up across rows (a sum or count per row), so a row's share of
 * the total means something: spend, revenue, orders, clicks. Ratios (CPA, ROAS, CTR), distinct
 * counts and formulas that divide or multiply metrics are not additive. A formula is additive
 * when it only adds, subtracts or scales additive metrics by constants ("spend * 1.2").
 */
export function isAdditiveMetric(
  catalog: Catalog,
  key: string,
  seen: ReadonlySet<string> = new Set(),
): boolean {
  const m = catalog.metrics.get(key);
  if (!m || seen.has(key)) return false;
  const d = m.definition;
  if (d.type === "aggregate") return d.aggregation !== "count_distinct";
  const parsed = parseFormula(d.formula);
  if (!parsed.ok) return false;
  const inner = new Set([...seen, key]);
  const additive = (n: FormulaNode): boolean => {
    switch (n.kind) {
      case "number":
        return false;
      case "metric":
        return isAdditiveMetric(catalog, n.key, inner);
      case "negate":
        return additive(n.arg);
      case "binary":
        if (n.op === "+" || n.op === "-") return additive(n.left) && additive(n.right);
        if (n.op === "*")
          return (
            (n.left.kind === "number" && additive(n.right)) || (n.right.kind === "number" && additive(n.left))
          );
        return n.right.kind === "number" && additive(n.left);
    }
  };
  return additive(parsed.ast);
}
