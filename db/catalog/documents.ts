/**
 * How a search document is stored in catalog_embeddings: `content` holds the exact-match terms on
 * its first line ("; "-separated) and the descriptive text after it, so full-text search sees
 * both and exact matching can be rebuilt from the row.
 */
import type { SearchDoc } from "../../semantic/search/documents.ts";

/** Row content for a document. */
export function storedContent(doc: SearchDoc): string {
  return `${doc.terms.map((t) => t.replaceAll(/[;\n]/g, " ")).join("; ")}\n${doc.content}`;
}

/** The text embedded for a document. */
export function embeddingText(doc: Pick<SearchDoc, "label" | "content">): string {
  return `${doc.label}. ${doc.content}`;
}

/** Rebuild a document from a stored row. */
export function docFromRow(row: {
  kind: string;
  key: string;
  dimension: string;
  label: string;
  content: string;
}): SearchDoc {
  const nl = row.content.indexOf("\n");
  const termLine = nl < 0 ? row.content : row.content.slice(0, nl);
  return {
    kind: row.kind as SearchDoc["kind"],
    key: row.key,
    dimension: row.dimension,
    label: row.label,
    terms: termLine.split("; ").filter(Boolean),
    content: nl < 0 ? "" : row.content.slice(nl + 1),
  };
}
