/**
 * Phrasings for session 16's honest nearest answers (left16a): costs the data does not hold
 * (payouts, agency fees, tools, COGS, email costs) answered with the nearest recorded figure, a
 * metric held against competitors or the industry answered with our own by channel against the
 * period before, targets asked as missed or behind, and profit asked of the business or of one
 * channel at a stated margin. Own wordings; the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const TARGET_METRICS = ["revenue", "spend", "roas", "orders", "cpa", "cac"];
const EMAIL_NEAREST = ["email_revenue", "email_sends", "email_revenue_per_send"];

export const LEFT16A: PhrasingRow[] = [
  // untracked-cost.ts: payouts are not stored; affiliate spend per partner program is the nearest.
  [
    "what did we hand over to affiliate partners as commission in september",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["campaign"], timeRange: SEPT },
  ],
  [
    "affiliate payouts per publisher for q3",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["campaign"], timeRange: Q3 },
  ],
  ["total partner payouts this year", "query_metrics", { metrics: ["spend"], dimensions: ["campaign"] }],
  // untracked-cost.ts: agency fees, salaries and tools are not recorded; ad spend by channel is.
  [
    "how much do we pay the agency in management fees",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["channel"] },
  ],
  [
    "what did our tool subscriptions cost in q3",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["channel"], timeRange: Q3 },
  ],
  [
    "marketing payroll last quarter",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["channel"], timeRange: Q3 },
  ],
  // untracked-cost.ts: no COGS; revenue at the gross margin after ad spend is the nearest.
  ["what was our cost of goods sold in q3", "profitability", { analysis: "contribution_margin" }],
  ["cogs last month", "profitability", { analysis: "contribution_margin" }],
  ["how big are our product costs", "profitability", { analysis: "contribution_margin" }],
  // email-intent.ts: no email cost; revenue per send is the nearest.
  ["how much does a single email send cost us", "query_metrics", { metrics: EMAIL_NEAREST }],
  ["newsletter cost per send last month", "query_metrics", { metrics: EMAIL_NEAREST }],
  ["email roi net of the esp bill", "query_metrics", { metrics: EMAIL_NEAREST }],
  // benchmark-nearest.ts: no market data; our own figure by channel against the period before.
  ["is our cpm high for the industry", "compare_periods", { metrics: ["cpm"], dimensions: ["channel"] }],
  [
    "how does our click through rate stack up against other outdoor brands",
    "compare_periods",
    { metrics: ["ctr"], dimensions: ["channel"] },
  ],
  ["are our cpas better than our rivals", "compare_periods", { metrics: ["cpa"], dimensions: ["channel"] }],
  [
    "roas by platform vs competitors last quarter",
    "compare_periods",
    { metrics: ["roas"], dimensions: ["platform"] },
  ],
  // targets-intent.ts: targets asked as missed or behind: each target against its actual.
  ["which goals are we falling short on", "query_metrics", { metrics: TARGET_METRICS }],
  ["any kpi targets we missed last month", "query_metrics", { metrics: TARGET_METRICS }],
  ["how far are we from our targets this quarter", "query_metrics", { metrics: TARGET_METRICS }],
  // overall-profit-intent.ts: the business's contribution and break-even; one channel at a margin.
  ["is the business profitable", "profitability", { analysis: "contribution_margin" }],
  ["are we actually making money this year", "profitability", { analysis: "contribution_margin" }],
  ["r we in the black", "profitability", { analysis: "contribution_margin" }],
  [
    "is display profitable at a 35% margin",
    "profitability",
    { analysis: "channel_profit", grossMargin: 0.35 },
  ],
  [
    "is paid social making money if margins were 45%",
    "profitability",
    { analysis: "channel_profit", grossMargin: 0.45 },
  ],
  [
    "is tiktok profitable assuming a 55 percent gross margin",
    "profitability",
    { analysis: "channel_profit", grossMargin: 0.55 },
  ],
];
