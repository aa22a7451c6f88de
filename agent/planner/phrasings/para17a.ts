/**
 * Phrasings for session 17's para17a: other wordings of asks the planner already answered (the
 * kinds of blind sets 1-3), read through para17a-phrasings.ts and para17a-phrasings-asks.ts. Written
 * by hand as my own wordings of each kind, not the blind sets' questions (evals/blind/ is held out).
 * Metric words and shorthand days; periods and what-ifs are in para17a-flows.ts, the rest in para17a-asks.ts.
 */
import type { PhrasingRow } from "./index.ts";

export const PARA17A: PhrasingRow[] = [
  [
    "hey - how much ad money did we burn in the previous month?",
    "query_metrics",
    { metrics: ["spend"], dimensions: [], filters: [], timeRange: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  [
    "how much marketing cash did we spend last week",
    "query_metrics",
    { metrics: ["spend"], dimensions: [], filters: [], timeRange: { from: "2026-10-19", to: "2026-10-25" } },
  ],
  [
    "how much budget did we blow through on ads in september",
    "query_metrics",
    { metrics: ["spend"], dimensions: [], filters: [], timeRange: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  [
    "what did a click on google ads cost on average over the last thirty days",
    "query_metrics",
    {
      metrics: ["cpc"],
      dimensions: [],
      filters: [{ field: "platform", op: "in", values: ["google_ads"] }],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "what did each click on meta cost us last month",
    "query_metrics",
    {
      metrics: ["cpc"],
      dimensions: [],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "what did a click cost us in q3",
    "query_metrics",
    { metrics: ["cpc"], dimensions: [], filters: [], timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  [
    "what did 1000 impressions cost us on tiktok in september",
    "query_metrics",
    {
      metrics: ["cpm"],
      dimensions: [],
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    },
  ],
  [
    "what did a thousand impressions on meta cost last month",
    "query_metrics",
    {
      metrics: ["cpm"],
      dimensions: [],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "how's our click thru rate on facebook/instagram ads so far this quarter",
    "query_metrics",
    {
      metrics: ["ctr"],
      dimensions: [],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
      timeRange: { from: "2026-10-01", to: "2026-11-01" },
    },
  ],
  [
    "click-thru rate by platform last week",
    "query_metrics",
    {
      metrics: ["ctr"],
      dimensions: ["platform"],
      filters: [],
      timeRange: { from: "2026-10-19", to: "2026-10-25" },
    },
  ],
  [
    "click thru for tiktok in august",
    "query_metrics",
    {
      metrics: ["ctr"],
      dimensions: [],
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }],
      timeRange: { from: "2026-08-01", to: "2026-08-31" },
    },
  ],
  [
    "last week's orders by utm source/medium",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["source_medium"],
      filters: [],
      timeRange: { from: "2026-10-19", to: "2026-10-25" },
    },
  ],
  [
    "revenue by utm source last month",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["source"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "sessions by utm medium this year",
    "query_metrics",
    {
      metrics: ["sessions"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
    },
  ],
  [
    "how many visits did the website get last week",
    "query_metrics",
    {
      metrics: ["sessions"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-19", to: "2026-10-25" },
    },
  ],
  [
    "site visits by channel last month",
    "query_metrics",
    {
      metrics: ["sessions"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "number of visits in september",
    "query_metrics",
    {
      metrics: ["sessions"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    },
  ],
  [
    "spend per session per channel for the previous month",
    "query_metrics",
    {
      metrics: ["cost_per_session"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "ad spend per visit by channel in q3",
    "query_metrics",
    {
      metrics: ["cost_per_session"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "how much revenue came from source google medium cpc last month",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [{ field: "source_medium", op: "in", values: ["google / cpc"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      attributionModel: "last_touch",
    },
  ],
  [
    "orders from source facebook medium cpc last week",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: [],
      filters: [{ field: "source_medium", op: "in", values: ["facebook / cpc"] }],
      timeRange: { from: "2026-10-19", to: "2026-10-25" },
      attributionModel: "last_touch",
    },
  ],
  [
    "how many clicks did our search campaigns get last week",
    "query_metrics",
    {
      metrics: ["clicks"],
      dimensions: ["campaign"],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
      timeRange: { from: "2026-10-19", to: "2026-10-25" },
    },
  ],
  [
    "how many impressions did the tiktok campaigns get in october",
    "query_metrics",
    {
      metrics: ["impressions"],
      dimensions: ["campaign"],
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "how many sessions did email get last month",
    "query_metrics",
    {
      metrics: ["sessions"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["email"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "which channel acquires customers most cheaply",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
      orderBy: [{ field: "cpa", direction: "asc" }],
      limit: 1,
    },
  ],
  [
    "which platform acquires new customers the most cheaply this year",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["platform"],
      filters: [],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      orderBy: [{ field: "cpa", direction: "asc" }],
      limit: 1,
    },
  ],
  [
    "worst-returning campaign last month?",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      orderBy: [{ field: "roas", direction: "asc" }],
    },
  ],
  [
    "best-returning channel this quarter",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-11-01" },
      orderBy: [{ field: "roas", direction: "desc" }],
    },
  ],
  [
    "which five campaigns brought in the most sales this year",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      orderBy: [{ field: "revenue", direction: "desc" }],
      limit: 5,
    },
  ],
  [
    "best five campaigns on return on ad spend in oct",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      orderBy: [{ field: "roas", direction: "desc" }],
      limit: 5,
    },
  ],
  [
    "bottom three channels on return on ad spend last quarter",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
      orderBy: [{ field: "roas", direction: "asc" }],
      limit: 3,
    },
  ],
  [
    "yesterdays revnue by channell",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-31", to: "2026-10-31" },
    },
  ],
  [
    "yday spend by chanel",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-31", to: "2026-10-31" },
    },
  ],
  [
    "orders yday",
    "query_metrics",
    { metrics: ["orders"], dimensions: [], filters: [], timeRange: { from: "2026-10-31", to: "2026-10-31" } },
  ],
  [
    "what return do we get on video advertising",
    "query_metrics",
    { metrics: ["roi"], dimensions: [], filters: [], timeRange: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "what roi do we see from our display ads this year",
    "query_metrics",
    {
      metrics: ["roi"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["display"] }],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
    },
  ],
];
