/**
 * Phrasings for session 17's para17a: other wordings of asks the planner already answered (the
 * kinds of blind sets 1-3), read through para17a-phrasings.ts and para17a-phrasings-asks.ts. Written
 * by hand as my own wordings of each kind, not the blind sets' questions (evals/blind/ is held out).
 * Advice, journeys, funnels, cohorts, outside events and other single asks.
 */
import type { PhrasingRow } from "./index.ts";

export const PARA17A_ASKS: PhrasingRow[] = [
  ["what do i need to focus on this week", "recommend", { focus: "all" }],
  ["this week's priorities - what should i look at", "recommend", { focus: "all" }],
  ["where should my attention go this week", "recommend", { focus: "all" }],
  ["what do we need to prioritize today", "recommend", { focus: "all" }],
  ["anything that needs my attention right now?", "recommend", { focus: "all" }],
  ["is there anything worrying going on at the moment", "recommend", { focus: "all" }],
  ["is there anything concerning happening", "recommend", { focus: "all" }],
  ["any campaigns we ought to switch off?", "recommend", { focus: "campaigns" }],
  ["any ads we should turn off", "recommend", { focus: "campaigns" }],
  ["what campaigns have room to scale", "recommend", { focus: "campaigns" }],
  ["which campaigns could take more budget", "recommend", { focus: "campaigns" }],
  ["what campaigns could absorb more spend", "recommend", { focus: "campaigns" }],
  [
    "is marketing actually doing anything for us?",
    "overview",
    { period: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  ["are our marketing efforts working", "overview", { period: { from: "2026-10-02", to: "2026-10-31" } }],
  ["are our marketing dollars paying off", "overview", { period: { from: "2026-10-02", to: "2026-10-31" } }],
  [
    "is tiktok working better for us than meta",
    "query_metrics",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      dimensions: ["platform"],
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads", "meta_ads"] }],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "is paid search performing better than paid social",
    "query_metrics",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      dimensions: ["channel"],
      filters: [{ field: "channel", op: "in", values: ["paid_search", "paid_social"] }],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "what's causing email revenue to fall",
    "explain_change",
    {
      metric: "revenue",
      period: { from: "2026-10-02", to: "2026-10-31" },
      compareTo: { from: "2026-09-02", to: "2026-10-01" },
      dimensions: ["customer_type", "source_medium"],
      filters: [{ field: "channel", op: "in", values: ["email"] }],
    },
  ],
  [
    "what is driving paid social cpa to rise",
    "explain_change",
    {
      metric: "cpa",
      period: { from: "2026-10-02", to: "2026-10-31" },
      compareTo: { from: "2026-09-02", to: "2026-10-01" },
      dimensions: ["campaign", "channel"],
      filters: [{ field: "channel", op: "in", values: ["paid_social"] }],
    },
  ],
  [
    "what % of purchases came from one touch only",
    "journeys",
    { analysis: "path_length", period: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "what share of orders had a single touchpoint last month",
    "journeys",
    { analysis: "path_length", period: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  [
    "what journeys lead to purchases most often",
    "journeys",
    { analysis: "top_paths", period: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "what paths led to orders the most last quarter",
    "journeys",
    { analysis: "top_paths", period: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  [
    "between the click and the purchase, where's our biggest drop-off",
    "funnel",
    { period: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "what's the biggest drop off in the funnel last month",
    "funnel",
    { period: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  [
    "where in checkout do we lose the most people",
    "funnel",
    { period: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "where in the funnel do we lose the most visitors",
    "funnel",
    { period: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "what % of checkouts were abandoned last week",
    "funnel",
    { period: { from: "2026-10-19", to: "2026-10-25" } },
  ],
  [
    "what share of carts were abandoned in september",
    "funnel",
    { period: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  ["what % of carts get abandoned", "funnel", { period: { from: "2026-10-02", to: "2026-10-31" } }],
  [
    "paid social vs paid search funnel",
    "funnel",
    { period: { from: "2026-10-02", to: "2026-10-31" }, byChannel: true },
  ],
  [
    "compare the funnels of paid search and paid social",
    "funnel",
    { period: { from: "2026-10-02", to: "2026-10-31" }, byChannel: true },
  ],
  [
    "email vs organic search funnel",
    "funnel",
    { period: { from: "2026-10-02", to: "2026-10-31" }, byChannel: true },
  ],
  [
    "what channel brings in returning customers",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "which channel brings repeat buyers",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "what channel drives repeat customers",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "did weather have an effect on sales",
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
    "did the heat have an impact on orders in july",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2026-07-01", to: "2026-07-31" },
      compareTo: { from: "2026-06-01", to: "2026-06-30" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "was there a sales boost from the july heatwave",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-07-01", to: "2026-07-31" },
      compareTo: { from: "2026-06-01", to: "2026-06-30" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "was there a revenue dip from the march storm",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-03-01", to: "2026-03-31" },
      compareTo: { from: "2026-02-01", to: "2026-02-28" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "what's a typical roas for outdoor retailers",
    "compare_periods",
    {
      metrics: ["roas"],
      period: { from: "2026-10-02", to: "2026-10-31" },
      compareTo: { from: "2026-09-02", to: "2026-10-01" },
      dimensions: ["channel"],
      filters: [],
    },
  ],
  [
    "what's a normal cpa for ecommerce brands",
    "compare_periods",
    {
      metrics: ["cpa"],
      period: { from: "2026-10-02", to: "2026-10-31" },
      compareTo: { from: "2026-09-02", to: "2026-10-01" },
      dimensions: ["channel"],
      filters: [],
    },
  ],
  [
    "industry benchmark ctr for outdoor retail",
    "compare_periods",
    {
      metrics: ["ctr"],
      period: { from: "2026-10-02", to: "2026-10-31" },
      compareTo: { from: "2026-09-02", to: "2026-10-01" },
      dimensions: ["channel"],
      filters: [],
    },
  ],
  [
    "blended roas compared with what the platforms report",
    "query_metrics",
    {
      metrics: ["mer", "platform_roas"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "mer vs what the ad platforms claim",
    "query_metrics",
    {
      metrics: ["mer", "platform_roas"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  ["holiday performance?", "overview", { period: { from: "2025-11-24", to: "2025-12-31" } }],
  ["holiday season results", "overview", { period: { from: "2025-11-24", to: "2025-12-31" } }],
  [
    "cpa last month: brand search vs non-brand search",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["campaign"],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "roas this quarter: brand search and non brand search",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["campaign"],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
      timeRange: { from: "2026-10-01", to: "2026-11-01" },
    },
  ],
  [
    "how many people unsubscribed after the black friday email",
    "query_metrics",
    {
      metrics: ["email_unsubscribes"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "how many subscribers unsubscribed from the newsletter email",
    "query_metrics",
    {
      metrics: ["email_unsubscribes"],
      dimensions: [],
      filters: [{ field: "email_campaign", op: "in", values: ["weekly_newsletter"] }],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "affiliate partners ytd - revenue and roas for each",
    "query_metrics",
    {
      metrics: ["revenue", "roas"],
      dimensions: ["campaign"],
      filters: [{ field: "channel", op: "in", values: ["affiliate"] }],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
    },
  ],
  [
    "spend and roas for each campaign last month",
    "query_metrics",
    {
      metrics: ["spend", "roas"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "revenue for each platform in q2",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["platform"],
      filters: [],
      timeRange: { from: "2026-04-01", to: "2026-06-30" },
    },
  ],
  [
    "has tracking broken anywhere lately",
    "detect_anomalies",
    {
      metrics: ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"],
      period: { from: "2026-10-25", to: "2026-10-31" },
      filters: [],
    },
  ],
  [
    "were there any tracking gaps in march",
    "detect_anomalies",
    {
      metrics: ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"],
      period: { from: "2026-03-01", to: "2026-03-31" },
      filters: [],
    },
  ],
];
