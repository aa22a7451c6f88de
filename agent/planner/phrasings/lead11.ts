/**
 * Phrasings for session 11's lead work: the site a visit came from (the `source` dimension:
 * referral sites, "instagram" as a source inside Meta Ads) and state rankings without the
 * catch-all of unnamed states. Written by hand as my own wordings; the blind sets (evals/blind/)
 * are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const REFERRAL = { field: "channel", op: "in", values: ["referral"] };

export const LEAD11: PhrasingRow[] = [
  [
    "which referring domains brought in the most revenue in september",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["source"],
      filters: [REFERRAL],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    },
  ],
  [
    "orders from our referrers this quarter",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["source"], filters: [REFERRAL] },
  ],
  [
    "which traffic sources bring the most revenue",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["source"], orderBy: [{ field: "revenue", direction: "desc" }] },
  ],
  ["revenue by traffic source last month", "query_metrics", { metrics: ["revenue"], dimensions: ["source"] }],
  [
    "did instagram or facebook drive more orders in q3",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["source"],
      filters: [{ field: "source", op: "in", values: ["instagram", "facebook"] }],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "revenue we got from instagram in august",
    "query_metrics",
    {
      metrics: ["revenue"],
      filters: [{ field: "source", op: "in", values: ["instagram"] }],
      timeRange: { from: "2026-08-01", to: "2026-08-31" },
    },
  ],
  [
    "cpc on instagram last week",
    "query_metrics",
    { metrics: ["cpc"], filters: [{ field: "platform", op: "in", values: ["meta_ads"] }] },
  ],
  [
    "best 5 states for revenue this year",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["region"],
      filters: [{ field: "region", op: "not_in", values: ["other"] }],
      limit: 5,
    },
  ],
];
