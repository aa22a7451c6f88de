/**
 * Phrasings for para22: other wordings of set 16's answered asks, each planned as its original
 * is (para22-phrasings.ts and the readers it names). Written by hand; the blind sets
 * (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

export const PARA22: PhrasingRow[] = [
  [
    "biggest channel growth q2 -> q3",
    "compare_periods",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      period: { from: "2026-07-01", to: "2026-09-30" },
      compareTo: { from: "2026-04-01", to: "2026-06-30" },
      dimensions: ["channel"],
      filters: [],
    },
  ],
  [
    "what channels increased the most q2 to q3",
    "compare_periods",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      period: { from: "2026-07-01", to: "2026-09-30" },
      compareTo: { from: "2026-04-01", to: "2026-06-30" },
      dimensions: ["channel"],
      filters: [],
    },
  ],
  [
    "which campaigns rose the most from august to september",
    "compare_periods",
    {
      metrics: ["roas", "revenue", "spend", "orders"],
      period: { from: "2026-09-01", to: "2026-09-30" },
      compareTo: { from: "2026-08-01", to: "2026-08-31" },
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
    },
  ],
  [
    "october referral traffic?",
    "query_metrics",
    {
      metrics: ["sessions"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["referral"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "direct traffic last month",
    "query_metrics",
    {
      metrics: ["sessions"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["direct"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "how were the BF campaings",
    "query_metrics",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "in", values: [1001, 1002] }],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
  [
    "if we moved $5,000 from display to paid search next month what would revenue do",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      changes: [
        { dimension: "channel", value: "display", changeAmount: -5000 },
        { dimension: "channel", value: "paid_search", changeAmount: 5000 },
      ],
    },
  ],
  [
    "what if we shifted $2k from tiktok to meta next month",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "platform",
      changes: [
        { dimension: "platform", value: "tiktok_ads", changeAmount: -2000 },
        { dimension: "platform", value: "meta_ads", changeAmount: 2000 },
      ],
    },
  ],
  [
    "what channel gets the least credit from last click",
    "attribution",
    {
      models: ["last_touch", "linear", "markov"],
      level: "channel",
      metric: "revenue",
      period: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  ["cart to purchase drop off?", "funnel", { period: { from: "2026-10-02", to: "2026-10-31" } }],
  ["checkout to order drop-off last month", "funnel", { period: { from: "2026-10-01", to: "2026-10-31" } }],
  [
    "how much is a customer worth over their lifetime",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel" },
  ],
  [
    "what's a customer worth to us",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel" },
  ],
  [
    "which channel brings in the highest value customers",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel" },
  ],
  [
    "how many customers made more than one purchase this year",
    "cohorts",
    {
      period: { from: "2026-01-01", to: "2026-11-01" },
      groupBy: "first_order_month",
      show: "frequency",
      minOrders: 2,
    },
  ],
  [
    "repeat customers this year, how many?",
    "cohorts",
    {
      period: { from: "2026-01-01", to: "2026-11-01" },
      groupBy: "first_order_month",
      show: "frequency",
      minOrders: 2,
    },
  ],
  [
    "retention by first purchase month cohort",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_order_month", show: "retention" },
  ],
  [
    "what has email brought in this year",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["email"] }],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
    },
  ],
  [
    "meta spend may 14 - what happened?",
    "explain_change",
    {
      metric: "spend",
      period: { from: "2026-05-14", to: "2026-05-14" },
      compareTo: { from: "2026-05-13", to: "2026-05-13" },
      dimensions: ["campaign", "channel"],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
    },
  ],
  [
    "paid social cvr last week, what happened",
    "explain_change",
    {
      metric: "conversion_rate",
      period: { from: "2026-10-19", to: "2026-10-25" },
      compareTo: { from: "2026-10-12", to: "2026-10-18" },
      dimensions: ["campaign", "channel"],
      filters: [{ field: "channel", op: "in", values: ["paid_social"] }],
    },
  ],
  [
    "what made october revenue come in below september",
    "explain_change",
    {
      metric: "revenue",
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-09-01", to: "2026-09-30" },
      dimensions: ["channel"],
      filters: [],
    },
  ],
  [
    "order forecast for the rest of 2026",
    "project_run_rate",
    { metric: "orders", period: { from: "2026-01-01", to: "2026-12-31" } },
  ],
  [
    "revenue forecast for the rest of the year",
    "project_run_rate",
    { metric: "revenue", period: { from: "2026-01-01", to: "2026-12-31" } },
  ],
  [
    "are we going to make our q4 target",
    "query_metrics",
    {
      metrics: ["revenue", "spend", "roas", "orders", "cpa", "cac"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-11-01" },
    },
  ],
  [
    "did we make our revenue goal in october",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "target: 3x ROAS on paid search",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      statedTargets: [{ metric: "roas", target: 3 }],
    },
  ],
  ["blended cac meaning?", "describe_metric", { metric: "cac" }],
  ["ctor definition", "describe_metric", { metric: "email_click_to_open_rate" }],
  [
    "top sellers last month?",
    "query_metrics",
    {
      metrics: ["orders", "revenue"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "when during the day should our ads run",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["hour_of_day"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "how much impression share do competitors have on our brand keywords",
    "query_metrics",
    {
      metrics: ["impressions", "clicks"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "competitors' IS on our brand terms?",
    "query_metrics",
    {
      metrics: ["impressions", "clicks"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "was september revenue hurt by the rainy weather",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-09-01", to: "2026-09-30" },
      compareTo: { from: "2026-08-01", to: "2026-08-31" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "were orders hit by the storm last week",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2026-10-19", to: "2026-10-25" },
      compareTo: { from: "2026-10-12", to: "2026-10-18" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "how has revenue held up since google ads was paused in september",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["date"],
      filters: [{ field: "platform", op: "in", values: ["google_ads"] }],
      timeRange: { from: "2026-08-10", to: "2026-10-18" },
    },
  ],
  [
    "revenue since pausing google ads in september?",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["date"],
      filters: [{ field: "platform", op: "in", values: ["google_ads"] }],
      timeRange: { from: "2026-08-10", to: "2026-10-18" },
    },
  ],
  [
    "meta ads manager shows more purchases last month than you, why?",
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
      dimensions: [],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "why does meta report way more purchases than you for last month",
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
      dimensions: [],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "why the gap between meta ads manager purchases and yours last month",
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
      dimensions: [],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "does the $38 cac in the overview only count new customers",
    "query_metrics",
    { metrics: ["cac"], dimensions: [], filters: [], timeRange: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "click-to-open rate for every promo email since Black Friday",
    "query_metrics",
    {
      metrics: ["email_click_to_open_rate"],
      dimensions: ["email_campaign"],
      filters: [],
      timeRange: { from: "2025-11-28", to: "2026-11-01" },
    },
  ],
  [
    "open rate for each email last month",
    "query_metrics",
    {
      metrics: ["email_open_rate"],
      dimensions: ["email_campaign"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "how many orders last wk vs the wk before",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2026-10-19", to: "2026-10-25" },
      compareTo: { from: "2026-10-12", to: "2026-10-18" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "roas: paid search compared to paid social, past three months",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["channel"],
      filters: [{ field: "channel", op: "in", values: ["paid_search", "paid_social"] }],
      timeRange: { from: "2026-08-01", to: "2026-10-31" },
    },
  ],
  [
    "share of sessions from organic search",
    "query_metrics",
    {
      metrics: ["sessions"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "all time spend on brand search",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: [],
      filters: [{ field: "campaign", op: "in", values: [1004] }],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
  [
    "what's the default attribution model",
    "attribution",
    {
      models: ["last_touch", "linear", "markov"],
      level: "channel",
      metric: "revenue",
      period: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "avg touchpoints to conversion",
    "journeys",
    { analysis: "path_length", period: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "atc rate by channel",
    "query_metrics",
    {
      metrics: ["add_to_cart_rate"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "what keywords are behind our brand search",
    "query_metrics",
    {
      metrics: ["roas", "revenue", "spend", "orders"],
      dimensions: [],
      filters: [{ field: "campaign", op: "in", values: [1004] }],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
  [
    "2024 vs 2025 revenue",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2025-01-01", to: "2025-12-31" },
      compareTo: { from: "2024-01-01", to: "2024-12-31" },
      dimensions: [],
      filters: [],
    },
  ],
];
