/** Building blocks of the clarifications the checks ask. */
import type { Catalog } from "../../../semantic/catalog/types.ts";
import type { ClarifyOption, Plan } from "../types.ts";

/** A metric's label, or its key when the catalog has none. */
export function metricLabel(catalog: Catalog, key: string): string {
  return catalog.metrics.get(key)?.label ?? key;
}

/** A clarification plan; `originalQuestion` is planned again with the option picked. */
export function clarify(question: string, options: ClarifyOption[], originalQuestion: string): Plan {
  return { kind: "clarify", question, options, originalQuestion };
}

/** Options choosing one of `keys` as the metric. */
export function metricOptions(catalog: Catalog, keys: readonly string[]): ClarifyOption[] {
  return keys.map((k) => ({ id: `metric:${k}`, label: metricLabel(catalog, k) }));
}

/** Every breakdown the catalog has (dates aside), and "no breakdown": the answers to "by what instead?". */
export function breakdownOptions(catalog: Catalog): ClarifyOption[] {
  const options = [...catalog.dimensions.values()]
    .filter((d) => d.type !== "time")
    .map((d) => ({ id: `dimension:${d.key}`, label: d.label }));
  options.push({ id: "dimension:none", label: "No breakdown (the total)" });
  return options;
}
