/**
 * Phrasings for session 13's fix8f kinds: exclusions in every wording ("leave out", "not
 * counting", "ignoring", "minus the X campaign") exclude the value instead of filtering to it.
 * Written by hand as my own wordings; the blind sets (evals/blind/) are held out and not copied.
 * Campaign 1004 is "Search - Brand - Exact" in the test context (testing.ts).
 */
import type { PhrasingRow } from "./index.ts";

const YTD = { from: "2026-01-01", to: "2026-11-01" };
const notBrand = [
  { field: "campaign", op: "not_in", values: [1004] },
  { field: "campaign", op: "neq", value: null },
];

export const FIX8F: PhrasingRow[] = [
  // negation.ts: an exclusion word before a value or a campaign's name words leaves it out.
  [
    "biggest campaigns by revenue so far this year, leaving out brand search",
    "query_metrics",
    { dimensions: ["campaign"], filters: notBrand, timeRange: YTD },
  ],
  [
    "campaign revenue ytd not counting the brand search campaign",
    "query_metrics",
    { dimensions: ["campaign"], filters: notBrand, timeRange: YTD },
  ],
  [
    "rank campaigns on revenue ignoring brand search",
    "query_metrics",
    { dimensions: ["campaign"], filters: notBrand },
  ],
  [
    "spend by channel leaving out the affiliates",
    "query_metrics",
    { filters: [{ field: "channel", op: "not_in", values: ["affiliate"] }] },
  ],
  [
    "orders per platform except for tiktok",
    "query_metrics",
    { filters: [{ field: "platform", op: "not_in", values: ["tiktok_ads"] }] },
  ],
  // journey-intent.ts: top paths of the journeys that began on the platform or channel named.
  [
    "most common routes to an order for shoppers who first came in via tiktok",
    "journeys",
    { analysis: "top_paths", firstTouch: ["tiktok_ads"] },
  ],
  [
    "typical conversion paths of customers we acquired through meta",
    "journeys",
    { analysis: "top_paths", firstTouch: ["meta_ads"] },
  ],
  [
    "what do purchase paths look like for people whose first touch was paid social",
    "journeys",
    { analysis: "top_paths", firstTouch: ["paid_social"] },
  ],
  // A channel anywhere on the path is not where it began: no first-touch scope.
  ["top converting paths that include email", "journeys", { analysis: "top_paths" }],
];
