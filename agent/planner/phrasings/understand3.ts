/**
 * Phrasings for session 8's understanding work (understand3): paid vs organic (the channel group),
 * the same holiday a year apart (the holiday's own date the year before, not the same calendar
 * dates), budget splits asked as "the best way to spend", cohort value and repeat-purchase words,
 * "what changes should we make", the headline figures, and channel sequences as a list. Written
 * by hand from fresh questions of my own; the blind sets (evals/blind/) are held out and not
 * copied here.
 */
import type { PhrasingRow } from "./index.ts";

export const UNDERSTAND3: PhrasingRow[] = [
  [
    "paid versus organic revenue in september",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["channel_group"],
      filters: [],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    },
  ],
  [
    "how does revenue split between paid and unpaid channels in september",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["channel_group"],
      filters: [],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    },
  ],
  [
    "orders paid vs organic in q3",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["channel_group"],
      filters: [],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "q3 orders: organic or paid?",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["channel_group"],
      filters: [],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "what share of sessions is organic last week",
    "query_metrics",
    {
      metrics: ["sessions"],
      dimensions: ["channel_group"],
      filters: [],
      timeRange: { from: "2026-10-19", to: "2026-10-25" },
    },
  ],
  [
    "revenue from unpaid channels in october",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [{ field: "channel_group", op: "not_in", values: ["paid"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "non-paid revenue october",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [{ field: "channel_group", op: "not_in", values: ["paid"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "pie of orders paid vs unpaid last month",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["channel_group"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "paid vs organic orders weekly in october",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date", "channel_group"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      grain: "week",
    },
  ],
  [
    "new customers by channel group last month",
    "query_metrics",
    {
      metrics: ["new_customers"],
      dimensions: ["channel_group"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "paid and organic conversion rate last month",
    "query_metrics",
    {
      metrics: ["conversion_rate"],
      dimensions: ["channel_group"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "organic vs paid sessions yesterday",
    "query_metrics",
    {
      metrics: ["sessions"],
      dimensions: ["channel_group"],
      filters: [],
      timeRange: { from: "2026-10-31", to: "2026-10-31" },
    },
  ],
  [
    "what % of orders came through paid last month",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["channel_group"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "revenue by paid / organic / owned / direct in october",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["channel_group"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "how much did organic channels bring in last quarter",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [{ field: "channel_group", op: "in", values: ["organic"] }],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "how many orders came from non paid channels last week",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: [],
      filters: [{ field: "channel_group", op: "not_in", values: ["paid"] }],
      timeRange: { from: "2026-10-19", to: "2026-10-25" },
    },
  ],
  [
    "black friday revenue vs last year",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2025-11-28", to: "2025-11-28" },
      compareTo: { from: "2024-11-29", to: "2024-11-29" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "revenue on black friday compared with the year before",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2025-11-28", to: "2025-11-28" },
      compareTo: { from: "2024-11-29", to: "2024-11-29" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "cyber monday orders yoy",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2025-12-01", to: "2025-12-01" },
      compareTo: { from: "2024-12-02", to: "2024-12-02" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "bfcm orders this year vs last",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2026-11-27", to: "2026-11-30" },
      compareTo: { from: "2025-11-28", to: "2025-12-01" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "this year's cyber week orders compared to last year",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2026-11-27", to: "2026-11-30" },
      compareTo: { from: "2025-11-28", to: "2025-12-01" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "revenue in christmas week year on year",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2025-12-22", to: "2025-12-28" },
      compareTo: { from: "2024-12-23", to: "2024-12-29" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "black friday weekend spend vs last year",
    "compare_periods",
    {
      metrics: ["spend"],
      period: { from: "2025-11-28", to: "2025-11-30" },
      compareTo: { from: "2024-11-29", to: "2024-12-01" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "thanksgiving sessions vs the same day last year",
    "compare_periods",
    {
      metrics: ["sessions"],
      period: { from: "2025-11-27", to: "2025-11-27" },
      compareTo: { from: "2024-11-28", to: "2024-11-28" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "this cyber monday vs last cyber monday revenue",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-11-30", to: "2026-11-30" },
      compareTo: { from: "2025-12-01", to: "2025-12-01" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "black friday week orders year over year",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2025-11-24", to: "2025-11-30" },
      compareTo: { from: "2024-11-25", to: "2024-12-01" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "smartest way to spend 40k next month",
    "recommend_budget",
    { totalBudget: 40000, period: { from: "2026-11-01", to: "2026-11-30" } },
  ],
  [
    "how should we spend $25k in december",
    "recommend_budget",
    { totalBudget: 25000, period: { from: "2026-12-01", to: "2026-12-31" } },
  ],
  [
    "best way to invest 15k across channels next quarter",
    "recommend_budget",
    { totalBudget: 15000, period: { from: "2027-01-01", to: "2027-03-31" } },
  ],
  [
    "customer value after 60 days by first channel",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", ltvDays: 60 },
  ],
  [
    "how many customers order a second time",
    "cohorts",
    // fix13d: a count of customers whose second order is in the data (lifecycle-count-intent.ts).
    { period: { from: "2025-11-01", to: "2026-10-31" }, show: "second_order" },
  ],
  [
    "share of buyers who purchased more than once",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel" },
  ],
  [
    "buyer value after a year by acquisition channel",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", ltvDays: 365 },
  ],
  ["what two changes should we make next month", "recommend", { focus: "all" }],
  ["which three actions would you recommend", "recommend", { focus: "all" }],
  ["what things should we fix first", "recommend", { focus: "all" }],
  ["headline figures for last month", "overview", { period: { from: "2026-10-01", to: "2026-10-31" } }],
  ["key numbers this week", "overview", { period: { from: "2026-10-26", to: "2026-11-01" } }],
  [
    "which channel paths bring the most revenue in september",
    "journeys",
    { analysis: "top_paths", period: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  [
    "what channel sequences convert best last month",
    "journeys",
    { analysis: "top_paths", period: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  [
    "what was the best day for orders in october",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      grain: "day",
      orderBy: [{ field: "orders", direction: "desc" }],
      limit: 1,
    },
  ],
  [
    "which month had the highest revenue this year",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      grain: "month",
      orderBy: [{ field: "revenue", direction: "desc" }],
      limit: 1,
    },
  ],
  [
    "our worst week for roas in q3",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
      grain: "week",
      orderBy: [{ field: "roas", direction: "asc" }],
      limit: 1,
    },
  ],
  ["are we profitable on paid social", "profitability", { analysis: "channel_profit" }],
  ["is meta making money", "profitability", { analysis: "channel_profit" }],
  ["are we making money on display", "profitability", { analysis: "channel_profit" }],
];
