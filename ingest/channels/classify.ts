/**
 * Classify one visit or touch: from utm_source / utm_medium / utm_campaign, click ids (gclid,
 * msclkid, ttclid, fbclid) and the referrer to a (channel, platform) pair. Pure: the tracking
 * endpoint, the bulk import and the platform adapters all call it with the organization's rules.
 *
 * How the traffic source is resolved, before any rule runs (GA4's own order of evidence):
 * 1. UTM parameters, when utm_source or utm_medium is present (a missing one is "(not set)").
 * 2. Otherwise a click id: gclid is google / cpc (Google Ads auto-tagging), msclkid is bing / cpc
 *    (Microsoft Advertising auto-tagging), ttclid is tiktok / cpc (TikTok adds it to ad clicks only).
 *    fbclid is facebook / referral: Meta appends it to every outbound link, organic posts included,
 *    so on its own it proves a Facebook visit, not a paid one (GA4 also reports such visits as
 *    Organic Social); paid Meta traffic is told apart by its UTM medium.
 * 3. Otherwise the referrer host: a search engine is <host> / organic, one of the organization's
 *    own hosts is direct (a self-referral), anything else <host> / referral.
 * 4. Otherwise (direct) / (none).
 * Then the organization's rules (channel-rules.ts) run in order, and GA4's default grouping
 * (ga4-default-grouping.ts) decides when none matches.
 */
import { channelDefinition } from "./channel-keys.ts";
import { type ChannelRule, firstMatchingRule } from "./channel-rules.ts";
import { ga4DefaultChannel } from "./ga4-default-grouping.ts";
import { isSearchSite, sourceHost } from "./source-categories.ts";

/** What a touch or visit tells about where it came from; every field optional. */
export interface TouchSignals {
  utmSource?: string | null;
  utmMedium?: string | null;
  utmCampaign?: string | null;
  gclid?: string | null;
  msclkid?: string | null;
  ttclid?: string | null;
  fbclid?: string | null;
  /** The referring URL or host. */
  referrer?: string | null;
}

/** The classification of one touch. */
export interface Classification {
  channel: string;
  /** Ad platform or sending tool key (google_ads, meta_ads, klaviyo, ...); null when none applies. */
  platform: string | null;
  source: string;
  medium: string;
  campaign: string | null;
  /** Which rule decided: "rule:<index>" for an organization rule, "ga4" for the default grouping. */
  decidedBy: string;
}

export interface ClassifyOptions {
  /** The organization's rules, in order. */
  rules?: readonly ChannelRule[];
  /** The organization's own hosts: a referrer from one of them is not a referral. */
  ownHosts?: readonly string[];
}

const present = (v: string | null | undefined): v is string => typeof v === "string" && v.trim() !== "";

/** The (source, medium) a touch carries, by the order in the header. */
export function resolveSourceMedium(
  t: TouchSignals,
  ownHosts: readonly string[] = [],
): { source: string; medium: string } {
  if (present(t.utmSource) || present(t.utmMedium)) {
    return {
      source: present(t.utmSource) ? t.utmSource.trim().toLowerCase() : "(not set)",
      medium: present(t.utmMedium) ? t.utmMedium.trim().toLowerCase() : "(not set)",
    };
  }
  if (present(t.gclid)) return { source: "google", medium: "cpc" };
  if (present(t.msclkid)) return { source: "bing", medium: "cpc" };
  if (present(t.ttclid)) return { source: "tiktok", medium: "cpc" };
  if (present(t.fbclid)) return { source: "facebook", medium: "referral" };
  if (present(t.referrer)) {
    const host = sourceHost(t.referrer);
    const own = ownHosts.map(sourceHost);
    if (host !== "" && !own.some((h) => host === h || host.endsWith(`.${h}`))) {
      return { source: host, medium: isSearchSite(host) ? "organic" : "referral" };
    }
  }
  return { source: "(direct)", medium: "(none)" };
}

/** Ad platforms by the source brand their clicks carry. */
const AD_PLATFORM_BY_SOURCE: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^|\.)(google|youtube|youtu)(\.|$)/, "google_ads"],
  [/(^|\.)(bing|msn|microsoft)(\.|$)/, "microsoft_ads"],
  [/(^|\.)(facebook|fb|instagram|ig|meta|messenger)(\.|$)/, "meta_ads"],
  [/(^|\.)tiktok(\.|$)/, "tiktok_ads"],
  [/(^|\.)(linkedin|lnkd)(\.|$)/, "linkedin_ads"],
  [/(^|\.)pinterest(\.|$)/, "pinterest_ads"],
  [/(^|\.)snapchat(\.|$)/, "snapchat_ads"],
  [/(^|\.)reddit(\.|$)/, "reddit_ads"],
  [/(^|\.)(twitter|x)(\.|$)/, "x_ads"],
];

/** E-mail and SMS tools that appear as utm_source. */
const SENDING_TOOLS = new Set([
  "klaviyo",
  "mailchimp",
  "hubspot",
  "braze",
  "iterable",
  "sendgrid",
  "customerio",
  "omnisend",
  "attentive",
  "postscript",
]);

/**
 * The platform of a classified touch: the ad platform for a paid channel (by source brand), the
 * sending tool for e-mail and SMS, else null. Affiliate networks cannot be told from the partner's
 * utm_source, so affiliate touches get a platform only from an organization rule.
 */
export function platformFor(channel: string, source: string): string | null {
  const host = sourceHost(source);
  if (channel === "email" || channel === "sms" || channel === "mobile_push") {
    return SENDING_TOOLS.has(host) ? host : null;
  }
  if (channel === "affiliate" || !channelDefinition(channel)?.isPaid) return null;
  for (const [re, platform] of AD_PLATFORM_BY_SOURCE) if (re.test(host)) return platform;
  return null;
}

/**
 * Classify one touch.
 *
 * @example classifyTouch({ utmSource: "google", utmMedium: "cpc" }).channel // "paid_search"
 */
export function classifyTouch(t: TouchSignals, opts: ClassifyOptions = {}): Classification {
  const { source, medium } = resolveSourceMedium(t, opts.ownHosts);
  const campaign = present(t.utmCampaign) ? t.utmCampaign.trim() : null;
  const s = { source, medium, campaign: campaign ?? "" };
  const rules = opts.rules ?? [];
  const i = firstMatchingRule(rules, s);
  if (i >= 0) {
    const rule = rules[i]!;
    const platform = rule.platform !== undefined ? rule.platform : platformFor(rule.channel, source);
    return { channel: rule.channel, platform, source, medium, campaign, decidedBy: `rule:${i}` };
  }
  const channel = ga4DefaultChannel(s);
  return { channel, platform: platformFor(channel, source), source, medium, campaign, decidedBy: "ga4" };
}
