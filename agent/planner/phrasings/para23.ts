/**
 * Phrasings for para23: other wordings of set 17's answered asks, each planned as its original
 * is (para23-phrasings.ts and the readers it names), and a sample of wordings that already were.
 * Written by hand; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

export const PARA23: PhrasingRow[] = [
  [
    "one page summary of october for my team pls",
    "brief",
    { period: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  ["summarize october in a page for the team", "brief", { period: { from: "2026-10-01", to: "2026-10-31" } }],
  [
    "board-ready paragraph on Q3",
    "brief",
    { period: { from: "2026-07-01", to: "2026-09-30" }, review: { wins: 3, concerns: 3, short: true } },
  ],
  [
    "an exec-ready summary of september",
    "brief",
    { period: { from: "2026-09-01", to: "2026-09-30" }, review: { wins: 3, concerns: 3, short: true } },
  ],
  ["what sources can you see", "search_catalog", { query: "", limit: 50 }],
  ["which systems can you access", "search_catalog", { query: "", limit: 50 }],
  [
    "what is the brand campaign's impression share",
    "query_metrics",
    {
      metrics: ["impressions", "clicks"],
      dimensions: [],
      filters: [
        { field: "channel", op: "in", values: ["paid_search"] },
        { field: "campaign", op: "in", values: [1004] },
      ],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
  [
    "brand campaign IS",
    "query_metrics",
    {
      metrics: ["impressions", "clicks"],
      dimensions: [],
      filters: [
        { field: "channel", op: "in", values: ["paid_search"] },
        { field: "campaign", op: "in", values: [1004] },
      ],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
  [
    "how much impression share do we get on brand",
    "query_metrics",
    {
      metrics: ["impressions", "clicks"],
      dimensions: [],
      filters: [
        { field: "channel", op: "in", values: ["paid_search"] },
        { field: "campaign", op: "in", values: [1004] },
      ],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
  [
    "which channel is most expensive to acquire customers",
    "query_metrics",
    {
      metrics: ["cac"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
      orderBy: [{ field: "cac", direction: "desc" }],
      limit: 1,
    },
  ],
  [
    "which channel costs the most to acquire a customer",
    "query_metrics",
    {
      metrics: ["cac"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
      orderBy: [{ field: "cac", direction: "desc" }],
      limit: 1,
    },
  ],
  [
    "cheapest channel to acquire customers",
    "query_metrics",
    {
      metrics: ["cac"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
      orderBy: [{ field: "cac", direction: "asc" }],
    },
  ],
  [
    "is weather affecting sales",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-10-02", to: "2026-10-31" },
      compareTo: { from: "2026-09-02", to: "2026-10-01" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "what was our return rate last qtr",
    "query_metrics",
    {
      metrics: ["orders", "revenue"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "did customers acquired on black friday 2025 return",
    "cohorts",
    { period: { from: "2025-11-17", to: "2025-12-07" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "what's a customer worth 6 months in",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", ltvDays: 180 },
  ],
  [
    "ltv 90 days out",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", ltvDays: 90 },
  ],
  [
    "which first touch do purchasers usually have",
    "journeys",
    { analysis: "first_last", period: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "where do buyers first come from most often",
    "journeys",
    { analysis: "first_last", period: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "how much did email make last month",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["email"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "how much money has meta earned this year",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
    },
  ],
  [
    "do we sell more on weekends or weekdays",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-08-03", to: "2026-10-31" },
      days: { weekPart: "weekend" },
      average: "per_day",
      label: "Weekends (Sat–Sun)",
    },
  ],
  ["do we make a profit on paid ads after margin", "profitability", { analysis: "channel_profit" }],
  ["are we turning a profit on meta", "profitability", { analysis: "channel_profit" }],
  ["is our marketing spend too high?", "profitability", { analysis: "overspend" }],
  ["is the meta budget too high", "profitability", { analysis: "overspend" }],
  [
    "how many customers did we lose",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "what share of customers did we lose?",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "how much revenue do repeat customers drive",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["customer_type"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  ["is a conversion the same as an order", "describe_metric", { metric: "orders" }],
  ["is a conversion counted as an order", "describe_metric", { metric: "orders" }],
  [
    "compare meta and google returns this year",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["platform"],
      filters: [{ field: "platform", op: "in", values: ["meta_ads", "google_ads"] }],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
    },
  ],
  [
    "what would happen if we cut all tiktok spend",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "platform",
      lockedChannels: [],
      changes: [{ dimension: "platform", value: "tiktok_ads", changePercent: -100 }],
      objective: "profit",
    },
  ],
  [
    "what if we pause all of our meta ads",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "platform",
      lockedChannels: [],
      changes: [{ dimension: "platform", value: "meta_ads", changePercent: -100 }],
      objective: "profit",
    },
  ],
  [
    "putting together slides for friday - chart monthly revenue vs spend for the whole year",
    "query_metrics",
    {
      metrics: ["revenue", "spend"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      grain: "month",
    },
  ],
  ["hows last month looking overall", "overview", { period: { from: "2026-10-01", to: "2026-10-31" } }],
  [
    "total rev for sept?",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    },
  ],
  [
    "best 5 campaigns on roas last qtr",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
      orderBy: [{ field: "roas", direction: "desc" }],
      limit: 5,
    },
  ],
  [
    "line chart of revenue by week, last 3 months",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-08-01", to: "2026-10-31" },
      grain: "week",
    },
  ],
  [
    "what happens to revenue if we shift 5k from display into paid search next month",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [
        { dimension: "channel", value: "display", changeAmount: -5000 },
        { dimension: "channel", value: "paid_search", changeAmount: 5000 },
      ],
      objective: "profit",
    },
  ],
  [
    "where's the biggest funnel drop off last month",
    "funnel",
    { period: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  [
    "% of customers who ordered again",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "newsletter open rate over time this year",
    "query_metrics",
    {
      metrics: ["email_open_rate"],
      dimensions: ["date"],
      filters: [{ field: "email_campaign", op: "in", values: ["weekly_newsletter"] }],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      grain: "month",
    },
  ],
  [
    "any anomalies last week?",
    "detect_anomalies",
    {
      metrics: ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"],
      period: { from: "2026-10-19", to: "2026-10-25" },
      filters: [],
    },
  ],
  [
    "revenue forecast for next month?",
    "project_run_rate",
    {
      metric: "revenue",
      period: { from: "2026-11-01", to: "2026-11-30" },
      pace: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  ["mer meaning?", "describe_metric", { metric: "mer" }],
  [
    "rev by channel past 30 days",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  ["daily budgets for the meta campaigns?", "campaigns", { analysis: "list", platform: "meta_ads" }],
  ["affiliate holdout test results?", "campaigns", { analysis: "holdout", channel: "affiliate" }],
  [
    "paid social click through rate per campaign last month",
    "query_metrics",
    {
      metrics: ["ctr"],
      dimensions: ["campaign"],
      filters: [{ field: "channel", op: "in", values: ["paid_social"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "number of orders yday",
    "query_metrics",
    { metrics: ["orders"], dimensions: [], filters: [], timeRange: { from: "2026-10-31", to: "2026-10-31" } },
  ],
  [
    "week over week revenue change",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-10-19", to: "2026-10-25" },
      compareTo: { from: "2026-10-12", to: "2026-10-18" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "what caused revenue to change from august to september",
    "explain_change",
    {
      metric: "revenue",
      period: { from: "2026-09-01", to: "2026-09-30" },
      compareTo: { from: "2026-08-01", to: "2026-08-31" },
      dimensions: ["channel"],
      filters: [],
    },
  ],
  [
    "how far are we from our q4 revenue goal",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-11-01" },
    },
  ],
  [
    "median days to second order",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "repeat_gap" },
  ],
  [
    "sessions and cvr from organic search per month this year",
    "query_metrics",
    {
      metrics: ["sessions", "conversion_rate"],
      dimensions: ["date"],
      filters: [{ field: "channel", op: "in", values: ["organic_search"] }],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      grain: "month",
    },
  ],
  [
    "monthly bounce rate for organic search",
    "query_metrics",
    {
      metrics: ["bounce_rate"],
      dimensions: ["date"],
      filters: [{ field: "channel", op: "in", values: ["organic_search"] }],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      grain: "month",
    },
  ],
  ["how are sessions different from users", "describe_metric", { metric: "sessions" }],
];
