/**
 * Phrasings for session 16's para16: other wordings of asks the planner already answered, read
 * through para16-phrasings.ts and para16-phrasings-asks.ts. Written by hand as my own wordings of
 * each kind (other metrics, periods and channels than any blind question), not the blind sets'
 * questions (evals/blind/ is held out).
 */
import type { PhrasingRow } from "./index.ts";

export const PARA16: PhrasingRow[] = [
  // para16-phrasings.ts: selling said for revenue.
  [
    "how much did we sell last week",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-19", to: "2026-10-25" },
    },
  ],
  [
    "how much have we sold this year",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
    },
  ],
  [
    "what did we sell in september",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    },
  ],
  // A comparison with the period just before, said after the verb; "compare X with the one before".
  [
    "how did revenue change vs the previous week",
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
    "did orders go up compared to the prior month",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-09-01", to: "2026-09-30" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "how did roas move vs last week",
    "compare_periods",
    {
      metrics: ["roas"],
      period: { from: "2026-10-19", to: "2026-10-25" },
      compareTo: { from: "2026-10-12", to: "2026-10-18" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "compare this month with the one before",
    "compare_periods",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      period: { from: "2026-11-01", to: "2026-11-01" },
      compareTo: { from: "2026-10-01", to: "2026-10-31" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "compare last week to the one before",
    "compare_periods",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      period: { from: "2026-10-19", to: "2026-10-25" },
      compareTo: { from: "2026-10-12", to: "2026-10-18" },
      dimensions: [],
      filters: [],
    },
  ],
  // Definitions asked as "what is the difference", "how is X different from Y", "what makes somebody new".
  ["roas vs mer what is the difference", "describe_metric", { metric: "roas" }],
  ["how is cac different from cpa", "describe_metric", { metric: "cac" }],
  ["what makes somebody a new customer", "describe_metric", { metric: "new_customers" }],
  // A cost said per click, per new customer, per order.
  [
    "what did a click cost us on meta last month",
    "query_metrics",
    {
      metrics: ["cpc"],
      dimensions: [],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "which campaigns cost the most per click in q3",
    "query_metrics",
    {
      metrics: ["cpc"],
      dimensions: ["campaign"],
      filters: [],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
      orderBy: [{ field: "cpc", direction: "desc" }],
    },
  ],
  [
    "cost per new customer in q3",
    "query_metrics",
    { metrics: ["cac"], dimensions: [], filters: [], timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  [
    "ad spend per order by month",
    "query_metrics",
    {
      metrics: ["paid_cpa", "cpa"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      grain: "month",
    },
  ],
  // Spend floors said "with $2k+ spend", "min $1k spend".
  [
    "best campaigns by roas in q3 with $2k+ spend",
    "query_metrics",
    {
      metrics: ["roas", "spend"],
      dimensions: ["campaign"],
      filters: [
        { field: "campaign", op: "neq", value: null },
        { field: "spend", op: "gte", value: 2000 },
      ],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
      orderBy: [{ field: "roas", direction: "desc" }],
    },
  ],
  [
    "worst campaigns by cpa last month with at least 500 in spend",
    "query_metrics",
    {
      metrics: ["cpa", "spend"],
      dimensions: ["campaign"],
      filters: [
        { field: "campaign", op: "neq", value: null },
        { field: "spend", op: "gte", value: 500 },
      ],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      orderBy: [{ field: "cpa", direction: "desc" }],
    },
  ],
  [
    "top campaigns by revenue ytd min $1k spend",
    "query_metrics",
    {
      metrics: ["revenue", "spend"],
      dimensions: ["campaign"],
      filters: [
        { field: "campaign", op: "neq", value: null },
        { field: "spend", op: "gte", value: 1000 },
      ],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      orderBy: [{ field: "revenue", direction: "desc" }],
      limit: 10,
    },
  ],
  // Paid channels only, said another way.
  [
    "cpa by channel last month just the paid ones",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["channel"],
      filters: [{ field: "channel_group", op: "in", values: ["paid"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "new customers by week from paid channels only",
    "query_metrics",
    {
      metrics: ["new_customers"],
      dimensions: ["date", "channel"],
      filters: [{ field: "channel_group", op: "in", values: ["paid"] }],
      timeRange: { from: "2026-08-03", to: "2026-10-31" },
      grain: "week",
    },
  ],
  // Advice asked as worry, risks, health, focus areas, the one thing.
  ["what should concern me", "recommend", { focus: "all" }],
  ["focus areas this week", "recommend", { focus: "all" }],
  ["what are the main risks we should know about", "recommend", { focus: "all" }],
  ["marketing health right now", "overview", { period: { from: "2026-10-02", to: "2026-10-31" } }],
  ["what is the one thing that would help q4 most", "recommend", { focus: "all", limit: 1 }],
  // Two platforms joined by "and": one row each.
  [
    "cpm for meta and tiktok last month",
    "query_metrics",
    {
      metrics: ["cpm"],
      dimensions: ["platform"],
      filters: [{ field: "platform", op: "in", values: ["meta_ads", "tiktok_ads"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "ctr on google and meta this year",
    "query_metrics",
    {
      metrics: ["ctr"],
      dimensions: ["platform"],
      filters: [{ field: "platform", op: "in", values: ["google_ads", "meta_ads"] }],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
    },
  ],
  [
    "spend for tiktok and meta in q3",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["platform"],
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads", "meta_ads"] }],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  // Period starts and spans: "from labor day on", "weekly ... from march", "jun-aug vs mar-may".
  [
    "daily orders from labor day on",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-09-07", to: "2026-11-01" },
      grain: "day",
    },
  ],
  [
    "weekly spend from march",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-03-01", to: "2026-11-01" },
      grain: "week",
    },
  ],
  [
    "paid search jun-aug vs mar-may",
    "compare_periods",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      period: { from: "2026-06-01", to: "2026-08-31" },
      compareTo: { from: "2026-03-01", to: "2026-05-31" },
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
    },
  ],
  [
    "revenue thanksgiving to cyber monday 2025",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2025-11-27", to: "2025-12-01" },
    },
  ],
  // Budget what-ifs in the passive or as a noun, moves, whole cuts, 2x, budgets to split, a capped plan.
  [
    "what if paid search gets cut by 20%",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "channel", value: "paid_search", changePercent: -20 }],
      objective: "profit",
    },
  ],
  [
    "what happens if display is increased by 10%",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "channel", value: "display", changePercent: 10 }],
      objective: "profit",
    },
  ],
  [
    "impact of a 25% tiktok cut",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "platform",
      lockedChannels: [],
      changes: [{ dimension: "platform", value: "tiktok_ads", changePercent: -25 }],
      objective: "profit",
    },
  ],
  [
    "what if 15% of affiliate budget moves to paid social",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [
        { dimension: "channel", value: "affiliate", changePercent: -15 },
        { dimension: "channel", value: "paid_social", receives: true },
      ],
      objective: "profit",
    },
  ],
  [
    "impact of cutting all display spend",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "channel", value: "display", changePercent: -100 }],
      objective: "profit",
    },
  ],
  [
    "effect of 2x tiktok budget",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "platform",
      lockedChannels: [],
      changes: [{ dimension: "platform", value: "tiktok_ads", changePercent: 100 }],
      objective: "profit",
    },
  ],
  [
    "is it worth shifting display money into paid search",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [
        { dimension: "channel", value: "display", changePercent: -20 },
        { dimension: "channel", value: "paid_search", receives: true },
      ],
      objective: "profit",
    },
  ],
  [
    "$50k for november how should we split it",
    "recommend_budget",
    {
      totalBudget: 50000,
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [],
      objective: "profit",
    },
  ],
  [
    "plan next month spend so cpa stays under 40",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [],
      objective: "profit",
    },
  ],
];
