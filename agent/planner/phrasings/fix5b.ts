/**
 * Phrasings for session 10's fix5b work: abandonment rates as metric series, and questions about
 * data the organization does not track (search rankings, returns and refunds, shipping, stock,
 * reviews) answered with the nearest figure. Written by hand as my own wordings; the blind sets
 * (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

export const FIX5B: PhrasingRow[] = [
  [
    "how has checkout abandonment moved month by month in 2026",
    "query_metrics",
    { metrics: ["checkout_abandonment_rate"], dimensions: ["date"], grain: "month" },
  ],
  [
    "cart abandonment rate by week last quarter",
    "query_metrics",
    {
      metrics: ["cart_abandonment_rate"],
      dimensions: ["date"],
      grain: "week",
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "what position does our site hold in google search results for tents",
    "query_metrics",
    {
      metrics: ["sessions", "revenue"],
      filters: [{ field: "channel", op: "in", values: ["organic_search"] }],
    },
  ],
  [
    "are our seo rankings improving this quarter",
    "query_metrics",
    {
      metrics: ["sessions", "revenue"],
      filters: [{ field: "channel", op: "in", values: ["organic_search"] }],
    },
  ],
  [
    "how many orders got returned in september vs august",
    "compare_periods",
    {
      metrics: ["orders", "revenue"],
      period: { from: "2026-09-01", to: "2026-09-30" },
      compareTo: { from: "2026-08-01", to: "2026-08-31" },
    },
  ],
  [
    "refund volume by month this year",
    "query_metrics",
    { metrics: ["orders", "revenue"], dimensions: ["date"], grain: "month" },
  ],
  [
    "what did shipping fees cost us last quarter",
    "query_metrics",
    { metrics: ["orders", "revenue"], timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  ["how do customers rate us in their reviews", "cohorts", {}],
  // Customers carry a US state: a real breakdown of orders, revenue and customers.
  [
    "in which states did we sell the most last quarter",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["region"], timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  ["where are most of our buyers located", "query_metrics", { dimensions: ["region"] }],
  [
    "new customers per state this year",
    "query_metrics",
    { metrics: ["new_customers"], dimensions: ["region"] },
  ],
];
