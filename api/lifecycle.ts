import { materializeAttribution } from "../db/attribution/materialize.ts";
import { syncOrganizationCatalog } from "../db/catalog/sync.ts";
import type { Database, Queryable } from "../db/database.ts";
import type { OrganizationRow } from "../db/repositories/organizations.ts";
import type { Logger } from "../lib/logger.ts";
import type { Embedder } from "../semantic/search/embedder.ts";

/**
 * Runs inside the seeding/ingestion transaction after an organization's facts are loaded:
 * attribution results for every model are refreshed in the same transaction, so readers never
 * see facts without their attribution.
 */
export async function onDataLoaded(
  tx: Queryable,
  org: { id: number; slug: string; lookbackDays: number },
): Promise<void> {
  await materializeAttribution(tx, { organizationId: org.id, lookbackDays: org.lookbackDays });
  // Fresh statistics, so the planner sizes joins and aggregates right (embedded PGlite has no
  // autovacuum to do it later; on PostgreSQL it makes the first queries after a load fast too).
  await tx.exec(
    "ANALYZE ad_spend_daily, touchpoints, conversions, attribution_results, campaigns, web_sessions_daily, email_daily",
  );
}

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
