/**
 * Phrasings for session 17's para17b: other wordings of set 11's kinds of ask, read through
 * para17b-phrasings.ts and para17b-phrasings-asks.ts. Written by hand as my own wordings of each
 * kind (other metrics, periods and channels), not the blind sets' questions (evals/blind/ is held out).
 */
import type { PhrasingRow } from "./index.ts";

export const PARA17B: PhrasingRow[] = [
  // para17b-phrasings.ts: an open end said "until now" is "since"; a window against the one before it; a year back; a holiday's possessive.
  [
    "display spend from memorial day until now",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["display"] }],
      timeRange: { from: "2026-05-25", to: "2026-11-01" },
    },
  ],
  [
    "orders from july 4th to date",
    "query_metrics",
    { metrics: ["orders"], dimensions: [], filters: [], timeRange: { from: "2026-07-04", to: "2026-11-01" } },
  ],
  [
    "affiliate revenue from black friday through today",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["affiliate"] }],
      timeRange: { from: "2025-11-28", to: "2026-11-01" },
    },
  ],
  [
    "compare the last four weeks with the four weeks before on orders and cac",
    "compare_periods",
    {
      metrics: ["orders", "cac"],
      period: { from: "2026-10-04", to: "2026-10-31" },
      compareTo: { from: "2026-09-06", to: "2026-10-03" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "compare the past 10 days with the 10 days before: revenue",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-10-22", to: "2026-10-31" },
      compareTo: { from: "2026-10-12", to: "2026-10-21" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "compare last three months to the three months prior on roas",
    "compare_periods",
    {
      metrics: ["roas"],
      period: { from: "2026-08-01", to: "2026-10-31" },
      compareTo: { from: "2026-05-01", to: "2026-07-31" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "orders this month vs the same month a year ago",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2026-11-01", to: "2026-11-01" },
      compareTo: { from: "2025-11-01", to: "2025-11-01" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "compare last week to the same week one year earlier",
    "compare_periods",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      period: { from: "2026-10-19", to: "2026-10-25" },
      compareTo: { from: "2025-10-19", to: "2025-10-25" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "is the march data off? sessions look strange around st patrick's day",
    "detect_anomalies",
    { metrics: ["sessions"], period: { from: "2026-03-01", to: "2026-03-31" }, filters: [] },
  ],
  // A series by month or week said "month to month", "as a percent vs the week before", "show cumulative".
  [
    "how has cpa changed month to month",
    "query_metrics",
    {
      metrics: ["paid_cpa", "cpa"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      grain: "month",
    },
  ],
  [
    "how has roas trended from week to week",
    "query_metrics",
    {
      metrics: ["roas", "mer"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-08-03", to: "2026-10-31" },
      grain: "week",
    },
  ],
  [
    "percent change in orders from week to week, every week",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-08-03", to: "2026-10-31" },
      grain: "week",
    },
  ],
  [
    "orders growth by week as a percent vs the week before",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-08-03", to: "2026-10-31" },
      grain: "week",
    },
  ],
  [
    "show cumulative spend by month this year",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      grain: "month",
    },
  ],
  [
    "show me running total of orders by week this quarter",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-11-01" },
      grain: "week",
    },
  ],
  // Units of time crossing a level said without "which".
  [
    "days with cpa over $80 in q3",
    "query_metrics",
    {
      metrics: ["paid_cpa", "cpa"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
      grain: "day",
    },
  ],
  [
    "weeks where revenue was under $5k this year",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      grain: "week",
    },
  ],
  [
    "were there days when spend was above $900",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      grain: "day",
    },
  ],
  [
    "did we ever make more than $3k in a day",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      grain: "day",
    },
  ],
  [
    "any days where meta roas fell below 0.5",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["date"],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      grain: "day",
    },
  ],
  [
    "which days when tiktok roas was under 1",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["date"],
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      grain: "day",
    },
  ],
  // para17b-phrasings-asks.ts: scaling a platform's ad sets, the next dollar, a monthly move with a slash, budgets kept, targets.
  ["which tiktok ad set should get more budget", "recommend", { focus: "campaigns", platform: "tiktok_ads" }],
  ["what google adsets do i scale up", "recommend", { focus: "campaigns", platform: "google_ads" }],
  [
    "on tiktok, which campaigns are worth scaling",
    "recommend",
    { focus: "campaigns", platform: "tiktok_ads" },
  ],
  [
    "where to invest our next ad dollar",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [],
      objective: "profit",
    },
  ],
  [
    "best place to spend the next marketing dollar",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [],
      objective: "profit",
    },
  ],
  [
    "what if we shift 2k/month out of affiliate and into paid social",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [
        { dimension: "channel", value: "affiliate", changeAmount: -2000 },
        { dimension: "channel", value: "paid_social", changeAmount: 2000 },
      ],
      objective: "profit",
    },
  ],
  [
    "what if i move $3k/mo from paid search to display",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [
        { dimension: "channel", value: "paid_search", changeAmount: -3000 },
        { dimension: "channel", value: "display", changeAmount: 3000 },
      ],
      objective: "profit",
    },
  ],
  [
    "did we stay under daily budgets last month",
    "campaigns",
    { analysis: "pacing", period: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  [
    "did spend stay within our budgets in september",
    "campaigns",
    { analysis: "pacing", period: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  [
    "are we on track with our targets",
    "query_metrics",
    {
      metrics: ["revenue", "spend", "roas", "orders", "cpa", "cac"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "set a $45 cpa target for paid search",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      statedTargets: [{ metric: "cpa", target: 45 }],
    },
  ],
  [
    "make the affiliate roas target 4x",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["affiliate"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      statedTargets: [{ metric: "roas", target: 4 }],
    },
  ],
  [
    "paid search target: 50 cpa",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      statedTargets: [{ metric: "cpa", target: 50 }],
    },
  ],
  // Definitions, contribution, payback, break-even, hours, the weekday to send email, an email's rate.
  ["how do you know whether a customer is new", "describe_metric", { metric: "new_customers" }],
  ["how do you determine if a customer is new", "describe_metric", { metric: "new_customers" }],
  [
    "q2 contribution minus ad spend",
    "profitability",
    { analysis: "contribution_margin", period: { from: "2026-04-01", to: "2026-06-30" } },
  ],
  [
    "contribution after ads for september",
    "profitability",
    { analysis: "contribution_margin", period: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  [
    "how long to pay back the cost to acquire a customer",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "payback" },
  ],
  ["at what cpa do we stop losing money", "profitability", { analysis: "break_even" }],
  ["at what roas do we start making money", "profitability", { analysis: "break_even" }],
  [
    "what time of day should ads run",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["hour_of_day"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "which day of the week should i send the newsletter",
    "query_metrics",
    {
      metrics: ["email_sends", "email_open_rate", "email_click_rate"],
      dimensions: ["day_of_week"],
      filters: [],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      orderBy: [{ field: "email_click_rate", direction: "desc" }],
    },
  ],
  [
    "what day should we send emails on",
    "query_metrics",
    {
      metrics: ["email_sends", "email_open_rate", "email_click_rate"],
      dimensions: ["day_of_week"],
      filters: [],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      orderBy: [{ field: "email_click_rate", direction: "desc" }],
    },
  ],
  [
    "highest open rate by email",
    "query_metrics",
    {
      metrics: ["email_open_rate"],
      dimensions: ["email_campaign"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
      orderBy: [{ field: "email_open_rate", direction: "desc" }],
    },
  ],
  [
    "lowest click rate by email campaign",
    "query_metrics",
    {
      metrics: ["email_click_rate"],
      dimensions: ["email_campaign"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
      orderBy: [{ field: "email_click_rate", direction: "asc" }],
    },
  ],
  [
    "which email had the most clicks as a % of sends",
    "query_metrics",
    {
      metrics: ["email_click_rate"],
      dimensions: ["email_campaign"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
      orderBy: [{ field: "email_click_rate", direction: "desc" }],
    },
  ],
  // Customers: first-time buyers, the channel whose customers come back, a season's cohort, month cohorts side by side.
  [
    "revenue from first time buyers in q3",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [{ field: "customer_type", op: "in", values: ["new"] }],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "orders from first-time customers last month",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: [],
      filters: [{ field: "customer_type", op: "in", values: ["new"] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "which channel's customers buy again most",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "which channel customers come back the most",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "aov of customers acquired over black friday 2025",
    "query_metrics",
    {
      metrics: ["average_order_value", "new_customers"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2025-11-17", to: "2025-12-07" },
    },
  ],
  [
    "repeat rate of customers we won during black friday 2025",
    "cohorts",
    { period: { from: "2025-11-17", to: "2025-12-07" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "60 day ltv of the march cohort vs the june cohort",
    "cohorts",
    { period: { from: "2026-03-01", to: "2026-03-31" }, groupBy: "first_order_month", ltvDays: 60 },
  ],
  // Funnel, journeys, regions, named campaign groups.
  [
    "display checkout to order conversion in june vs may",
    "compare_periods",
    {
      metrics: ["checkout_completion_rate"],
      period: { from: "2026-06-01", to: "2026-06-30" },
      compareTo: { from: "2026-05-01", to: "2026-05-31" },
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["display"] }],
    },
  ],
  [
    "checkout to purchase conversion rate by channel last month",
    "query_metrics",
    {
      metrics: ["checkout_completion_rate"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "which converting paths begin with email",
    "journeys",
    {
      analysis: "top_paths",
      period: { from: "2026-10-02", to: "2026-10-31" },
      limit: 10,
      firstTouch: ["email"],
    },
  ],
  [
    "top converting journeys that start on paid search",
    "journeys",
    {
      analysis: "top_paths",
      period: { from: "2026-10-02", to: "2026-10-31" },
      limit: 10,
      firstTouch: ["paid_search"],
    },
  ],
  [
    "does paid social really help drive orders or just take the credit",
    "journeys",
    { analysis: "assists", period: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "does affiliate actually help conversions or only claim credit",
    "journeys",
    { analysis: "assists", period: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "revenue by coast - west vs east, q3",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [{ field: "region", op: "in", values: ["CA", "OR", "WA"] }],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
      label: "West Coast",
    },
  ],
  [
    "which coast brings more orders, west or east",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: [],
      filters: [{ field: "region", op: "in", values: ["CA", "OR", "WA"] }],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
      label: "West Coast",
    },
  ],
  [
    "spend for summer 2026 campaigns vs holiday 2025 campaigns",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["campaign"],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
];
