/** What a result says about itself: the definitions, range, filters, attribution and SQL. Pure. */
import { formulaRefs, parseFormula } from "../catalog/formula.ts";
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
    text +=
      attribution.source === "table"
        ? ` with attribution model ${attribution.model}`
        : ` with last touch within ${attribution.lookbackDays} days, computed from touchpoints`;
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
