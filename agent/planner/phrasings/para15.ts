/**
 * Phrasings for session 15's para15: other wordings of asks the planner already answered (budget
 * what-ifs, recommendations, periods, trends, shares, cohorts, email sends, rewordings of
 * "results", "goal", "the following week"). Written by hand as my own wordings of each kind, not
 * the blind sets' questions (evals/blind/ is held out).
 */
import type { PhrasingRow } from "./index.ts";

const NOV = { from: "2026-11-01", to: "2026-11-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };

export const PARA15: PhrasingRow[] = [
  // whatif-phrasings.ts: a what-if said as "is it worth ...", "a N% bump on ...", "2x", "a tenth of".
  [
    "would it be smart to raise tiktok spend by 15%",
    "recommend_budget",
    { changes: [{ dimension: "platform", value: "tiktok_ads", changePercent: 15 }], period: NOV },
  ],
  [
    "is it worth cutting display by 30%",
    "recommend_budget",
    { changes: [{ dimension: "channel", value: "display", changePercent: -30 }] },
  ],
  [
    "what would a 20% boost to paid search do",
    "recommend_budget",
    { changes: [{ dimension: "channel", value: "paid_search", changePercent: 20 }] },
  ],
  [
    "what if we 2x affiliate",
    "recommend_budget",
    { changes: [{ dimension: "channel", value: "affiliate", changePercent: 100 }] },
  ],
  [
    "effect of 3x tiktok budget next month",
    "recommend_budget",
    { changes: [{ dimension: "platform", value: "tiktok_ads", changePercent: 200 }] },
  ],
  [
    "what if we shift a fifth of paid social budget over to paid search",
    "recommend_budget",
    {
      changes: [
        { dimension: "channel", value: "paid_social", changePercent: -20 },
        { dimension: "channel", value: "paid_search", receives: true },
      ],
    },
  ],
  [
    "what happens to profit if we move 5k affiliate budget to display",
    "recommend_budget",
    {
      changes: [
        { dimension: "channel", value: "affiliate", changeAmount: -5000 },
        { dimension: "channel", value: "display", changeAmount: 5000 },
      ],
    },
  ],
  [
    "honestly is it time to ditch display",
    "recommend_budget",
    { changes: [{ dimension: "channel", value: "display", changePercent: -100 }] },
  ],
  // advice-intent.ts: recommendations said with "ought to", "should be paused", "my focus".
  ["which ads do we need to kill", "recommend", { focus: "campaigns" }],
  ["what campaigns ought to be turned off", "recommend", { focus: "campaigns" }],
  ["any campaigns i might want to scale", "recommend", { focus: "campaigns" }],
  ["what should be our top priority this month", "recommend", { focus: "all" }],
  // time-windows.ts: a window's length in words; "from <month> onwards".
  [
    "orders in the past four weeks vs the four weeks before",
    "compare_periods",
    { period: { from: "2026-10-04", to: "2026-10-31" }, compareTo: { from: "2026-09-06", to: "2026-10-03" } },
  ],
  [
    "meta spend last three months compared to the three months prior",
    "compare_periods",
    { period: { from: "2026-08-01", to: "2026-10-31" }, compareTo: { from: "2026-05-01", to: "2026-07-31" } },
  ],
  [
    "daily sessions from september onwards",
    "query_metrics",
    { metrics: ["sessions"], timeRange: { from: "2026-09-01", to: "2026-11-01" } },
  ],
  [
    "roas by week from july 15 on",
    "query_metrics",
    { dimensions: ["date"], timeRange: { from: "2026-07-15", to: "2026-11-01" } },
  ],
  // modifiers.ts: "graph", "plot", "trended" ask for a series.
  [
    "graph tiktok spend over q3",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], timeRange: Q3 },
  ],
  [
    "plot daily orders for october",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], grain: "day" },
  ],
  ["how has email revenue trended this year", "query_metrics", { dimensions: ["date"] }],
  // intent.ts: "rising", "climbing" ask whether it went up (a comparison).
  // fix20c: a direction asked of a named metric is read from its weekly series (growth-direction-intent.ts).
  ["is our cpa climbing", "query_metrics", { metrics: ["cpa"], dimensions: ["date"], grain: "week" }],
  ["is paid social cpc rising", "query_metrics", { metrics: ["cpc"], dimensions: ["date"], grain: "week" }],
  [
    "is the bounce rate creeping up",
    "query_metrics",
    { metrics: ["bounce_rate"], dimensions: ["date"], grain: "week" },
  ],
  // intent.ts: a difference in meaning said after the two names.
  ["cac vs cpa - what is the difference", "describe_metric", { metric: "cac" }],
  ["how do aov and revenue per customer differ", "describe_metric", {}],
  ["is roas calculated on attributed revenue or all revenue", "describe_metric", { metric: "roas" }],
  // share.ts, customer-phrasings.ts, groups.ts: shares and new-customer wordings.
  [
    "how much of october revenue came from returning customers",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["customer_type"], timeRange: OCT },
  ],
  [
    "q3 orders from first-time purchasers as a percentage",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["customer_type"], timeRange: Q3 },
  ],
  [
    "share of repeat buyers in september vs august",
    "compare_periods",
    { metrics: ["returning_customer_rate"] },
  ],
  ["cac of first time buyers by channel last quarter", "query_metrics", { metrics: ["cac"], timeRange: Q3 }],
  ["monthly cac for newly acquired customers", "query_metrics", { metrics: ["cac"], grain: "month" }],
  // cohort-intent.ts, order-frequency-intent.ts, journey-intent.ts, time-season-codes.ts.
  ["which first channel gets us our stickiest repeat customers", "cohorts", { show: "repeat" }],
  ["how many buyers have 4 or more orders", "cohorts", { show: "frequency", minOrders: 4 }],
  ["months to pay back the acquisition cost, per channel", "cohorts", { show: "payback" }],
  ["which channels pay back inside 6 months", "cohorts", { show: "payback" }],
  [
    "do new buyers need more touches than returning ones",
    "journeys",
    { analysis: "path_length", byCustomerType: true },
  ],
  [
    "ltv for the bf25 cohort vs the summer cohort",
    "cohorts",
    { period: { from: "2025-11-17", to: "2025-12-07" } },
  ],
  // parse.ts: three or more members listed one by one are each a row.
  [
    "clicks for display, affiliate and paid social last month",
    "query_metrics",
    { metrics: ["clicks"], dimensions: ["channel"], timeRange: OCT },
  ],
  [
    "orders from email, direct and referral in q3",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["channel"], timeRange: Q3 },
  ],
  [
    "total spend across google, meta and tiktok in q3",
    "query_metrics",
    { metrics: ["spend"], dimensions: [], timeRange: Q3 },
  ],
  // day-diagnosis-intent.ts, data-freshness-intent.ts, pacing-intent.ts, overview-intent.ts.
  ["what broke on may 14", "detect_anomalies", { period: { from: "2026-05-14", to: "2026-05-14" } }],
  [
    "did anything go wrong on aug 12",
    "detect_anomalies",
    { period: { from: "2026-08-12", to: "2026-08-12" } },
  ],
  ["when does the data refresh", "query_metrics", { dimensions: ["date"], grain: "day" }],
  ["when did the numbers last update", "query_metrics", { dimensions: ["date"], grain: "day" }],
  ["are campaigns on track with their budgets this month", "campaigns", { analysis: "pacing" }],
  ["how's october looking", "overview", { period: OCT }],
  ["how is q3 shaping up", "overview", { period: Q3 }],
  // ask-phrasings.ts: "results", "the following week", "spend days", "over bf", "goal", final touch.
  [
    "results for the paid social channel in q3",
    "query_metrics",
    { filters: [{ field: "channel", values: ["paid_social"] }] },
  ],
  ["q3 channel results vs spend", "query_metrics", { metrics: ["spend", "revenue", "roas"], timeRange: Q3 }],
  [
    "cyber monday week vs the following week, orders",
    "compare_periods",
    { metrics: ["orders"], compareTo: { from: "2025-12-08", to: "2025-12-14" } },
  ],
  [
    "top 3 revenue days in q3",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], limit: 3, timeRange: Q3 },
  ],
  ["biggest order days this year", "query_metrics", { metrics: ["orders"], dimensions: ["date"] }],
  [
    "conversion rate during bf compared to normal",
    "compare_periods",
    { metrics: ["conversion_rate"], period: { from: "2025-11-28", to: "2025-11-28" } },
  ],
  ["are we hitting the roas goal this month", "query_metrics", { dimensions: [] }],
  ["what's our goal for cac and are we under it", "query_metrics", { metrics: ["cac"], dimensions: [] }],
  [
    "paths that have paid search as the last click",
    "journeys",
    { analysis: "first_last", lastChannel: "paid_search" },
  ],
  ["black friday 25 campaigns spend and roas", "query_metrics", { metrics: ["spend", "roas"] }],
  // metric-floor.ts: "spent 500+"; campaign-spend-check.ts: "spend too high", "branded search".
  [
    "top 5 campaigns by roas in q3, only ones that spent 1000+",
    "query_metrics",
    { filters: [{ field: "campaign" }, { field: "spend", op: "gte", value: 1000 }] },
  ],
  [
    "is our brand search budget too big",
    "query_metrics",
    { metrics: ["spend", "revenue", "roas"], filters: [{ field: "campaign", values: [1004] }] },
  ],
  [
    "are we putting too much into branded search",
    "query_metrics",
    { metrics: ["spend", "revenue", "roas"], filters: [{ field: "campaign", values: [1004] }] },
  ],
];
