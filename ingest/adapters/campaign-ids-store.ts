/**
 * The database side of campaign-ids.ts: table `campaign_external_ids`. A new platform id first
 * tries to adopt a campaign of the same platform and name that has no platform id yet; otherwise it
 * gets one more than the largest id among the organization's campaigns and allocations. The insert
 * is guarded by the table's keys, so two imports racing for one id retry instead of sharing it.
 */
import type { Queryable } from "../../db/database.ts";
import type { CampaignIdResolver, KnownCampaign } from "./campaign-ids.ts";

/** A resolver that reads and writes the organization's campaign id allocations. */
export function createDatabaseCampaignIds(db: Queryable, organizationId: number): CampaignIdResolver {
  const cache = new Map<string, { id: number; known?: KnownCampaign }>();
  const known = async (id: number): Promise<KnownCampaign | undefined> => {
    const [c] = await db.query<{ id: number; platform: string; name: string; start_date: string }>(
      "SELECT id, platform, name, start_date FROM campaigns WHERE organization_id = $1 AND id = $2",
      [organizationId, id],
    );
    return c ? { id: c.id, platform: c.platform, name: c.name, startDate: c.start_date } : undefined;
  };
  return {
    async resolve({ platform, externalId, name }) {
      const key = `${platform}\u0000${externalId}`;
      const cached = cache.get(key);
      if (cached) return cached;
      for (let attempt = 0; ; attempt++) {
        const [mapped] = await db.query<{ campaign_id: number }>(
          "SELECT campaign_id FROM campaign_external_ids WHERE organization_id = $1 AND platform = $2 AND external_id = $3",
          [organizationId, platform, externalId],
        );
        if (mapped) {
          const out = { id: Number(mapped.campaign_id), known: await known(Number(mapped.campaign_id)) };
          cache.set(key, out);
          return out;
        }
        const inserted = await db.query<{ campaign_id: number }>(
          `INSERT INTO campaign_external_ids (organization_id, platform, external_id, campaign_id)
           SELECT $1, $2, $3, COALESCE(
             (SELECT c.id FROM campaigns c
               WHERE c.organization_id = $1 AND c.platform = $2 AND lower(c.name) = lower($4)
                 AND NOT EXISTS (SELECT 1 FROM campaign_external_ids m
                                  WHERE m.organization_id = $1 AND m.campaign_id = c.id)
               ORDER BY c.id LIMIT 1),
             GREATEST(
               (SELECT COALESCE(max(id), 0) FROM campaigns WHERE organization_id = $1),
               (SELECT COALESCE(max(campaign_id), 0) FROM campaign_external_ids WHERE organization_id = $1)
             ) + 1)
           ON CONFLICT DO NOTHING
           RETURNING campaign_id`,
          [organizationId, platform, externalId, name],
        );
        if (inserted[0]) {
          const id = Number(inserted[0].campaign_id);
          const out = { id, known: await known(id) };
          cache.set(key, out);
          return out;
        }
        // Another import took this platform id or the same new campaign id: look again.
        if (attempt >= 5) throw new Error(`could not allocate a campaign id for ${platform} ${externalId}`);
      }
    },
  };
}
