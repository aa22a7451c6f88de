/**
 * Phrasings for session 9's fixes (fix4a): queries checked against what the catalog can combine
 * (catalog-fit.ts), a platform in a channel what-if, customer value over time as cohorts, a past
 * pause as history, an amount split with a pronoun, reassurance as the overview, targets against
 * actuals, spend against budgets, and chat filler. Written by hand as my own wordings of the kinds;
 * the blind sets (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const SEPT = { from: "2026-09-01", to: "2026-09-30" };

export const FIX4A: PhrasingRow[] = [
  // catalog-fit.ts: a metric the filter cannot apply to is left out, the rest answered (fix6a:
  // with the nearest measure that fits beside them, ad clicks for sessions).
  [
    "orders and sessions from tiktok in september",
    "query_metrics",
    { metrics: ["orders", "clicks"], timeRange: SEPT },
  ],
  [
    "revenue plus visits for meta ads in september",
    "query_metrics",
    { metrics: ["revenue", "clicks"], timeRange: SEPT },
  ],
  // Customer counts are per date only: the nearest measures by campaign.
  [
    "number of customers per display campaign in september",
    "query_metrics",
    { metrics: ["new_customers", "orders", "average_order_value"], dimensions: ["campaign"] },
  ],
  // budget-mixed.ts: a platform on one side of a channel move is its channel.
  [
    "shift $3k from affiliate into tiktok next month",
    "recommend_budget",
    {
      level: "channel",
      changes: [
        { dimension: "channel", value: "affiliate", changeAmount: -3000 },
        { dimension: "channel", value: "paid_social", changeAmount: 3000 },
      ],
    },
  ],
  ["move 2000 from display to facebook, what happens", "recommend_budget", { level: "channel" }],
  // cohort-intent.ts: value over a lifetime.
  [
    "which source gives us the highest value buyers over the long term",
    "cohorts",
    { groupBy: "first_touch_channel" },
  ],
  [
    "which channel's shoppers spend the most over their lifetime",
    "cohorts",
    { groupBy: "first_touch_channel" },
  ],
  // pause-history-intent.ts: a past pause is history (weekly, the paused spend first).
  [
    "during the meta holdout in june what happened to orders",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["date"],
      grain: "week",
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
    },
  ],
  [
    "the week we switched off tiktok in august, did revenue fall?",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "week" },
  ],
  // vocabulary-extra.ts: an amount stated, then split with a pronoun.
  ["got 20k to play with in december, how do we divide it up", "recommend_budget", { totalBudget: 20000 }],
  [
    "there's 15k for ads next quarter - how would you allocate it",
    "recommend_budget",
    { totalBudget: 15000 },
  ],
  // overview-intent.ts: reassurance about the whole.
  ["are things looking fine these days", "overview", {}],
  ["should we be concerned at all", "overview", {}],
  ["is performance in decent shape", "overview", {}],
  // pacing-intent.ts: spend against budgets in other words (fix6a: the campaigns tool's pacing).
  [
    "budget vs actuals per campaign for september",
    "campaigns",
    { analysis: "pacing", period: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  [
    "show actual spend relative to each campaign's budget last month",
    "campaigns",
    { analysis: "pacing", period: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  // targets-intent.ts: targets against actuals.
  [
    "are we hitting targets",
    "query_metrics",
    { metrics: ["revenue", "spend", "roas", "orders", "cpa", "cac"] },
  ],
  [
    "status of our kpi targets",
    "query_metrics",
    { metrics: ["revenue", "spend", "roas", "orders", "cpa", "cac"] },
  ],
  // normalize.ts: chat filler is not a metric name.
  ["paid search trend since july, monthly plz", "query_metrics", { dimensions: ["date"], grain: "month" }],
  ["roas by channel rn", "query_metrics", { metrics: ["roas"], dimensions: ["channel"] }],
];
