/**
 * Phrasings for session 24's para24: set 18's asks said another way (para24-phrasings.ts, the
 * count after a superlative in modifiers.ts), with a sample of wordings that already read as the
 * original. Written by hand; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

export const PARA24: PhrasingRow[] = [
  [
    "how does last week's revenue compare to the week prior",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-10-19", to: "2026-10-25" },
      compareTo: { from: "2026-10-12", to: "2026-10-18" },
    },
  ],
  [
    "which campaigns have the highest return on ad spend this year? top five",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["campaign"],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      limit: 5,
      filters: [{ field: "campaign", op: "neq", value: null }],
    },
  ],
  [
    "give me an update on brand search",
    "query_metrics",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      filters: [{ field: "campaign", op: "in", values: [1004] }],
    },
  ],
  [
    "what's the conversion rate been doing recently",
    "query_metrics",
    { metrics: ["conversion_rate"], dimensions: ["date"], grain: "week" },
  ],
  [
    "paid social v paid search last 90d spend/revenue/roas",
    "query_metrics",
    {
      metrics: ["spend", "revenue", "roas"],
      dimensions: ["channel"],
      timeRange: { from: "2026-08-03", to: "2026-10-31" },
      filters: [{ field: "channel", op: "in", values: ["paid_social", "paid_search"] }],
    },
  ],
  [
    "spend revenue and roas for paid search and paid social, past 3 months",
    "query_metrics",
    {
      metrics: ["spend", "revenue", "roas"],
      dimensions: ["channel"],
      timeRange: { from: "2026-08-01", to: "2026-10-31" },
      filters: [{ field: "channel", op: "in", values: ["paid_search", "paid_social"] }],
    },
  ],
  [
    "if we took 5k out of display and put it in paid search next month what would happen",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      changes: [
        { dimension: "channel", value: "display", changeAmount: -5000 },
        { dimension: "channel", value: "paid_search", changeAmount: 5000 },
      ],
    },
  ],
  [
    "what model is this data attributed with",
    "attribution",
    {
      period: { from: "2026-10-02", to: "2026-10-31" },
      models: ["last_touch", "linear", "markov"],
      metric: "revenue",
    },
  ],
  [
    "touches to conversion?",
    "journeys",
    { period: { from: "2026-10-02", to: "2026-10-31" }, analysis: "path_length" },
  ],
  ["define MER and tell me ours", "describe_metric", { metric: "mer" }],
  ["MER - what is it and what's ours?", "describe_metric", { metric: "mer" }],
  ["explain roas versus roi", "describe_metric", { metric: "roas" }],
  [
    "what was our record day for revenue",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["date"],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      limit: 1,
      grain: "day",
    },
  ],
  [
    "should we even bother with display",
    "compare_periods",
    {
      metrics: ["roas"],
      period: { from: "2026-10-02", to: "2026-10-31" },
      compareTo: { from: "2026-09-02", to: "2026-10-01" },
      filters: [{ field: "channel", op: "in", values: ["display"] }],
    },
  ],
  [
    "what if paid social spend drops by a fifth",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      changes: [{ dimension: "channel", value: "paid_social", changePercent: -20 }],
    },
  ],
  [
    "if we trim paid social by 20% what happens",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      changes: [{ dimension: "channel", value: "paid_social", changePercent: -20 }],
    },
  ],
  [
    "does paid social help or is search doing the real work",
    "attribution",
    {
      period: { from: "2026-10-02", to: "2026-10-31" },
      models: ["last_touch", "linear", "markov"],
      metric: "revenue",
      channels: ["paid_social", "paid_search"],
    },
  ],
  [
    "anything bad happen last week that i should be ready to explain",
    "detect_anomalies",
    {
      metrics: ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"],
      period: { from: "2026-10-19", to: "2026-10-25" },
    },
  ],
  [
    "any problems last week my manager will ask about",
    "detect_anomalies",
    {
      metrics: ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"],
      period: { from: "2026-10-19", to: "2026-10-25" },
    },
  ],
  [
    "what went wrong last week that the boss will notice",
    "detect_anomalies",
    {
      metrics: ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"],
      period: { from: "2026-10-19", to: "2026-10-25" },
    },
  ],
  [
    "check if advantage+ is fatiguing using ctr over 8 weeks",
    "query_metrics",
    {
      metrics: ["ctr"],
      dimensions: ["date"],
      timeRange: { from: "2026-09-06", to: "2026-10-31" },
      grain: "week",
    },
  ],
  [
    "compare meta's conversions to our numbers for ASC in q3",
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
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
    },
  ],
  [
    "meta conversions vs actual for asc q3",
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
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
    },
  ],
  [
    "how do meta-reported conversions for ASC compare with what we see, Q3",
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
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
    },
  ],
  [
    "how long does it take to pay back a new customer",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, show: "payback" },
  ],
  [
    "how many months to recoup the cost of a new customer",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, show: "payback" },
  ],
  [
    "compare CPA and CPM for prospecting and retargeting on meta, past 30 days",
    "query_metrics",
    {
      metrics: ["cpa", "cpm"],
      dimensions: ["campaign"],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "status update on brand search",
    "query_metrics",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      filters: [{ field: "campaign", op: "in", values: [1004] }],
    },
  ],
  [
    "slash tiktok spend by a third next month",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      changes: [{ dimension: "platform", value: "tiktok_ads", changePercent: -33 }],
    },
  ],
  [
    "if we pull 3k from meta and put it into google next month what happens",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      changes: [
        { dimension: "platform", value: "meta_ads", changeAmount: -3000 },
        { dimension: "platform", value: "google_ads", changeAmount: 3000 },
      ],
    },
  ],
  [
    "biggest order day on record",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      limit: 1,
      grain: "day",
    },
  ],
  [
    "any issues last week",
    "detect_anomalies",
    {
      metrics: ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"],
      period: { from: "2026-10-19", to: "2026-10-25" },
    },
  ],
  [
    "highest roas campaigns this year, top 5",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["campaign"],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      limit: 5,
      filters: [{ field: "campaign", op: "neq", value: null }],
    },
  ],
  ["how'd we do in october", "overview", { period: { from: "2026-10-01", to: "2026-10-31" } }],
  [
    "top channel by revenue in oct",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["channel"],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      limit: 1,
    },
  ],
  [
    "5 best campaigns by roas ytd",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["campaign"],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      limit: 5,
      filters: [{ field: "campaign", op: "neq", value: null }],
    },
  ],
  [
    "atc rate per channel oct",
    "query_metrics",
    {
      metrics: ["add_to_cart_rate"],
      dimensions: ["channel"],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "total spend ytd",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2026-01-01", to: "2026-11-01" } },
  ],
  [
    "cheapest channel by cpa",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["channel"],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
      limit: 1,
    },
  ],
  [
    "q2 vs q3",
    "compare_periods",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      period: { from: "2026-07-01", to: "2026-09-30" },
      compareTo: { from: "2026-04-01", to: "2026-06-30" },
    },
  ],
  [
    "revenue vs spend ytd chart",
    "query_metrics",
    {
      metrics: ["revenue", "spend"],
      dimensions: ["date"],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      grain: "month",
    },
  ],
  [
    "month over month change in new customers by channel",
    "compare_periods",
    {
      metrics: ["new_customers"],
      dimensions: ["channel"],
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-09-01", to: "2026-09-30" },
    },
  ],
  ["break even ROAS - which channels are under it", "profitability", { analysis: "channel_profit" }],
  [
    "best weekday to send emails?",
    "query_metrics",
    {
      metrics: ["email_sends", "email_open_rate", "email_click_rate"],
      dimensions: ["day_of_week"],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
];
