/**
 * Where a tracked touch came from: source, medium, channel, platform and campaign, from its UTM
 * parameters, click ids and referrer. Pure.
 *
 * This is the one place the tracking endpoint maps a touch to a channel. The per-organization
 * mapping rules (GA4's default channel grouping plus the organization's own rules) are another
 * module's job; until it lands, this follows GA4's default channel grouping onto our channel keys
 * (paid_search, paid_social, display, email, affiliate, organic_search, referral, direct). GA4's
 * organic social and unassigned traffic with a referrer count as referral, since the organization's
 * channel list has no separate key for them.
 */

/** What a touch carries (all optional, as sent or read from the page URL). */
export interface TouchOrigin {
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
  gclid?: string;
  fbclid?: string;
  ttclid?: string;
  /** The referring page's URL. */
  referrer?: string;
  /** The landing page's URL (a referrer on the same host is internal navigation, not a source). */
  url?: string;
}

/** A known campaign, looked up by its name (case-insensitive) from `utm_campaign`. */
export interface CampaignRef {
  id: number;
  channel: string;
  platform: string;
}

/** The touchpoint columns the analytics read. */
export interface MappedTouch {
  channel: string;
  platform: string | null;
  campaignId: number | null;
  source: string;
  medium: string;
}

const SEARCH_ENGINES =
  /(^|\.)(google|bing|duckduckgo|yahoo|baidu|yandex|ecosia|qwant|startpage|naver|seznam)\./;
const SEARCH_SOURCES = new Set([
  "google",
  "bing",
  "duckduckgo",
  "yahoo",
  "baidu",
  "yandex",
  "ecosia",
  "qwant",
]);
const SOCIAL_SOURCES = new Set([
  "facebook",
  "instagram",
  "tiktok",
  "linkedin",
  "twitter",
  "x",
  "pinterest",
  "snapchat",
  "reddit",
  "youtube",
  "meta",
  "fb",
  "ig",
]);
const PAID_MEDIUM = /^(.*cp.*|ppc|retargeting|paid.*)$/;
const DISPLAY_MEDIUM = /^(display|banner|expandable|interstitial|cpm)$/;
const EMAIL = /^(email|e-mail|e_mail|e mail|newsletter)$/;

/** Host of a URL without `www.`, or undefined when it is not a URL. */
function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return undefined;
  }
}

/** `facebook.com` -> `facebook`, `l.instagram.com` -> `instagram` (for the social source list). */
function siteName(host: string): string {
  const parts = host.split(".");
  return parts.length >= 2 ? parts[parts.length - 2]! : host;
}

/** Source and medium as GA4 derives them when UTM tags are missing. */
function sourceMedium(o: TouchOrigin): { source: string; medium: string } {
  const utmSource = o.utmSource?.trim().toLowerCase();
  const utmMedium = o.utmMedium?.trim().toLowerCase();
  if (utmSource || utmMedium) return { source: utmSource || "(not set)", medium: utmMedium || "(not set)" };
  if (o.gclid) return { source: "google", medium: "cpc" };
  if (o.fbclid) return { source: "facebook", medium: "paid_social" };
  if (o.ttclid) return { source: "tiktok", medium: "paid_social" };
  const ref = hostOf(o.referrer);
  if (ref && ref !== hostOf(o.url)) {
    const engine = SEARCH_ENGINES.exec(`${ref}.`);
    if (engine) return { source: engine[2]!, medium: "organic" };
    return { source: ref, medium: "referral" };
  }
  return { source: "(direct)", medium: "(none)" };
}

function platformOf(o: TouchOrigin, source: string, channel: string): string | null {
  if (o.gclid) return "google_ads";
  if (o.fbclid) return "meta_ads";
  if (o.ttclid) return "tiktok_ads";
  if (channel === "paid_search" && source === "google") return "google_ads";
  if (channel === "paid_social" && ["facebook", "instagram", "meta", "fb", "ig"].includes(source))
    return "meta_ads";
  if (channel === "paid_social" && source === "tiktok") return "tiktok_ads";
  return null;
}

/** GA4's default channel grouping, onto our channel keys. */
function channelOf(source: string, medium: string, o: TouchOrigin): string {
  const social = SOCIAL_SOURCES.has(source) || SOCIAL_SOURCES.has(siteName(source));
  const search = SEARCH_SOURCES.has(source) || SEARCH_ENGINES.test(`${source}.`);
  if (source === "(direct)" && (medium === "(none)" || medium === "(not set)")) return "direct";
  if (EMAIL.test(source) || EMAIL.test(medium) || source === "klaviyo") return "email";
  if (medium === "affiliate" || medium === "affiliates") return "affiliate";
  if (DISPLAY_MEDIUM.test(medium)) return "display";
  if (o.fbclid || o.ttclid) return "paid_social";
  if (social && (PAID_MEDIUM.test(medium) || medium === "paid_social")) return "paid_social";
  if (o.gclid || (search && PAID_MEDIUM.test(medium))) return "paid_search";
  if (PAID_MEDIUM.test(medium)) return social ? "paid_social" : "paid_search";
  if (search || medium === "organic") return "organic_search";
  return "referral";
}

/**
 * Map one touch. A `utm_campaign` naming one of the organization's campaigns takes that campaign's
 * channel and platform, as its ad spend does, so spend and touches meet in one channel.
 * @example mapTouchChannel({ gclid: "x" }, new Map()) // { channel: "paid_search", platform: "google_ads", source: "google", medium: "cpc", campaignId: null }
 */
export function mapTouchChannel(o: TouchOrigin, campaigns: ReadonlyMap<string, CampaignRef>): MappedTouch {
  const { source, medium } = sourceMedium(o);
  const campaign = o.utmCampaign ? campaigns.get(o.utmCampaign.trim().toLowerCase()) : undefined;
  if (campaign) {
    return {
      channel: campaign.channel,
      platform: campaign.platform,
      campaignId: campaign.id,
      source,
      medium,
    };
  }
  const channel = channelOf(source, medium, o);
  return { channel, platform: platformOf(o, source, channel), campaignId: null, source, medium };
}
