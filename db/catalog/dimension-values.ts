/**
 * An organization's dimension values for search, with the words people use for them: channels,
 * platforms ("facebook" -> meta_ads), campaigns (by name tokens, "bf" for Black Friday),
 * objectives and email campaigns.
 */
import type { DimensionValue } from "../../semantic/search/documents.ts";
import type { Queryable } from "../database.ts";

const PLATFORM_ALIASES: Record<string, string[]> = {
  meta_ads: ["facebook", "instagram", "fb", "ig", "meta", "facebook ads", "instagram ads"],
  google_ads: ["google", "adwords", "google ads"],
  tiktok_ads: ["tiktok", "tik tok", "tiktok ads"],
  microsoft_ads: ["bing", "microsoft", "bing ads"],
  linkedin_ads: ["linkedin"],
  pinterest_ads: ["pinterest"],
  snapchat_ads: ["snapchat", "snap"],
};

/** How marketers write platform names; other keys read as their words capitalized ("impact" -> "Impact"). */
const PLATFORM_LABELS: Record<string, string> = {
  meta_ads: "Meta Ads",
  google_ads: "Google Ads",
  tiktok_ads: "TikTok Ads",
  microsoft_ads: "Microsoft Ads",
  linkedin_ads: "LinkedIn Ads",
  pinterest_ads: "Pinterest Ads",
  snapchat_ads: "Snapchat Ads",
};

/**
 * A platform's display label.
 * @example platformLabel("meta_ads") // "Meta Ads"
 */
export function platformLabel(key: string): string {
  return (
    PLATFORM_LABELS[key] ??
    key
      .split("_")
      .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
      .join(" ")
  );
}

const CHANNEL_ALIASES: Record<string, string[]> = {
  paid_search: ["search ads", "sem", "ppc", "paid search"],
  paid_social: ["social ads", "paid social", "social media ads"],
  display: ["display ads", "banners", "programmatic"],
  email: ["email", "newsletter", "crm"],
  affiliate: ["affiliates", "partners"],
  organic_search: ["seo", "organic", "organic search"],
  referral: ["referrals", "referral traffic"],
  direct: ["direct traffic", "type in"],
};

/** Name-derived aliases: the name without digits, its part before " - ", and its initials. */
export function campaignAliases(name: string): string[] {
  const clean = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z ]+/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  const core = clean(name.split(/\s[-|–:]\s|[|]/)[0] ?? name);
  const out = new Set<string>([clean(name), core]);
  const initials = core.split(" ").filter(Boolean);
  if (initials.length >= 2 && initials.length <= 4) out.add(initials.map((w) => w[0]).join(""));
  out.delete("");
  return [...out];
}

/** Every dimension value of one organization. */
export async function loadDimensionValues(db: Queryable, organizationId: number): Promise<DimensionValue[]> {
  const [channels, campaigns, emails] = await Promise.all([
    db.query<{ key: string; label: string }>(
      "SELECT key, label FROM channels WHERE organization_id = $1 ORDER BY key",
      [organizationId],
    ),
    db.query<{ id: number; name: string; platform: string; objective: string }>(
      "SELECT id, name, platform, objective FROM campaigns WHERE organization_id = $1 ORDER BY id",
      [organizationId],
    ),
    db.query<{ email_campaign: string }>(
      "SELECT DISTINCT email_campaign FROM email_daily WHERE organization_id = $1 ORDER BY 1",
      [organizationId],
    ),
  ]);
  const values: DimensionValue[] = channels.map((c) => ({
    dimension: "channel",
    key: c.key,
    label: c.label,
    aliases: [c.key.replaceAll("_", " "), ...(CHANNEL_ALIASES[c.key] ?? [])],
  }));
  for (const p of [...new Set(campaigns.map((c) => c.platform))].sort()) {
    values.push({
      dimension: "platform",
      key: p,
      label: platformLabel(p),
      aliases: [p.replaceAll("_", " "), ...(PLATFORM_ALIASES[p] ?? [])],
    });
  }
  for (const c of campaigns) {
    values.push({
      dimension: "campaign",
      key: String(c.id),
      label: c.name,
      aliases: campaignAliases(c.name),
    });
  }
  for (const o of [...new Set(campaigns.map((c) => c.objective))].sort()) {
    values.push({ dimension: "campaign_objective", key: o, label: o, aliases: [o.replaceAll("_", " ")] });
  }
  for (const e of emails) {
    values.push({
      dimension: "email_campaign",
      key: e.email_campaign,
      label: e.email_campaign,
      aliases: [e.email_campaign.replaceAll("_", " ")],
    });
  }
  return values;
}
