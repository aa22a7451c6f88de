import { syncOrganizationCatalog } from "../db/catalog/sync.ts";
import type { Database } from "../db/database.ts";
import type { OrganizationRow } from "../db/repositories/organizations.ts";
import { refreshDerivedData } from "../db/seed/derived-data.ts";
import type { Logger } from "../lib/logger.ts";
import type { Embedder } from "../semantic/search/embedder.ts";

/** Runs inside the seeding/ingestion transaction after an organization's facts are loaded. */
export const onDataLoaded = refreshDerivedData;

/**
 * At every start: sync each organization's catalog (metrics, dimensions, dimension values and
 * their embeddings). Cheap when nothing changed; recomputes vectors when the embedding model did.
 */
export async function prepareOrganizations(
  db: Database,
  logger: Logger,
  orgs: readonly OrganizationRow[],
  embedder: Embedder,
): Promise<void> {
  for (const org of orgs) {
    const report = await syncOrganizationCatalog(db, org.id, embedder);
    logger.info({ org: org.slug, embedder: embedder.model, ...report }, "catalog synced");
  }
}
