/**
 * Phrasings for session 19's para19: other wordings of set 13's kinds of ask, read through
 * para19-phrasings.ts, para19-phrasings-asks.ts and stated-fiscal-year.ts. Written by hand as my own
 * wordings of each kind (other metrics, periods, channels and dates), not the blind sets' questions
 * (evals/blind/ is held out).
 */
import type { PhrasingRow } from "./index.ts";

export const PARA19: PhrasingRow[] = [
  // para19-phrasings.ts: a budget move with a bare amount (not a year), said without "from" or with an arrow.
  [
    "what if we move 1500 from paid social to affiliate next month",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [
        { dimension: "channel", value: "paid_social", changeAmount: -1500 },
        { dimension: "channel", value: "affiliate", changeAmount: 1500 },
      ],
      objective: "profit",
    },
  ],
  [
    "reallocate 3000 of tiktok budget into paid search in november, what happens",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "platform",
      lockedChannels: [],
      changes: [
        { dimension: "platform", value: "tiktok_ads", changeAmount: -3000 },
        { dimension: "platform", value: "google_ads", changeAmount: 3000 },
      ],
      objective: "profit",
    },
  ],
  [
    "shifting 800 out of display into email next month - impact on profit?",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [
        { dimension: "channel", value: "display", changeAmount: -800 },
        { dimension: "channel", value: "email", changeAmount: 800 },
      ],
      objective: "profit",
    },
  ],
  [
    "move 1k paid social -> affiliate next month",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [
        { dimension: "channel", value: "paid_social", changeAmount: -1000 },
        { dimension: "channel", value: "affiliate", changeAmount: 1000 },
      ],
      objective: "profit",
    },
  ],
  [
    "shift $500 display → paid search for november",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [
        { dimension: "channel", value: "display", changeAmount: -500 },
        { dimension: "channel", value: "paid_search", changeAmount: 500 },
      ],
      objective: "profit",
    },
  ],
  [
    "what if we move 2k tiktok to search next month",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "platform",
      lockedChannels: [],
      changes: [
        { dimension: "platform", value: "tiktok_ads", changeAmount: -2000 },
        { dimension: "platform", value: "google_ads", changeAmount: 2000 },
      ],
      objective: "profit",
    },
  ],
  // Windows around a date said "pre" / "post", or the date first: the days after against the days before.
  [
    "orders 7 days pre black friday vs 7 days post",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2025-11-29", to: "2025-12-05" },
      compareTo: { from: "2025-11-21", to: "2025-11-27" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "compare sessions 2 weeks pre cyber monday vs 2 weeks post",
    "compare_periods",
    {
      metrics: ["sessions"],
      period: { from: "2025-12-08", to: "2025-12-21" },
      compareTo: { from: "2025-11-17", to: "2025-11-30" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "black friday: 7 days before vs 7 days after, orders + aov",
    "compare_periods",
    {
      metrics: ["orders", "average_order_value"],
      period: { from: "2025-11-29", to: "2025-12-05" },
      compareTo: { from: "2025-11-21", to: "2025-11-27" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "memorial day - 5 days before vs 5 days after sessions",
    "compare_periods",
    {
      metrics: ["sessions"],
      period: { from: "2026-05-26", to: "2026-05-30" },
      compareTo: { from: "2026-05-20", to: "2026-05-24" },
      dimensions: [],
      filters: [],
    },
  ],
  // stated-fiscal-year.ts: a fiscal quarter spelled out, or asked "how did it go", once the stated start dates it.
  [
    "fy begins march 1. how did fiscal q2 go?",
    "overview",
    { period: { from: "2026-06-01", to: "2026-08-31" } },
  ],
  [
    "how was fiscal h1? our fiscal year starts april 1",
    "overview",
    { period: { from: "2026-04-01", to: "2026-09-30" } },
  ],
  [
    "revenue for fiscal quarter 2, fiscal year starts feb 1",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-05-01", to: "2026-07-31" },
    },
  ],
  // A slash list of three or more measures: those measures, not a source / medium.
  [
    "orders / sessions / aov by channel last month",
    "query_metrics",
    {
      metrics: ["orders", "sessions", "average_order_value"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "spend / impressions / ctr for tiktok in q3",
    "query_metrics",
    {
      metrics: ["spend", "impressions", "ctr"],
      dimensions: [],
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "last 30d: revenue / orders / new customers",
    "query_metrics",
    {
      metrics: ["revenue", "orders", "new_customers"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  // Brand search against nonbrand with "search" or "campaigns" between: every search campaign side by side.
  [
    "cpa for brand search vs nonbrand in q3",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["campaign"],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "roas: brand campaigns vs nonbrand, this year",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["campaign"],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
    },
  ],
  // A count of the live campaigns said "number of" / "count of".
  ["count of live campaigns", "campaigns", { analysis: "list", status: "live" }],
  ["number of campaigns currently active", "campaigns", { analysis: "list", status: "live" }],
  // Another order placed: customers who came back (the cohorts answer).
  [
    "how many customers from the june cohort made another purchase",
    "cohorts",
    { period: { from: "2026-06-01", to: "2026-06-30" }, groupBy: "first_order_month", show: "repeat" },
  ],
  [
    "new customers in august and how many have placed another order",
    "cohorts",
    { period: { from: "2026-08-01", to: "2026-08-31" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  // "was there a rain impact on": whether it moved the figure (no outside data, said), not the Impact platform.
  [
    "was there a heat wave impact on arizona orders in july",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2026-07-01", to: "2026-07-31" },
      compareTo: { from: "2026-06-01", to: "2026-06-30" },
      dimensions: ["region"],
      filters: [{ field: "region", op: "in", values: ["AZ"] }],
    },
  ],
  [
    "is there any holiday impact on email revenue in december",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2025-12-01", to: "2025-12-31" },
      compareTo: { from: "2025-11-01", to: "2025-11-30" },
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["email"] }],
    },
  ],
  // para19-phrasings-asks.ts: the hours to run ads (no hourly ad data, said; orders by hour as the nearest).
  [
    "which hours should we run tiktok ads",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["hour_of_day"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "what time of day works best for google ads",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["hour_of_day"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  // Where the numbers come from, asked "from the ad platforms or ours".
  ["are your figures from google ads or ours", "search_catalog", { query: "", limit: 50 }],
  ["is this data from the ad platforms or our own store", "search_catalog", { query: "", limit: 50 }],
  // A holdout explained and ours listed.
  ["explain holdouts - have we run any", "campaigns", { analysis: "holdout" }],
  // Non-brand search alone: paid search without the brand campaign.
  [
    "cpa for non-brand search by month this year",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["date"],
      filters: [
        { field: "channel", op: "in", values: ["paid_search"] },
        { field: "campaign", op: "not_in", values: [1004] },
      ],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      grain: "month",
    },
  ],
  [
    "weekly spend on nonbrand search since august",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["date"],
      filters: [
        { field: "channel", op: "in", values: ["paid_search"] },
        { field: "campaign", op: "not_in", values: [1004] },
      ],
      timeRange: { from: "2026-08-01", to: "2026-11-01" },
      grain: "week",
    },
  ],
];
