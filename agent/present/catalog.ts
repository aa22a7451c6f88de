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
export function presentSearch(d: SearchCatalogOutput, query = ""): Presentation {
  // The date dimension matches almost any word and answers nothing on its own.
  const useful = d.results.filter((r) => r.key !== "date");
  const top = useful.slice(0, 5).map((r) => `${r.label} (${r.key})`);
  const words = query.trim().toLowerCase();
  // A search runs when the question named something no metric or breakdown is called: say so
  // first, so a list of near matches is never read as the answer.
  const exact = useful.some((r) => r.label.toLowerCase() === words || r.key === words.replace(/ /g, "_"));
  const missing =
    words && !exact ? `Your data has no metric or breakdown called "${words}", so I can't report it. ` : "";
  // fix13a: an empty query lists the catalog (a capability or sources answer leads with its notes).
  const listing = `The table lists ${useful.length} catalog entries (measures and breakdowns) with what each means; ask for any of them by name.`;
  return {
    text:
      !words && useful.length
        ? listing
        : top.length
          ? `${missing}Closest catalog entries: ${joinList(top)}. Ask for any of them by name.`
          : `${missing}Nothing in the catalog matches those words. Try asking for spend, revenue, ROAS, orders or CAC by channel, campaign or period.`,
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
