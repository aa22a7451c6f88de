import type { Queryable } from "../db/database.ts";
import type { Database } from "../db/database.ts";
import type { OrganizationRow } from "../db/repositories/organizations.ts";
import type { Logger } from "../lib/logger.ts";

/**
 * Runs inside the seeding/ingestion transaction after an organization's facts are loaded:
 * derived tables (attribution results) are refreshed in the same transaction, so readers never
 * see facts without their attribution.
 */
export async function onDataLoaded(
  _tx: Queryable,
  _org: { id: number; slug: string; lookbackDays: number },
): Promise<void> {}

/** At every start: make sure each organization's catalog is synced (cheap when unchanged). */
export async function prepareOrganizations(
  _db: Database,
  _logger: Logger,
  _orgs: readonly OrganizationRow[],
): Promise<void> {}
