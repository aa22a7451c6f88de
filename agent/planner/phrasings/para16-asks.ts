/**
 * Phrasings for session 16's para16, second part (see phrasings/para16.ts): the kinds read by
 * para16-phrasings-asks.ts. My own wordings, not the blind sets' questions.
 */
import type { PhrasingRow } from "./index.ts";

export const PARA16_ASKS: PhrasingRow[] = [
  // para16-phrasings-asks.ts: a stated target said first, a ratio with a slash, a year pair, hours for ads, shipping share, a budget bump's month, payouts, what came back, monthly change, organic vs paid search, how often people saw, a brief.
  [
    "target roas 3x: which campaigns were below it in q3",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
      statedTargets: [{ metric: "roas", target: 3 }],
    },
  ],
  [
    "paid search cpa / paid social cpa last month",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["channel"],
      filters: [{ field: "channel", op: "in", values: ["paid_search", "paid_social"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "black friday 2026 vs 2025",
    "compare_periods",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      period: { from: "2026-11-27", to: "2026-11-27" },
      compareTo: { from: "2025-11-28", to: "2025-11-28" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "which hours should we run ads",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["hour_of_day"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "what % of revenue goes to shipping",
    "query_metrics",
    {
      metrics: ["orders", "revenue"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "paid social roas by month since the august budget increase",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["date"],
      filters: [{ field: "channel", op: "in", values: ["paid_social"] }],
      timeRange: { from: "2026-08-01", to: "2026-11-01" },
      grain: "month",
    },
  ],
  [
    "meta spend last month and what came back",
    "query_metrics",
    {
      metrics: ["spend", "revenue", "orders", "roas", "cpa"],
      dimensions: [],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "how has aov changed by month since march",
    "query_metrics",
    {
      metrics: ["average_order_value"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-03-01", to: "2026-11-01" },
      grain: "month",
    },
  ],
  [
    "organic vs paid search sessions this year",
    "query_metrics",
    {
      metrics: ["sessions"],
      dimensions: ["channel"],
      filters: [{ field: "channel", op: "in", values: ["organic_search", "paid_search"] }],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
    },
  ],
  [
    "how often did people see our tiktok ads last month",
    "query_metrics",
    {
      // fix18f: frequency's nearest is impressions, clicks and CTR.
      metrics: ["impressions", "clicks", "ctr"],
      dimensions: [],
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  ["the brief for september", "brief", { period: { from: "2026-09-01", to: "2026-09-30" } }],
  // Journeys: assists, single vs several touches, path length, mean and median, first touch, start vs close, median time.
  [
    "which channels help a lot but seldom get the last touch",
    "journeys",
    { analysis: "assists", period: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "share of orders one touch vs several touches",
    "journeys",
    { analysis: "path_length", period: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "touchpoints per journey histogram last quarter",
    "journeys",
    { analysis: "path_length", period: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  [
    "average and median touches before a first order",
    "journeys",
    { analysis: "path_length", period: { from: "2026-10-02", to: "2026-10-31" }, byCustomerType: true },
  ],
  [
    "do journeys starting on paid social convert",
    "journeys",
    {
      analysis: "time_to_convert",
      period: { from: "2026-08-03", to: "2026-10-31" },
      firstTouch: ["paid_social"],
    },
  ],
  [
    "when meta is the first touch, do those people ever buy",
    "journeys",
    {
      analysis: "time_to_convert",
      period: { from: "2025-11-01", to: "2026-10-31" },
      firstTouch: ["meta_ads"],
    },
  ],
  [
    "how often does email start vs close converting paths",
    "attribution",
    {
      models: ["first_touch", "last_touch"],
      level: "channel",
      metric: "conversions",
      period: { from: "2026-10-02", to: "2026-10-31" },
      channels: ["email"],
    },
  ],
  [
    "median first touch to order time: email vs organic search",
    "journeys",
    {
      analysis: "time_to_convert",
      period: { from: "2026-08-03", to: "2026-10-31" },
      firstTouch: ["email", "organic_search"],
    },
  ],
  [
    "cac by first touch channel vs last touch channel last quarter",
    "query_metrics",
    {
      metrics: ["cac"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
      attributionModel: "first_touch",
    },
  ],
  [
    "bfcm 2025 first-time buyers: how many came back",
    "cohorts",
    { period: { from: "2025-11-28", to: "2025-12-01" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "newsletter click rate last month",
    "query_metrics",
    {
      metrics: ["email_click_rate"],
      dimensions: [],
      filters: [{ field: "email_campaign", op: "in", values: ["weekly_newsletter"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "newsletter unsub rate in september",
    "query_metrics",
    {
      metrics: ["email_unsubscribe_rate"],
      dimensions: [],
      filters: [{ field: "email_campaign", op: "in", values: ["weekly_newsletter"] }],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    },
  ],
  [
    "last week newsletter opens % and clicks",
    "query_metrics",
    {
      metrics: ["email_open_rate", "email_clicks"],
      dimensions: [],
      filters: [{ field: "email_campaign", op: "in", values: ["weekly_newsletter"] }],
      timeRange: { from: "2026-10-19", to: "2026-10-25" },
    },
  ],
  // Windows around an event, counts in words, "compare A with B".
  [
    "orders and sessions: 7 days before the march outage vs 7 days after",
    "compare_periods",
    {
      metrics: ["orders", "sessions"],
      period: { from: "2026-03-18", to: "2026-03-24" },
      compareTo: { from: "2026-03-10", to: "2026-03-16" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "compare the ten days following the outage with the ten days before on revenue",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-03-18", to: "2026-03-27" },
      compareTo: { from: "2026-03-07", to: "2026-03-16" },
      dimensions: [],
      filters: [],
    },
  ],
  // "from aug to sep", "sep -> oct": the later month against the earlier.
  [
    "which funnel step got worse from aug to sep",
    "funnel",
    { period: { from: "2026-09-01", to: "2026-09-30" }, compareTo: { from: "2026-08-01", to: "2026-08-31" } },
  ],
  [
    "revenue dropped sep -> oct, why?",
    "explain_change",
    {
      metric: "revenue",
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-09-01", to: "2026-09-30" },
      dimensions: ["channel"],
      filters: [],
    },
  ],
  // Growth of two states, repeat buyers by channel, best and worst weeks, extra budget, sum up, pause asks, aiming, "at this point".
  [
    "texas vs florida growth this year",
    "compare_periods",
    {
      metrics: ["revenue", "orders"],
      period: { from: "2026-06-01", to: "2026-10-31" },
      compareTo: { from: "2026-01-01", to: "2026-05-31" },
      dimensions: ["region"],
      filters: [{ field: "region", op: "in", values: ["TX", "FL"] }],
    },
  ],
  [
    "which channel brings the most returning customers",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "which channel's customers come back the most",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "which week this year had the highest orders and which the lowest",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      grain: "week",
    },
  ],
  [
    "best + worst revenue days ytd",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      grain: "day",
    },
  ],
  [
    "where to put extra budget",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [],
      objective: "profit",
    },
  ],
  ["sum up october for me", "overview", { period: { from: "2026-10-01", to: "2026-10-31" } }],
  ["which campaigns are wasting money and should be paused", "recommend", { focus: "campaigns" }],
  [
    "campaigns under 2x roas last month - should we pause them",
    "query_metrics",
    {
      metrics: ["roas", "spend"],
      dimensions: ["campaign"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      orderBy: [{ field: "roas", direction: "asc" }],
    },
  ],
  ["what roas should we be aiming for", "profitability", { analysis: "break_even" }],
  [
    "how is mtd revenue tracking vs last month at this point",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-11-01", to: "2026-11-01" },
      compareTo: { from: "2026-10-01", to: "2026-10-01" },
      dimensions: [],
      filters: [],
    },
  ],
];
