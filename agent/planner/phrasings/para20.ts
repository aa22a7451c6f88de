/**
 * Phrasings for session 20's other wordings of set 14's answered asks (para20-phrasings.ts and the
 * readers it names): each row a wording that answered another question before the fix, then a few
 * that already read as the original. Written by hand; the blind sets (evals/blind/) are held out
 * and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

export const PARA20: PhrasingRow[] = [
  // Fixed: each answered another question before.
  ["explain mer versus roas quickly", "describe_metric", { metric: "mer" }],
  ["roas vs cac, the difference in one line", "describe_metric", { metric: "roas" }],
  ["whats cac right now", "query_metrics", { metrics: ["cac"] }],
  ["what is cpa currently", "query_metrics", { metrics: ["paid_cpa", "cpa"] }],
  [
    "tiktok as first touch for email buyers, how often?",
    "journeys",
    { analysis: "first_last", lastChannel: "email" },
  ],
  [
    "of customers who buy through email, how many first touched tiktok",
    "journeys",
    { analysis: "first_last", lastChannel: "email" },
  ],
  [
    "share of email purchasers whose first touch was meta",
    "journeys",
    { analysis: "first_last", lastChannel: "email" },
  ],
  [
    "last six weeks vs the six before that for new customers",
    "compare_periods",
    { metrics: ["new_customers"], filters: [] },
  ],
  ["is november spend on pace with budget", "campaigns", { analysis: "pacing" }],
  ["ad frequency on meta - are we saturating the audience", "profitability", { analysis: "overspend" }],
  [
    "top growing states oct vs sep",
    "compare_periods",
    { dimensions: ["region"], period: OCT, compareTo: SEP },
  ],
  [
    "states with the biggest growth from september to october",
    "compare_periods",
    { dimensions: ["region"], period: OCT, compareTo: SEP },
  ],
  [
    "which channels grew fastest sep to oct",
    "compare_periods",
    { dimensions: ["channel"], period: OCT, compareTo: SEP },
  ],
  ["busiest hour for orders", "query_metrics", { dimensions: ["hour_of_day"], metrics: ["orders"] }],
  [
    "busiest day of the week for sessions",
    "query_metrics",
    { dimensions: ["day_of_week"], metrics: ["sessions"] },
  ],
  ["which 10 states have the most orders", "query_metrics", { dimensions: ["region"], limit: 10 }],
  ["which 5 campaigns drove the most revenue", "query_metrics", { dimensions: ["campaign"], limit: 5 }],
  ["which channels have the highest return rate", "query_metrics", { dimensions: ["channel"] }],
  [
    "revenue from all channels except email and direct last quarter",
    "query_metrics",
    { dimensions: [], filters: [{ field: "channel", op: "not_in", values: ["email", "direct"] }] },
  ],
  [
    "spend & revenue by channel and month for q3",
    "query_metrics",
    { dimensions: ["date", "channel"], grain: "month" },
  ],
  [
    "revenue by platform and week last month",
    "query_metrics",
    { dimensions: ["date", "platform"], grain: "week" },
  ],
  [
    "last six months revenue pivot: rows months, cols channels",
    "query_metrics",
    { dimensions: ["date", "channel"], grain: "month" },
  ],
  [
    "revenue by month and channel, channels across the top, last 6 months",
    "query_metrics",
    { dimensions: ["date", "channel"], grain: "month" },
  ],
  ["why was march 17 different", "detect_anomalies", { period: { from: "2026-03-17", to: "2026-03-17" } }],
  ["why was oct 3rd so weird", "detect_anomalies", { period: { from: "2026-10-03", to: "2026-10-03" } }],
  ["cpa for email", "query_metrics", { metrics: ["email_revenue", "email_sends", "email_revenue_per_send"] }],
  [
    "email cac last month",
    "query_metrics",
    { metrics: ["email_revenue", "email_sends", "email_revenue_per_send"] },
  ],
  // With a spread asked too (fix15d), the daily series with its spread: its answer gives the mean a day.
  [
    "how much do we usually spend per day and how much does it fluctuate",
    "query_metrics",
    { metrics: ["spend"], spread: true },
  ],
  ["typical spend per day + how volatile is it", "query_metrics", { metrics: ["spend"], spread: true }],
  [
    "for the qbr: q3 spend, revenue and roas vs q2; top 5 campaigns by revenue in q3; new customer cac q3",
    "compare_periods",
    { metrics: ["spend", "revenue", "roas"], period: Q3, dimensions: [] },
  ],
  // Already read as the original (a sample).
  ["how is mer different from roas", "describe_metric", { metric: "mer" }],
  ["unsubscribe rate per email campaign, highest first", "query_metrics", { dimensions: ["email_campaign"] }],
  ["new custs: past six weeks vs the six weeks before", "compare_periods", { metrics: ["new_customers"] }],
  ["when we move from last click to first click which channel picks up the most credit", "attribution", {}],
  [
    "what caused the drop in paid social conversion rate in august",
    "explain_change",
    { metric: "conversion_rate" },
  ],
  ["how has the checkout to purchase rate trended monthly", "query_metrics", { grain: "month" }],
  ["q4 spend to date", "query_metrics", { metrics: ["spend"] }],
  ["rev excl email & direct last qtr", "query_metrics", { metrics: ["revenue"] }],
  ["got $3000 more budget for nov, where to spend it", "recommend_budget", { extraBudget: 3000 }],
  ["how did the affiliate holdout test come out", "campaigns", { analysis: "holdout" }],
  [
    "last three months revenue per session per channel",
    "query_metrics",
    { metrics: ["revenue_per_session"] },
  ],
  ["what percent of orders had just one touch", "journeys", { analysis: "path_length" }],
  ["affiliate: last click vs data driven attribution difference", "attribution", { channels: ["affiliate"] }],
  ["how are order values distributed", "cohorts", { show: "order_value" }],
];
