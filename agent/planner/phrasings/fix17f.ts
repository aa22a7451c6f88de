/**
 * Phrasings for session 22's fixes (fix17f): what the ads returned (paid attributed revenue, ROAS
 * and MER, not total revenue), a plain drop around a tracking-loss day (the day scan), influencer
 * asks with an effect verb or a typo (the creator campaigns), metric names with short words
 * misspelt, rows with spend and no orders (a filtered table), and a platform's conversions said
 * higher than ours (that platform's claim against our tracking). Written by hand; the blind sets
 * (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const CREATORS = [
  { field: "campaign", op: "neq", value: null },
  { field: "campaign", op: "in", values: [1006] },
];
const GAP = [
  "platform_conversions",
  "orders",
  "platform_conversions_minus_tracked",
  "platform_conversions_over_tracked",
  "platform_revenue",
  "revenue",
  "platform_revenue_minus_tracked",
  "platform_revenue_over_tracked",
];
const NO_ORDERS = { field: "orders", op: "lte", value: 0 };
const SPENT = { field: "spend", op: "gt", value: 0 };
const OCT = { from: "2026-10-01", to: "2026-10-31" };

export const FIX17F: PhrasingRow[] = [
  // ad-return.ts, newcomer-words.ts: the return of the ads, never the store's total revenue.
  [
    "what did we get back from our advertising in august",
    "query_metrics",
    {
      metrics: ["paid_attributed_revenue", "spend", "roas", "mer"],
      timeRange: { from: "2026-08-01", to: "2026-08-31" },
    },
  ],
  [
    "what did we get out of our ad budget in june",
    "query_metrics",
    {
      metrics: ["spend", "paid_attributed_revenue", "roas", "mer"],
      timeRange: { from: "2026-06-01", to: "2026-06-30" },
    },
  ],
  // sharp-drop.ts: a plain fall over days holding the tracking loss is the day scan.
  [
    "why did orders dip march 12-19",
    "detect_anomalies",
    { metrics: ["orders", "sessions", "spend"], period: { from: "2026-03-12", to: "2026-03-19" } },
  ],
  [
    "what happened to sessions in mid march, they look low",
    "detect_anomalies",
    { metrics: ["sessions", "orders", "spend"], period: { from: "2026-03-11", to: "2026-03-20" } },
  ],
  // outside-cause.ts, unavailable-market.ts: influencer marketing is ours, answered by the creator campaigns.
  [
    "how much did the creator program drive in q2",
    "query_metrics",
    {
      metrics: ["revenue", "spend", "roas"],
      filters: CREATORS,
      timeRange: { from: "2026-04-01", to: "2026-06-30" },
    },
  ],
  [
    "influncer results this year",
    "query_metrics",
    {
      metrics: ["revenue", "spend", "roas"],
      filters: CREATORS,
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
    },
  ],
  // typos.ts: a metric's short words misspelt or shortened.
  ["bounce rat last week", "query_metrics", { metrics: ["bounce_rate"] }],
  ["conv rte by channel in q3", "query_metrics", { metrics: ["conversion_rate"], dimensions: ["channel"] }],
  ["avg ordr value ytd", "query_metrics", { metrics: ["average_order_value"] }],
  [
    "cost per clik on meta last month",
    "query_metrics",
    { metrics: ["cpc"], filters: [{ field: "platform", op: "in", values: ["meta_ads"] }], timeRange: OCT },
  ],
  // metric-floor.ts: money in, nothing out.
  [
    "campaigns that blew budget with zero orders in september",
    "query_metrics",
    {
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }, NO_ORDERS, SPENT],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    },
  ],
  [
    "which platforms spent but had no purchases last quarter",
    "query_metrics",
    { dimensions: ["platform"], filters: [NO_ORDERS, SPENT] },
  ],
  // platform-gap-intent.ts: the platform named inside the metric's own name.
  [
    "google ads conversions higher than ours last month",
    "query_metrics",
    { metrics: GAP, filters: [{ field: "platform", op: "in", values: ["google_ads"] }], timeRange: OCT },
  ],
  [
    "tiktok says more sales than shopify in august",
    "query_metrics",
    { metrics: GAP, filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }] },
  ],
];
