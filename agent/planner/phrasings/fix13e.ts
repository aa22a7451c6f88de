/**
 * Phrasings for fix13e's kinds (session 18): asks the data cannot answer as asked, answered with
 * what is missing first and the nearest figure labelled as such (invoices and accruals, a
 * product's own sales with or without an outside cause, search rankings asked as "what do we rank
 * for"). My own wordings (the test context's campaigns); the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };
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
const ORGANIC = [{ field: "channel", op: "in", values: ["organic_search"] }];

export const FIX13E: PhrasingRow[] = [
  // untracked-billing.ts: no invoices or accruals; spend by platform as booked day by day.
  [
    "how much ad spend from october is accrued but not invoiced",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["platform"], timeRange: OCT },
  ],
  [
    "what did meta bill us for in september",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["platform"], timeRange: SEP },
  ],
  [
    "any unbilled media costs from last month we should accrue",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["platform"], timeRange: OCT },
  ],
  // untracked-product-sales.ts: no line items; the store's orders and revenue over the period.
  [
    "how many sleeping bags did we sell in september",
    "query_metrics",
    { metrics: ["orders", "revenue"], dimensions: [], timeRange: SEP },
  ],
  [
    "backpack sales last month",
    "query_metrics",
    { metrics: ["orders", "revenue"], dimensions: [], timeRange: OCT },
  ],
  [
    "which items were our best sellers in october",
    "query_metrics",
    { metrics: ["orders", "revenue"], dimensions: [], timeRange: OCT },
  ],
  // outside-cause.ts then untracked-product-sales.ts: both gaps said, the period against the one before.
  [
    "did the cold snap in january hurt jacket sales",
    "compare_periods",
    {
      metrics: ["orders", "revenue"],
      period: { from: "2026-01-01", to: "2026-01-31" },
      compareTo: { from: "2025-12-01", to: "2025-12-31" },
    },
  ],
  [
    "did the rainy weather in september change how many stoves we sold",
    "compare_periods",
    {
      metrics: ["orders", "revenue"],
      period: SEP,
      compareTo: { from: "2026-08-01", to: "2026-08-31" },
    },
  ],
  // untracked-data-intent.ts: search rankings asked as "what do we rank for".
  [
    "seo question: which keywords are we ranking on for camping stoves",
    "query_metrics",
    { metrics: ["sessions", "revenue"], filters: ORGANIC },
  ],
  ["what do we rank for on google for trail runners", "query_metrics", { filters: ORGANIC }],
  ["how does our site rank for tents", "query_metrics", { filters: ORGANIC }],
  // forecast-estimate.ts: a forecast of an additive metric as an estimate at October's pace.
  [
    "what do you think sales will be in november",
    "project_run_rate",
    { metric: "revenue", period: { from: "2026-11-01", to: "2026-11-30" }, pace: OCT },
  ],
  [
    "predict how many orders we'll get next month",
    "project_run_rate",
    { metric: "orders", period: { from: "2026-11-01", to: "2026-11-30" }, pace: OCT },
  ],
  [
    "estimated site traffic for december?",
    "project_run_rate",
    { metric: "sessions", period: { from: "2026-12-01", to: "2026-12-31" }, pace: OCT },
  ],
  // found-step.ts: the first ask's ranking, carrying the second step run once its top row is in.
  [
    "identify the channel whose cost per acquisition was worst last month, then list the campaigns in it",
    "query_metrics",
    { metrics: ["cpa"], dimensions: ["channel"], timeRange: OCT, limit: 1 },
  ],
  [
    "find the platform with the lowest roas last quarter, then break it down by campaign",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["platform"], limit: 1 },
  ],
  [
    "what was our biggest revenue week so far this year and what was behind it",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], grain: "week", limit: 1 },
  ],
  [
    "what was our strongest month for orders this year, and what drove that",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], grain: "month", limit: 1 },
  ],
  // platform-gap-intent.ts: the platform's claim and our tracking asked for together, far apart.
  [
    "the google ads ui reports a conversion count for september; what does our own tracking show for google? give me both side by side",
    "query_metrics",
    { metrics: GAP, timeRange: SEP },
  ],
  [
    "tiktok claims some number of purchases last month - what do we see in our own data for tiktok? put both together",
    "query_metrics",
    { metrics: GAP, timeRange: OCT },
  ],
  [
    "meta's reported conversions for september next to what our tracking credits meta",
    "query_metrics",
    { metrics: GAP, timeRange: SEP },
  ],
];
