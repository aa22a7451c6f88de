/**
 * Platform campaign ids to the organization's integer campaign ids. Google Ads, Meta and TikTok ids
 * are 11 to 19 digits (Meta's and TikTok's exceed both int4 and 2^53), so they cannot be the id
 * itself, and a hash could collide. Instead each new (platform, platform id) pair is given the next
 * free integer once and keeps it forever (table `campaign_external_ids`): the same campaign in two
 * exports, or in next month's export, is the same campaign. A platform id seen for the first time
 * whose (platform, name) matches an existing campaign with no platform id yet adopts that campaign,
 * so an organization that loaded the export format first keeps its ids.
 */

/** A campaign the organization already has. */
export interface KnownCampaign {
  id: number;
  platform: string;
  name: string;
  startDate: string;
}

/** Resolves platform campaign ids; implementations persist what they allocate. */
export interface CampaignIdResolver {
  /** The campaign id for this platform campaign, allocating one when new. */
  resolve(c: {
    platform: string;
    externalId: string;
    name: string;
  }): Promise<{ id: number; known?: KnownCampaign }>;
}

/**
 * An in-memory resolver over known campaigns and known mappings (tests, dry runs): new ids start
 * after the largest id it knows.
 */
export function createMemoryCampaignIds(
  campaigns: readonly KnownCampaign[] = [],
  mappings: readonly { platform: string; externalId: string; campaignId: number }[] = [],
): CampaignIdResolver {
  const byExternal = new Map(mappings.map((m) => [`${m.platform}\u0000${m.externalId}`, m.campaignId]));
  const mapped = new Set(mappings.map((m) => m.campaignId));
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  let next = Math.max(0, ...campaigns.map((c) => c.id), ...mappings.map((m) => m.campaignId)) + 1;
  return {
    async resolve({ platform, externalId, name }) {
      const key = `${platform}\u0000${externalId}`;
      let id = byExternal.get(key);
      if (id === undefined) {
        const adopt = campaigns.find(
          (c) => c.platform === platform && c.name.toLowerCase() === name.toLowerCase() && !mapped.has(c.id),
        );
        id = adopt ? adopt.id : next++;
        byExternal.set(key, id);
        mapped.add(id);
      }
      return { id, known: byId.get(id) };
    },
  };
}
