/**
 * Phrasings for session 17's para17a: other wordings of asks the planner already answered (the
 * kinds of blind sets 1-3), read through para17a-phrasings.ts and para17a-phrasings-asks.ts. Written
 * by hand as my own wordings of each kind, not the blind sets' questions (evals/blind/ is held out).
 * Periods, comparisons and what-ifs said another way.
 */
import type { PhrasingRow } from "./index.ts";

export const PARA17A_FLOWS: PhrasingRow[] = [
  [
    "spend this wk vs same wk LY",
    "compare_periods",
    {
      metrics: ["spend"],
      period: { from: "2026-10-26", to: "2026-11-01" },
      compareTo: { from: "2025-10-26", to: "2025-11-01" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "revenue last month vs same month ly",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2025-10-01", to: "2025-10-31" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "last year's black friday weekend revenue",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2025-11-28", to: "2025-11-30" },
    },
  ],
  [
    "last year's cyber monday orders",
    "query_metrics",
    { metrics: ["orders"], dimensions: [], filters: [], timeRange: { from: "2025-12-01", to: "2025-12-01" } },
  ],
  [
    "which campaigns drove the sept -> oct change in orders",
    "explain_change",
    {
      metric: "orders",
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-09-01", to: "2026-09-30" },
      dimensions: ["campaign"],
      filters: [],
    },
  ],
  [
    "the aug -> sep drop in revenue by channel",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-09-01", to: "2026-09-30" },
      compareTo: { from: "2026-08-01", to: "2026-08-31" },
      dimensions: ["channel"],
      filters: [],
    },
  ],
  [
    "% change in paid social spend, september to october",
    "compare_periods",
    {
      metrics: ["spend"],
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-09-01", to: "2026-09-30" },
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["paid_social"] }],
    },
  ],
  [
    "growth in email revenue july to august",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-08-01", to: "2026-08-31" },
      compareTo: { from: "2026-07-01", to: "2026-07-31" },
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["email"] }],
    },
  ],
  [
    "line chart of cac by month, jan to now",
    "query_metrics",
    {
      metrics: ["cac"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      grain: "month",
    },
  ],
  [
    "roas by week, aug to date",
    "query_metrics",
    {
      metrics: ["roas", "mer"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-08-01", to: "2026-11-01" },
      grain: "week",
    },
  ],
  [
    "what would we lose if display were cut in half",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "channel", value: "display", changePercent: -50 }],
      objective: "profit",
    },
  ],
  [
    "what would happen if paid social were increased by 20%",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "channel", value: "paid_social", changePercent: 20 }],
      objective: "profit",
    },
  ],
  [
    "if paid search is cut by 30%, what happens",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "channel", value: "paid_search", changePercent: -30 }],
      objective: "profit",
    },
  ],
  [
    "if affiliate gets doubled what would we lose",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "channel", value: "affiliate", changePercent: 100 }],
      objective: "profit",
    },
  ],
  [
    "what if tiktok spend doubles",
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
    "what happens if display budget halves",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "channel", value: "display", changePercent: -50 }],
      objective: "profit",
    },
  ],
  [
    "where do we cut to reduce spend 20 percent",
    "recommend_budget",
    {
      totalBudgetChangePercent: -20,
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [],
      objective: "profit",
    },
  ],
  [
    "where should we cut to trim the budget by 15%",
    "recommend_budget",
    {
      totalBudgetChangePercent: -15,
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [],
      objective: "profit",
    },
  ],
  [
    "last week (7 days) return on ad spend per platform",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["platform"],
      filters: [],
      timeRange: { from: "2026-10-25", to: "2026-10-31" },
    },
  ],
  [
    "last wk (7 days) spend by channel",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-25", to: "2026-10-31" },
    },
  ],
  [
    "revenue last week (seven days) by platform",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["platform"],
      filters: [],
      timeRange: { from: "2026-10-25", to: "2026-10-31" },
    },
  ],
];
