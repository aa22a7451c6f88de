/**
 * Phrasings for session 21's plain asks (fix16f): ads, creatives and keywords asked (the campaigns
 * instead, with a note), size words ranking by revenue, a platform's claim against what we count,
 * and attribution described instead of named. Written by hand; the blind sets are held out.
 */
import type { PhrasingRow } from "./index.ts";

const Q3 = { from: "2026-07-01", to: "2026-09-30" };

export const FIX16F: PhrasingRow[] = [
  [
    "what creatives work best on tiktok in q3",
    "query_metrics",
    { metrics: ["roas", "revenue", "spend", "orders"], dimensions: ["campaign"], timeRange: Q3 },
  ],
  [
    "show me our most profitable ads this year",
    "query_metrics",
    { metrics: ["roas", "revenue", "spend", "orders"], dimensions: ["campaign"] },
  ],
  [
    "wich ad copy works best on meta",
    "query_metrics",
    { metrics: ["roas", "revenue", "spend", "orders"], dimensions: ["campaign"] },
  ],
  [
    "search terms that convert best in the brand search always on campaign",
    "query_metrics",
    { metrics: ["orders", "revenue", "spend", "roas"], dimensions: [] },
  ],
  [
    "our major channels in q3",
    "query_metrics",
    { metrics: ["revenue", "spend"], dimensions: ["channel"], timeRange: Q3 },
  ],
  ["bigest platforms", "query_metrics", { metrics: ["revenue", "spend"], dimensions: ["platform"] }],
  [
    "meta claims more purchases than we count",
    "query_metrics",
    {
      metrics: [
        "platform_conversions",
        "orders",
        "platform_conversions_minus_tracked",
        "platform_conversions_over_tracked",
        "platform_revenue",
        "revenue",
        "platform_revenue_minus_tracked",
        "platform_revenue_over_tracked",
      ],
    },
  ],
  [
    "whats it called when you see which ad someone clicked before they bought",
    "attribution",
    { models: ["last_touch", "linear", "markov"] },
  ],
  [
    "how can i see what campaigns people touched before converting",
    "attribution",
    { models: ["last_touch", "linear", "markov"] },
  ],
];
