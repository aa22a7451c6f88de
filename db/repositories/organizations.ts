import type { Queryable } from "../database.ts";

export interface OrganizationRow {
  id: number;
  slug: string;
  name: string;
  timeZone: string;
  currency: string;
  industry: string;
  defaultAttributionModel: string;
  attributionLookbackDays: number;
}

const SELECT = `SELECT id, slug, name, time_zone AS "timeZone", currency, industry,
  default_attribution_model AS "defaultAttributionModel", attribution_lookback_days AS "attributionLookbackDays"
  FROM organizations`;

/** Every organization (operators only: health, seeding, key management). */
export function listOrganizations(db: Queryable): Promise<OrganizationRow[]> {
  return db.query<OrganizationRow & Record<string, unknown>>(`${SELECT} ORDER BY id`);
}

/** One organization by slug, or undefined. */
export async function findOrganizationBySlug(
  db: Queryable,
  slug: string,
): Promise<OrganizationRow | undefined> {
  const rows = await db.query<OrganizationRow & Record<string, unknown>>(`${SELECT} WHERE slug = $1`, [slug]);
  return rows[0];
}

export interface Freshness {
  slug: string;
  /** Last calendar date with ad spend loaded (organization's time zone), null when empty. */
  spendThrough: string | null;
  /** Last conversion instant loaded (UTC), null when empty. */
  conversionsThrough: string | null;
  seededAt: string | null;
}

/**
 * Data freshness of one organization, for an authenticated `/health` (a list with that one entry,
 * empty when the organization does not exist). Never for all organizations: slugs are not public.
 * Each statement is pinned to the organization, so on a sharded cluster (docs/scaling.md) it runs
 * on one shard.
 */
export async function dataFreshness(db: Queryable, organizationId: number): Promise<Freshness[]> {
  const orgs = await db.query<{ id: number; slug: string }>(
    "SELECT id, slug FROM organizations WHERE id = $1",
    [organizationId],
  );
  const out: Freshness[] = [];
  for (const o of orgs) {
    const [row] = await db.query<Omit<Freshness, "slug"> & Record<string, unknown>>(
      `SELECT (SELECT max(date)::text FROM ad_spend_daily WHERE organization_id = $1) AS "spendThrough",
         (SELECT max(ts) FROM conversions WHERE organization_id = $1) AS "conversionsThrough",
         (SELECT max(finished_at) FROM data_loads WHERE organization_id = $1) AS "seededAt"`,
      [o.id],
    );
    out.push({
      slug: o.slug,
      spendThrough: row?.spendThrough ?? null,
      conversionsThrough: row?.conversionsThrough ?? null,
      seededAt: row?.seededAt ?? null,
    });
  }
  return out;
}
