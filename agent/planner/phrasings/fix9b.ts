/**
 * Phrasings for session 14's fix9b kinds: another tool's vocabulary (GA4, Shopify, Meta Ads
 * Manager), texting shorthand and finance words read as the nearest measure, breakdown or period
 * (other-tool-words.ts), never as a breakdown named after an unknown word; the targets asked for
 * as a list (targets-intent.ts). Written by hand as my own wordings; the blind sets (evals/blind/)
 * are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const Q2 = { from: "2026-04-01", to: "2026-06-30" };
const YTD = { from: "2026-01-01", to: "2026-11-01" };
const AUG = { from: "2026-08-01", to: "2026-08-31" };
const TARGET_METRICS = ["revenue", "spend", "roas", "orders", "cpa", "cac"];

export const FIX9B: PhrasingRow[] = [
  // GA4's default channel grouping is the data's channels, not a breakdown called "default".
  [
    "sessions per session default channel group in september",
    "query_metrics",
    { metrics: ["sessions"], dimensions: ["channel"], timeRange: SEPT },
  ],
  [
    "revenue split by ga4 channel grouping for q3",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["channel"], timeRange: Q3 },
  ],
  [
    "orders by default channel grouping this year",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["channel"], timeRange: YTD },
  ],
  // GA4's key events are the orders the data records.
  [
    "how many key events did paid search drive in september",
    "query_metrics",
    {
      metrics: ["orders"],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
      timeRange: SEPT,
    },
  ],
  [
    "key event count by platform last quarter",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["platform"], timeRange: Q3 },
  ],
  ["key events trend by week for email", "query_metrics", { metrics: ["orders"], grain: "week" }],
  // Meta's cost per result is cost per acquisition.
  [
    "what's our cost per result on meta last month",
    "query_metrics",
    { metrics: ["cpa"], filters: [{ field: "platform", op: "in", values: ["meta_ads"] }] },
  ],
  [
    "cost per result by campaign for tiktok in q3",
    "query_metrics",
    { metrics: ["cpa"], dimensions: ["campaign"], timeRange: Q3 },
  ],
  ["cost/result for paid social by month", "query_metrics", { metrics: ["cpa"], grain: "month" }],
  // Shopify's sessions converted is the conversion rate.
  [
    "shopify sessions converted rate for september",
    "query_metrics",
    { metrics: ["conversion_rate"], timeRange: SEPT },
  ],
  ["what % of sessions converted last week", "query_metrics", { metrics: ["conversion_rate"] }],
  [
    "converted sessions percentage by channel in q3",
    "query_metrics",
    { metrics: ["conversion_rate"], dimensions: ["channel"], timeRange: Q3 },
  ],
  // Shopify's returning customer rate: the share of orders from returning customers.
  [
    "repeat customer rate last quarter",
    "query_metrics",
    { metrics: ["returning_customer_rate"], timeRange: Q3 },
  ],
  [
    "returning customer % by channel this year",
    "query_metrics",
    { metrics: ["returning_customer_rate"], dimensions: ["channel"] },
  ],
  [
    "what's our returning customer percentage for september vs august",
    "compare_periods",
    { metrics: ["returning_customer_rate"], period: SEPT, compareTo: AUG },
  ],
  // Churn in a shop without subscriptions: customers who did not come back (the cohorts' repeat rates).
  ["what is our customer churn", "cohorts", { groupBy: "first_touch_channel" }],
  ["how bad is churn this year", "cohorts", { period: YTD }],
  ["churned customers by first channel", "cohorts", { groupBy: "first_touch_channel" }],
  // A fiscal period with no fiscal year set up: the calendar one, said.
  ["fiscal q2 revenue", "query_metrics", { metrics: ["revenue"], timeRange: Q2 }],
  ["fiscal ytd orders", "query_metrics", { metrics: ["orders"], timeRange: YTD }],
  ["our fiscal year numbers", "overview", { period: YTD }],
  // A handful of numbers for a board or investor slide: the headline figures.
  ["two figures for the board deck for last quarter", "overview", { period: Q3 }],
  ["give me 5 numbers for the investor update, q3", "overview", { period: Q3 }],
  ["headline numbers for the exec slide this year, keep it short", "overview", { period: YTD }],
  // Texting shorthand: "r", "ur", "mnth", "calc".
  ["how r sales doing in q3", "query_metrics", { metrics: ["revenue"], timeRange: Q3 }],
  ["roas by mnth for display", "query_metrics", { metrics: ["roas"], grain: "month" }],
  ["how do you calc mer exactly", "describe_metric", { metric: "mer" }],
  // The targets asked for as a list: each target beside its actual.
  ["which targets are set", "query_metrics", { metrics: TARGET_METRICS }],
  ["list our targets", "query_metrics", { metrics: TARGET_METRICS }],
  ["do we have any targets set up", "query_metrics", { metrics: TARGET_METRICS }],
];
