/**
 * GA4's default channel grouping for manual (UTM-tagged) traffic, as documented in Google's
 * "[GA4] Default channel group" article (support.google.com/analytics/answer/9756891), mapped onto
 * our channel keys (channel-keys.ts). GA4 evaluates the channels in this order and the first match
 * wins; we keep that order exactly:
 *
 *  1. Direct            source is "(direct)" AND medium is "(not set)" or "(none)"
 *  2. Cross-network     campaign contains "cross-network"
 *  3. Paid Shopping     (shopping site OR campaign ~ shop/shopping) AND paid medium
 *  4. Paid Search       search site AND paid medium
 *  5. Paid Social       social site AND paid medium
 *  6. Paid Video        video site AND paid medium
 *  7. Display           medium is display, banner, expandable, interstitial or cpm
 *  8. Paid Other        paid medium
 *  9. Organic Shopping  shopping site OR campaign ~ shop/shopping
 * 10. Organic Social    social site OR medium is social, social-network, social-media, sm,
 *                       "social network" or "social media"
 * 11. Organic Video     video site OR medium contains "video"
 * 12. Organic Search    search site OR medium is "organic"
 * 13. Email             source or medium is email, e-mail, e_mail or "e mail"
 * 14. Affiliates        medium is "affiliate"
 * 15. Referral          medium is referral, app or link
 * 16. Audio             medium is "audio"
 * 17. SMS               source or medium is "sms"
 * 18. Mobile Push       medium ends with "push", or contains "mobile" or "notification", or
 *                       source is "firebase"
 *     Unassigned        nothing matched
 *
 * "Paid medium" is GA4's regex ^(.*cp.*|ppc|retargeting|paid.*)$. Matching is case-insensitive
 * (the article: "channel definitions aren't case sensitive").
 *
 * One consequence worth knowing: "reddit.com / referral" is Organic Social and "youtube.com /
 * referral" Organic Video in GA4 (those rules come before Referral), while the demo data labels
 * such visits "referral". Adapters that read GA4's own export keep GA4's answer.
 */
import type { ChannelKey } from "./channel-keys.ts";
import { isSearchSite, isShoppingSite, isSocialSite, isVideoSite } from "./source-categories.ts";

/** A visit's traffic source, as GA4 sees it (already lower-cased or not: we lower-case). */
export interface TrafficSource {
  source: string;
  medium: string;
  campaign?: string | null;
}

const PAID_MEDIUM = /^(.*cp.*|ppc|retargeting|paid.*)$/;
const SHOP_CAMPAIGN = /^(.*(([^a-df-z]|^)shop|shopping).*)$/;
const DISPLAY_MEDIUMS = new Set(["display", "banner", "expandable", "interstitial", "cpm"]);
const SOCIAL_MEDIUMS = new Set([
  "social",
  "social-network",
  "social-media",
  "sm",
  "social network",
  "social media",
]);
const EMAIL_VALUES = new Set(["email", "e-mail", "e_mail", "e mail"]);
const REFERRAL_MEDIUMS = new Set(["referral", "app", "link"]);

/** One GA4 rule: the channel it assigns and its condition. */
interface Ga4Rule {
  channel: ChannelKey;
  test(s: { source: string; medium: string; campaign: string }): boolean;
}

/** GA4's rules in GA4's evaluation order (see the header). */
export const GA4_RULES: readonly Ga4Rule[] = [
  {
    channel: "direct",
    test: (s) => s.source === "(direct)" && (s.medium === "(not set)" || s.medium === "(none)"),
  },
  { channel: "cross_network", test: (s) => s.campaign.includes("cross-network") },
  {
    channel: "paid_shopping",
    test: (s) => (isShoppingSite(s.source) || SHOP_CAMPAIGN.test(s.campaign)) && PAID_MEDIUM.test(s.medium),
  },
  { channel: "paid_search", test: (s) => isSearchSite(s.source) && PAID_MEDIUM.test(s.medium) },
  { channel: "paid_social", test: (s) => isSocialSite(s.source) && PAID_MEDIUM.test(s.medium) },
  { channel: "paid_video", test: (s) => isVideoSite(s.source) && PAID_MEDIUM.test(s.medium) },
  { channel: "display", test: (s) => DISPLAY_MEDIUMS.has(s.medium) },
  { channel: "paid_other", test: (s) => PAID_MEDIUM.test(s.medium) },
  { channel: "organic_shopping", test: (s) => isShoppingSite(s.source) || SHOP_CAMPAIGN.test(s.campaign) },
  { channel: "organic_social", test: (s) => isSocialSite(s.source) || SOCIAL_MEDIUMS.has(s.medium) },
  { channel: "organic_video", test: (s) => isVideoSite(s.source) || s.medium.includes("video") },
  { channel: "organic_search", test: (s) => isSearchSite(s.source) || s.medium === "organic" },
  { channel: "email", test: (s) => EMAIL_VALUES.has(s.source) || EMAIL_VALUES.has(s.medium) },
  { channel: "affiliate", test: (s) => s.medium === "affiliate" },
  { channel: "referral", test: (s) => REFERRAL_MEDIUMS.has(s.medium) },
  { channel: "audio", test: (s) => s.medium === "audio" },
  { channel: "sms", test: (s) => s.source === "sms" || s.medium === "sms" },
  {
    channel: "mobile_push",
    test: (s) =>
      s.medium.endsWith("push") ||
      s.medium.includes("mobile") ||
      s.medium.includes("notification") ||
      s.source === "firebase",
  },
];

/**
 * The GA4 default channel of a source/medium/campaign, as one of our channel keys.
 *
 * @example ga4DefaultChannel({ source: "google", medium: "cpc" }) // "paid_search"
 */
export function ga4DefaultChannel(t: TrafficSource): ChannelKey {
  const s = {
    source: t.source.trim().toLowerCase(),
    medium: t.medium.trim().toLowerCase(),
    campaign: (t.campaign ?? "").trim().toLowerCase(),
  };
  for (const rule of GA4_RULES) if (rule.test(s)) return rule.channel;
  return "unassigned";
}
