/** Searchable documents built from the catalog and from an organization's dimension values. */
import type { Catalog } from "../catalog/types.ts";

export type DocKind = "metric" | "dimension" | "dimension_value";

/** One searchable thing: a metric, a dimension, or a value of a dimension (a campaign, a platform). */
export interface SearchDoc {
  kind: DocKind;
  key: string;
  /** For dimension values: the dimension key; "" otherwise. */
  dimension: string;
  label: string;
  /** Phrases that match exactly: key, label, synonyms, aliases. */
  terms: string[];
  /** Text for full-text search and embeddings: label, description and synonyms. */
  content: string;
  embedding?: number[];
}

/** A dimension value with its aliases ("facebook", "fb" for meta_ads). */
export interface DimensionValue {
  dimension: string;
  /** The value used in filters (campaign ids as text). */
  key: string;
  label: string;
  aliases: string[];
}

/** Stable id of a document. */
export function docId(d: Pick<SearchDoc, "kind" | "dimension" | "key">): string {
  return `${d.kind}:${d.dimension}:${d.key}`;
}

/** Documents for every metric and dimension of a catalog. */
export function catalogDocuments(catalog: Catalog): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const m of catalog.metrics.values()) {
    const terms = [m.key, m.key.replaceAll("_", " "), m.label, ...m.synonyms];
    docs.push({
      kind: "metric",
      key: m.key,
      dimension: "",
      label: m.label,
      terms,
      content: `${m.description} ${[m.key.replaceAll("_", " "), ...m.synonyms].join(". ")}`,
    });
  }
  for (const d of catalog.dimensions.values()) {
    docs.push({
      kind: "dimension",
      key: d.key,
      dimension: "",
      label: d.label,
      terms: [d.key, d.key.replaceAll("_", " "), d.label, ...d.synonyms],
      content: `${d.description} ${d.synonyms.join(". ")}`,
    });
  }
  return docs;
}

/** Documents for dimension values. */
export function valueDocuments(values: readonly DimensionValue[]): SearchDoc[] {
  return values.map((v) => ({
    kind: "dimension_value",
    key: v.key,
    dimension: v.dimension,
    label: v.label,
    terms: [v.label, ...v.aliases],
    content: `${v.dimension.replaceAll("_", " ")} ${v.label} ${v.aliases.join(" ")}`,
  }));
}
