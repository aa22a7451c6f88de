/**
 * Sync the catalog of one organization into the database: metric and dimension definitions, and
 * the search documents with their embeddings (recomputed only when their text or the embedding
 * model changed). Runs at start for every organization and after custom-metric changes.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { catalogDocuments, docId, type SearchDoc, valueDocuments } from "../../semantic/search/documents.ts";
import type { Embedder } from "../../semantic/search/embedder.ts";
import type { Database, Queryable } from "../database.ts";
import { toVectorParam } from "../vector.ts";
import { loadDimensionValues } from "./dimension-values.ts";
import { embeddingText, storedContent } from "./documents.ts";

/** What a sync changed. */
export interface SyncReport {
  metrics: number;
  dimensions: number;
  documents: number;
  embedded: number;
  removed: number;
  vector: boolean;
}

async function syncDefinitions(tx: Queryable, organizationId: number, catalog: Catalog) {
  const standard = [...catalog.metrics.values()].filter((m) => !m.custom);
  for (const m of standard) {
    const { supportedDimensions: _s, alwaysAttributed: _a, ...definition } = m;
    await tx.query(
      `INSERT INTO catalog_metrics (organization_id, key, label, description, definition, is_custom, active)
       VALUES ($1, $2, $3, $4, $5, false, true)
       ON CONFLICT (organization_id, key) DO UPDATE SET label = EXCLUDED.label, description = EXCLUDED.description,
         definition = EXCLUDED.definition, active = true, updated_at = now()
       WHERE catalog_metrics.is_custom = false AND catalog_metrics.definition IS DISTINCT FROM EXCLUDED.definition`,
      [organizationId, m.key, m.label, m.description, JSON.stringify(definition)],
    );
  }
  await tx.query(
    "DELETE FROM catalog_metrics WHERE organization_id = $1 AND is_custom = false AND NOT (key = ANY($2))",
    [organizationId, standard.map((m) => m.key)],
  );
  const dims = [...catalog.dimensions.values()];
  for (const d of dims) {
    await tx.query(
      `INSERT INTO catalog_dimensions (organization_id, key, label, description, definition) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organization_id, key) DO UPDATE SET label = EXCLUDED.label, description = EXCLUDED.description,
         definition = EXCLUDED.definition`,
      [organizationId, d.key, d.label, d.description, JSON.stringify(d)],
    );
  }
  await tx.query("DELETE FROM catalog_dimensions WHERE organization_id = $1 AND NOT (key = ANY($2))", [
    organizationId,
    dims.map((d) => d.key),
  ]);
  return { metrics: standard.length, dimensions: dims.length };
}

/**
 * Upsert the organization's catalog (standard metrics, dimensions, search documents for metrics
 * including active custom ones, dimensions and dimension values) and their embeddings.
 */
export async function syncCatalog(
  db: Database,
  organizationId: number,
  catalog: Catalog,
  embedder: Embedder,
): Promise<SyncReport> {
  const vector = await db.hasVector();
  const values = await loadDimensionValues(db, organizationId);
  const docs: SearchDoc[] = [...catalogDocuments(catalog), ...valueDocuments(values)];
  const existing = await db.query<{
    kind: string;
    dimension: string;
    key: string;
    label: string;
    content: string;
    embedding_model: string;
  }>(
    "SELECT kind, dimension, key, label, content, embedding_model FROM catalog_embeddings WHERE organization_id = $1",
    [organizationId],
  );
  const known = new Map(
    existing.map((r) => [
      docId({ kind: r.kind as SearchDoc["kind"], dimension: r.dimension, key: r.key }),
      r,
    ]),
  );
  const stale = docs.filter((d) => {
    const row = known.get(docId(d));
    return (
      !row ||
      row.content !== storedContent(d) ||
      row.label !== d.label ||
      row.embedding_model !== embedder.model
    );
  });
  // Embed outside the transaction: a remote embedder may be slow.
  const vectors = stale.length ? await embedder.embed(stale.map(embeddingText)) : [];
  const wanted = new Set(docs.map(docId));
  const gone = existing.filter(
    (r) => !wanted.has(docId({ kind: r.kind as SearchDoc["kind"], dimension: r.dimension, key: r.key })),
  );

  return db.transaction(async (tx) => {
    const counts = await syncDefinitions(tx, organizationId, catalog);
    for (const [i, d] of stale.entries()) {
      const v = vectors[i]!;
      const params: unknown[] = [
        organizationId,
        d.kind,
        d.dimension,
        d.key,
        d.label,
        storedContent(d),
        embedder.model,
        v,
      ];
      const vecCol = vector ? ", embedding" : "";
      const vecVal = vector ? ", $9::vector" : "";
      if (vector) params.push(toVectorParam(v));
      await tx.query(
        `INSERT INTO catalog_embeddings (organization_id, kind, dimension, key, label, content, embedding_model, embedding_array${vecCol})
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8${vecVal})
         ON CONFLICT (organization_id, kind, dimension, key) DO UPDATE SET label = EXCLUDED.label, content = EXCLUDED.content,
           embedding_model = EXCLUDED.embedding_model, embedding_array = EXCLUDED.embedding_array${vector ? ", embedding = EXCLUDED.embedding" : ""}`,
        params,
      );
    }
    for (const r of gone) {
      await tx.query(
        "DELETE FROM catalog_embeddings WHERE organization_id = $1 AND kind = $2 AND dimension = $3 AND key = $4",
        [organizationId, r.kind, r.dimension, r.key],
      );
    }
    return { ...counts, documents: docs.length, embedded: stale.length, removed: gone.length, vector };
  });
}

/** Sync one organization's full catalog (standard plus its active custom metrics). */
export async function syncOrganizationCatalog(
  db: Database,
  organizationId: number,
  embedder: Embedder,
): Promise<SyncReport> {
  const { loadOrgCatalog } = await import("./repository.ts");
  return syncCatalog(db, organizationId, await loadOrgCatalog(db, organizationId), embedder);
}
