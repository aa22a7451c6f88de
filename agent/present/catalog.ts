import type { DescribeMetricOutput } from "../../tools/describe-metric/definition.ts";
import type { ListDimensionValuesOutput } from "../../tools/list-dimension-values/definition.ts";
import type { SearchCatalogOutput } from "../../tools/search-catalog/definition.ts";
import { definitionAnswer, joinList } from "../answer/index.ts";
import type { Presentation } from "./types.ts";

/** describe_metric: the definition in words, with its formula. */
export function presentDefinition(d: DescribeMetricOutput): Presentation {
  return {
    text: definitionAnswer({
      kind: "definition",
      label: d.label,
      description: d.description,
      ...(d.formula ? { formula: d.formula } : {}),
      synonyms: d.synonyms,
    }),
    data: {
      columns: [
        { key: "key", label: "Metric" },
        { key: "formula", label: "Formula" },
        { key: "unit", label: "Unit" },
      ],
      rows: [{ key: d.key, formula: d.formula ?? null, unit: d.unit }],
    },
    provenance: { tool: "describe_metric", definitions: [d] },
  };
}

/** list_dimension_values: the names, as a list. */
export function presentValues(d: ListDimensionValuesOutput): Presentation {
  const names = d.values.map((v) => v.label);
  return {
    text: names.length
      ? `Values of ${d.dimension.replaceAll("_", " ")}: ${joinList(names.slice(0, 12))}${names.length > 12 ? ", and more (see the table)" : ""}.`
      : `No ${d.dimension.replaceAll("_", " ")} values match.`,
    data: {
      columns: [
        { key: "value", label: "Value" },
        { key: "label", label: "Name" },
      ],
      rows: d.values,
    },
    provenance: { tool: "list_dimension_values", dimension: d.dimension },
  };
}

/** search_catalog: what the catalog offers for the words used. */
export function presentSearch(d: SearchCatalogOutput): Presentation {
  const top = d.results.slice(0, 5).map((r) => `${r.label} (${r.key})`);
  return {
    text: top.length
      ? `Closest catalog entries: ${joinList(top)}. Ask for any of them by name.`
      : "Nothing in the catalog matches those words. Try asking for spend, revenue, ROAS, orders or CAC.",
    data: {
      columns: [
        { key: "kind", label: "Kind" },
        { key: "key", label: "Key" },
        { key: "label", label: "Label" },
        { key: "description", label: "Description" },
      ],
      rows: d.results.map(({ score: _score, ...r }) => r),
    },
    provenance: { tool: "search_catalog" },
  };
}
