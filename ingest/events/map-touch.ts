/**
 * The tracking endpoint's single call into channel mapping: the shared classifier
 * (`classifyTouch`: GA4's default channel grouping plus the organization's own rules), so a
 * tracked touch lands in the channel an imported or platform-exported one with the same tags does.
 *
 * Click ids, and `fbclid` in particular. GA4's documented default channel grouping
 * (support.google.com/analytics/answer/9756891) has no click-id condition: Paid Social is "source
 * matches a social site AND medium matches the paid regex", Organic Social is "source matches a
 * social site OR medium is social". A `gclid` becomes google / cpc only because Google Ads
 * auto-tagging fills in that source and medium for a linked account; nothing does so for `fbclid`.
 * Meta appends `fbclid` to every outbound link, organic posts, comments and Messenger links
 * included, so on its own it proves a visit from Facebook, not a paid one: GA4 reports such a visit
 * (facebook / referral) as Organic Social, and so do we. Paid Meta traffic is told apart by its UTM
 * medium (Meta's URL parameters, e.g. utm_medium=paid_social or cpc), which wins over the click id.
 * An organization whose Meta ads carry no UTM tags can add its own rule (source "facebook", medium
 * "referral" -> paid_social): a plain facebook.com referral without the click id has source
 * "facebook.com", so such a rule moves only the click-id visits. `ttclid` is different: TikTok adds
 * it to ad clicks only, so tiktok / cpc (Paid Social) is honest.
 */
import type { ChannelRule } from "../channels/channel-rules.ts";
import { classifyTouch } from "../channels/classify.ts";
import type { CampaignRef, MappedTouch, TouchOrigin } from "./channel.ts";

/** Host of a URL (for "a referrer from our own site is not a source"), or undefined. */
function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Channel, platform, campaign, source and medium of one tracked touch. A `utm_campaign` naming one
 * of the organization's campaigns takes that campaign's channel and platform, as its ad spend does,
 * so spend and touches meet in one channel.
 * @example mapTrackedTouch({ gclid: "x" }, new Map(), []) // { channel: "paid_search", platform: "google_ads", campaignId: null, source: "google", medium: "cpc" }
 */
export function mapTrackedTouch(
  origin: TouchOrigin,
  campaigns: ReadonlyMap<string, CampaignRef>,
  rules: readonly ChannelRule[],
): MappedTouch {
  const own = hostOf(origin.url);
  const c = classifyTouch(
    {
      utmSource: origin.utmSource,
      utmMedium: origin.utmMedium,
      utmCampaign: origin.utmCampaign,
      gclid: origin.gclid,
      fbclid: origin.fbclid,
      ttclid: origin.ttclid,
      referrer: origin.referrer,
    },
    { rules, ownHosts: own ? [own] : [] },
  );
  const campaign = c.campaign ? campaigns.get(c.campaign.toLowerCase()) : undefined;
  if (campaign) {
    return {
      channel: campaign.channel,
      platform: campaign.platform,
      campaignId: campaign.id,
      source: c.source,
      medium: c.medium,
    };
  }
  return { channel: c.channel, platform: c.platform, campaignId: null, source: c.source, medium: c.medium };
}
