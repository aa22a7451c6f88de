/**
 * The platform, campaign, utm source and medium a touch carries, per channel and campaign,
 * pre-rendered as CSV fragments because they are written millions of times.
 */
import { cumulative } from "./random.ts";
import type { ChannelKey, OrgSpec } from "./spec-types.ts";
import type { PlannedCampaign } from "./spend.ts";

/** The CSV fragments `channel,platform,campaign_id,source,medium` of one label, one per source. */
export interface TouchLabel {
  /**
   * Built once, so every touch shares one string per label and source (and the binary loader's
   * lookup hashes each only once).
   */
  full: string[];
  /** Cumulative weights of the sources, in `full` order. */
  sourceCumulative: Float64Array;
}

const ORGANIC_SOURCES = [
  { source: "google", share: 0.86 },
  { source: "bing", share: 0.09 },
  { source: "duckduckgo", share: 0.05 },
];

function label(
  prefix: string,
  sources: readonly { source: string; share: number }[],
  medium: string,
): TouchLabel {
  return {
    full: sources.map((s) => `${prefix}${s.source},${medium}`),
    sourceCumulative: cumulative(sources.map((s) => s.share)),
  };
}

/** Labels of paid touches, one per campaign (same order as the plan's campaigns). */
export function campaignLabels(spec: OrgSpec, campaigns: readonly PlannedCampaign[]): TouchLabel[] {
  return campaigns.map((c) => {
    const platform = spec.platforms[c.platform]!;
    const sources = c.source ? [{ source: c.source, share: 1 }] : platform.sources;
    // Google display clicks carry their own medium so they are not mistaken for search.
    const medium = c.channel === "display" ? "display" : platform.medium;
    return label(`${c.channel},${c.platform},${c.id},`, sources, medium);
  });
}

/** Labels of touches that have no campaign: email, organic, referral, direct. */
export function unpaidLabels(spec: OrgSpec): Partial<Record<ChannelKey, TouchLabel>> {
  const share = 1 / spec.referrers.length;
  return {
    email: label("email,klaviyo,,", [{ source: "klaviyo", share: 1 }], "email"),
    organic_search: label("organic_search,,,", ORGANIC_SOURCES, "organic"),
    referral: label(
      "referral,,,",
      spec.referrers.map((source) => ({ source, share })),
      "referral",
    ),
    direct: label("direct,,,", [{ source: "(direct)", share: 1 }], "(none)"),
  };
}
