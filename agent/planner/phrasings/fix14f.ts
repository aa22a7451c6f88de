/**
 * Phrasings for fix14f's kinds (session 19): what-ifs with numbers (a cost per result k times as
 * high at the same spend, an amount per day on a channel, a budget cut by a share), the coming
 * month at unchanged budgets (a run rate, not the optimizer), and history that sounds like the
 * future (a week named by the tracking outage, a pause told as history, the days since a holdout).
 * Follow-ups that change the period are threads, in fix14f-follow-ups.test.ts. My own wordings; the
 * blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const NOV = { from: "2026-11-01", to: "2026-11-30" };
const OUTAGE_WEEK = { from: "2026-03-16", to: "2026-03-22" };
const tiktok = [{ field: "platform", op: "in", values: ["tiktok_ads"] }];
const meta = [{ field: "platform", op: "in", values: ["meta_ads"] }];

export const FIX14F: PhrasingRow[] = [
  // cost-multiple-intent.ts: the latest full month's figures the arithmetic applies to.
  [
    "if tiktok's cost per acquisition doubled with spend unchanged, how many fewer orders would we get",
    "query_metrics",
    { metrics: ["spend", "orders", "cpa"], filters: tiktok, timeRange: OCT },
  ],
  [
    "say meta cac triples next month at the same budget, how many customers do we lose",
    "query_metrics",
    { metrics: ["spend", "new_customers", "cac"], filters: meta, timeRange: OCT },
  ],
  [
    "our cost per click goes up 50% with budgets flat, what happens to clicks",
    "query_metrics",
    { metrics: ["spend", "clicks", "cpc"], timeRange: OCT },
  ],
  [
    "cpa up 25% in september at the same spend, how many orders would that have cost us",
    "query_metrics",
    { metrics: ["spend", "orders", "cpa"], timeRange: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  // budget-per-day.ts: a daily amount on a channel is the period's days' worth of it.
  [
    "what if we put another 50 bucks a day into affiliate, is it worth it",
    "recommend_budget",
    { period: NOV, changes: [{ dimension: "channel", value: "affiliate", changeAmount: 1500 }] },
  ],
  [
    "would an extra $200 per day on paid social make money at a 40% margin",
    "recommend_budget",
    { grossMargin: 0.4, changes: [{ dimension: "channel", value: "paid_social", changeAmount: 6000 }] },
  ],
  [
    "if we cut $80/day from display next month what happens to profit",
    "recommend_budget",
    { changes: [{ dimension: "channel", value: "display", changeAmount: -2400 }] },
  ],
  // budget.ts relativeTotal: a cut said of the budget (passive, or as a noun) is a share of it.
  [
    "our budget gets cut 30% in november, where do we trim to protect profit",
    "recommend_budget",
    { totalBudgetChangePercent: -30, period: NOV, objective: "profit" },
  ],
  [
    "with a 15% budget cut next month which channels should give up spend",
    "recommend_budget",
    { totalBudgetChangePercent: -15 },
  ],
  [
    "finance wants a 20% reduction in the marketing budget, where should it come from",
    "recommend_budget",
    { totalBudgetChangePercent: -20 },
  ],
  // flat-budget-forecast.ts: revenue first, then orders and spend, at the pace month's daily rate.
  [
    "rough numbers for december if we run the same budgets as september",
    "project_run_rate",
    {
      metric: "revenue",
      period: { from: "2026-12-01", to: "2026-12-31" },
      pace: { from: "2026-09-01", to: "2026-09-30" },
    },
  ],
  [
    "how would november turn out at current budgets",
    "project_run_rate",
    { metric: "revenue", period: NOV, pace: OCT },
  ],
  [
    "if we hold spend flat, what would next month bring in",
    "project_run_rate",
    { metric: "revenue", period: NOV, pace: OCT },
  ],
  // incident-days.ts: the week named by the outage, day by day.
  [
    "how did sales look during the week of the tracking outage",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], timeRange: OUTAGE_WEEK, grain: "day" },
  ],
  [
    "what did orders do in the week the pixel broke",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], timeRange: OUTAGE_WEEK },
  ],
  [
    "sessions the week of the outage",
    "query_metrics",
    { metrics: ["sessions"], dimensions: ["date"], timeRange: OUTAGE_WEEK },
  ],
  // holdout-intent.ts: a pause told as history is the recorded holdout, never a forecast.
  [
    "display was switched off for a week in june, did sales drop while it was off",
    "campaigns",
    { analysis: "holdout", channel: "display", around: { from: "2026-06-01", to: "2026-06-30" } },
  ],
  [
    "we turned affiliate off for two weeks in july, did orders actually move",
    "campaigns",
    { analysis: "holdout", channel: "affiliate" },
  ],
  [
    "paid search got paused for a week in the fall, did revenue notice",
    "campaigns",
    { analysis: "holdout", channel: "paid_search" },
  ],
  // The days since a holdout ended, against as many before it (cut to the data's end by the tool).
  [
    "has paid search come back since its holdout ended",
    "campaigns",
    { analysis: "holdout", channel: "paid_search", sideDays: 91 },
  ],
  [
    "did affiliate recover after the holdout",
    "campaigns",
    { analysis: "holdout", channel: "affiliate", sideDays: 91 },
  ],
  [
    "post holdout, has paid social rebounded",
    "campaigns",
    { analysis: "holdout", channel: "paid_social", sideDays: 91 },
  ],
];
