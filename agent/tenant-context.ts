import { loadOrgCatalog } from "../db/catalog/repository.ts";
import type { Queryable } from "../db/database.ts";
import type { Catalog } from "../semantic/catalog/types.ts";
import type { DimensionValue } from "./planner/types.ts";
import { plannerDimensionValues, plannerTrackingLossDays } from "./planner-context.ts";

export interface TenantContext {
  catalog: Catalog;
  dimensionValues: DimensionValue[];
  /** Last day with ad spend data (org-local date), so "the last 30 days of the data" ends there. */
  dataEnd: string | undefined;
  /** First day with ad spend or site sessions (org-local date): where "all time" starts. */
  dataStart: string | undefined;
  /** Days tracking was lost (sessions and orders down while spend held): "the outage" reads as them. */
  trackingLossDays: string[];
}

/**
 * Per-organization catalog and dimension values, reloaded only when they may have changed: one
 * cheap query reads a version stamp (last catalog change and last data load) on every request.
 */
export function createTenantContextCache(db: Queryable) {
  const cache = new Map<number, { version: string; value: TenantContext }>();
  return async function tenantContext(organizationId: number): Promise<TenantContext> {
    const [row] = await db.query<{ version: string }>(
      `SELECT concat_ws('|',
         (SELECT max(updated_at)::text FROM catalog_metrics WHERE organization_id = $1),
         (SELECT count(*)::text FROM catalog_metrics WHERE organization_id = $1 AND active),
         (SELECT max(finished_at)::text FROM data_loads WHERE organization_id = $1)) AS version`,
      [organizationId],
    );
    const version = row?.version ?? "";
    const hit = cache.get(organizationId);
    if (hit && hit.version === version) return hit.value;
    const [catalog, dimensionValues, [range], trackingLossDays] = await Promise.all([
      loadOrgCatalog(db, organizationId),
      plannerDimensionValues(db, organizationId),
      db.query<{ first: string | null; last: string | null }>(
        `SELECT least((SELECT min(date) FROM ad_spend_daily WHERE organization_id = $1),
                      (SELECT min(date) FROM web_sessions_daily WHERE organization_id = $1))::text AS first,
                (SELECT max(date) FROM ad_spend_daily WHERE organization_id = $1)::text AS last`,
        [organizationId],
      ),
      plannerTrackingLossDays(db, organizationId),
    ]);
    const value = {
      catalog,
      dimensionValues,
      dataEnd: range?.last ?? undefined,
      dataStart: range?.first ?? undefined,
      trackingLossDays,
    };
    cache.set(organizationId, { version, value });
    return value;
  };
}
