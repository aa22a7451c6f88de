/**
 * Phrasings for session 26's para26: set 20's asks said another way (para26-phrasings.ts and the
 * readers it names), with a sample of wordings that already read as the original. Written by
 * hand; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

export const PARA26: PhrasingRow[] = [
  ["wow changes last week", "overview", { period: { from: "2026-10-19", to: "2026-10-25" } }],
  ["anything change week over week?", "overview", { period: { from: "2026-10-19", to: "2026-10-25" } }],
  [
    "how does CPA compare between search and social for q3",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["channel"],
      filters: [{ field: "channel", op: "in", values: ["paid_search", "paid_social"] }],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "is it worth increasing spend on the brand search campaign",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "campaign", value: 1004, changePercent: 10 }],
      objective: "profit",
    },
  ],
  [
    "raise brand search budget - yes or no?",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "campaign", value: 1004, changePercent: 10 }],
      objective: "profit",
    },
  ],
  [
    "last week's summary for our slack channel",
    "overview",
    { period: { from: "2026-10-19", to: "2026-10-25" } },
  ],
  [
    "board update: three bullet points summarizing last quarter",
    "brief",
    { period: { from: "2026-07-01", to: "2026-09-30" }, review: { wins: 3, concerns: 3, short: true } },
  ],
  [
    "summarize q3 in 3 bullets for the board",
    "brief",
    { period: { from: "2026-07-01", to: "2026-09-30" }, review: { wins: 3, concerns: 3, short: true } },
  ],
  [
    "three key points from last quarter for our board deck",
    "brief",
    { period: { from: "2026-07-01", to: "2026-09-30" }, review: { wins: 3, concerns: 3, short: true } },
  ],
  [
    "why didn't we make any money in february?",
    "explain_change",
    {
      metric: "revenue",
      period: { from: "2026-02-01", to: "2026-02-28" },
      compareTo: { from: "2026-01-01", to: "2026-01-31" },
      dimensions: ["channel"],
      filters: [],
    },
  ],
  [
    "explain attribution in plain english - why should I care?",
    "attribution",
    {
      models: ["last_touch", "linear", "markov"],
      level: "channel",
      metric: "revenue",
      period: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "what is attribution? why is it important",
    "attribution",
    {
      models: ["last_touch", "linear", "markov"],
      level: "channel",
      metric: "revenue",
      period: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "why should i care about attribution, what is it",
    "attribution",
    {
      models: ["last_touch", "linear", "markov"],
      level: "channel",
      metric: "revenue",
      period: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  ["what's cac and why does it matter", "describe_metric", { metric: "cac" }],
  [
    "cut tiktok spend 50% - revenue impact?",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "platform",
      lockedChannels: [],
      changes: [{ dimension: "platform", value: "tiktok_ads", changePercent: -50 }],
      objective: "profit",
    },
  ],
  [
    "what would revenue do if we spent half as much on tiktok",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "platform",
      lockedChannels: [],
      changes: [{ dimension: "platform", value: "tiktok_ads", changePercent: -50 }],
      objective: "profit",
    },
  ],
  [
    "orders from email compared to organic year to date",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["channel"],
      filters: [{ field: "channel", op: "in", values: ["email", "organic_search"] }],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
    },
  ],
  [
    "do black friday new customers return?",
    "cohorts",
    { period: { from: "2025-11-17", to: "2025-12-07" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "which SKUs had the most sales in october",
    "query_metrics",
    {
      metrics: ["orders", "revenue"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "which channel bounces the most",
    "query_metrics",
    {
      metrics: ["bounce_rate"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
      orderBy: [{ field: "bounce_rate", direction: "desc" }],
      limit: 1,
    },
  ],
  [
    "do channel revenues sum to total order revenue? show it for september",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
      attributionModel: "last_touch",
    },
  ],
  [
    "check that revenue by channel totals to order revenue for september",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
      attributionModel: "last_touch",
    },
  ],
  [
    "which 5 campaigns have the highest return on ad spend so far this year",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      orderBy: [{ field: "roas", direction: "desc" }],
      limit: 5,
    },
  ],
  [
    "revnue per channell last 30 days",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "cpm by network this yr",
    "query_metrics",
    {
      metrics: ["cpm"],
      dimensions: ["platform"],
      filters: [],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
    },
  ],
  [
    "how many emails went out in october and what was the cost per email",
    "query_metrics",
    {
      metrics: ["email_revenue", "email_sends", "email_revenue_per_send"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "did the holdout prove paid search is incremental",
    "campaigns",
    { analysis: "holdout", channel: "paid_search" },
  ],
  [
    "paid social first touch vs last touch",
    "attribution",
    {
      models: ["first_touch", "last_touch"],
      level: "channel",
      metric: "revenue",
      period: { from: "2026-10-02", to: "2026-10-31" },
      channels: ["paid_social"],
    },
  ],
  [
    "checkout cvr so far this month",
    "query_metrics",
    {
      metrics: ["checkout_completion_rate"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-11-01", to: "2026-11-01" },
    },
  ],
  ["mer - meaning?", "describe_metric", { metric: "mer" }],
];
