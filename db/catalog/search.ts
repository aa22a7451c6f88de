/**
 * Catalog search through the database: Postgres full-text rank and pgvector similarity (cosine in
 * TypeScript over embedding_array when pgvector is missing), merged with exact and fuzzy matches by
 * the pure ranker in semantic/search/hybrid.ts.
 */
import type { DocKind } from "../../semantic/search/documents.ts";
import { docId } from "../../semantic/search/documents.ts";
import type { Embedder } from "../../semantic/search/embedder.ts";
import { cosine } from "../../semantic/search/embedder.ts";
import { hybridSearch, type SearchHit } from "../../semantic/search/hybrid.ts";
import { words } from "../../semantic/search/text.ts";
import type { Database } from "../database.ts";
import { toVectorParam } from "../vector.ts";
import { docFromRow } from "./documents.ts";

interface Row extends Record<string, unknown> {
  kind: string;
  key: string;
  dimension: string;
  label: string;
  content: string;
  fts: number;
  vsim?: number | null;
  embedding_array?: number[] | null;
  embedding_model: string;
}

/** Search an organization's synced catalog: metrics, dimensions and dimension values. */
export async function searchCatalog(
  db: Database,
  organizationId: number,
  query: string,
  embedder: Embedder,
  opts: { kinds?: readonly DocKind[]; limit?: number } = {},
): Promise<SearchHit[]> {
  const terms = [...new Set(words(query).filter((w) => /^[a-z0-9]+$/.test(w)))];
  const tsquery = terms.join(" | ");
  const [queryVector] = await embedder.embed([query]);
  const vector = await db.hasVector();
  const params: unknown[] = [organizationId, tsquery || "x"];
  let vectorSql = "NULL::float8 AS vsim, embedding_array";
  if (vector && queryVector) {
    params.push(toVectorParam(queryVector), embedder.model);
    vectorSql =
      "CASE WHEN embedding_model = $4 THEN 1 - (embedding <=> $3::vector) END AS vsim, NULL::float8[] AS embedding_array";
  }
  const rows = await db.query<Row>(
    `SELECT kind, key, dimension, label, content, embedding_model,
       ${tsquery ? "ts_rank(search_tsv, to_tsquery('english', $2))" : "0 * length($2)"}::float8 AS fts, ${vectorSql}
     FROM catalog_embeddings WHERE organization_id = $1`,
    params,
  );
  const maxFts = Math.max(0, ...rows.map((r) => r.fts));
  const fulltext = new Map<string, number>();
  const similarity = new Map<string, number>();
  const docs = rows.map((r) => {
    const doc = docFromRow(r);
    const id = docId(doc);
    if (maxFts > 0 && r.fts > 0) fulltext.set(id, r.fts / maxFts);
    const sim =
      r.vsim ??
      (queryVector && r.embedding_array && r.embedding_model === embedder.model
        ? cosine(queryVector, r.embedding_array)
        : 0);
    similarity.set(id, Math.max(0, sim));
    return doc;
  });
  return hybridSearch(query, docs, {
    signals: { fulltext, vector: similarity },
    kinds: opts.kinds,
    limit: opts.limit,
  });
}
