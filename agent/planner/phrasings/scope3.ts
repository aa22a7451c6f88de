/**
 * Phrasings for asks a third blind set showed answered as a different question (the set itself,
 * evals/blind/questions-3.jsonl, is held out and not copied here): a cause outside the data
 * (answered as the period against the one before, with a note), break-even ROAS, a spend cut "we
 * need to" make, affiliate partners and brand vs non-brand campaigns as breakdowns, and nCAC.
 * Today is Sunday 2026-11-01 in the test context.
 */
import type { PhrasingRow } from "./index.ts";

const JULY = { from: "2026-07-01", to: "2026-07-31" };
const JUNE = { from: "2026-06-01", to: "2026-06-30" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const LAST_WEEK = { from: "2026-10-19", to: "2026-10-25" };
const WEEK_BEFORE = { from: "2026-10-12", to: "2026-10-18" };

export const SCOPE3: PhrasingRow[] = [
  // A cause the data does not hold: the period against the one before.
  [
    "did the hot weather in july help revenue",
    "compare_periods",
    { metrics: ["revenue"], period: JULY, compareTo: JUNE },
  ],
  [
    "how did the storm affect orders last week",
    "compare_periods",
    { metrics: ["orders"], period: LAST_WEEK, compareTo: WEEK_BEFORE },
  ],
  [
    "did the postal strike hurt sales in october",
    "compare_periods",
    { metrics: ["revenue"], period: OCT, compareTo: SEPT },
  ],
  [
    "orders fell in july because of the heatwave right?",
    "compare_periods",
    { metrics: ["orders"], period: JULY, compareTo: JUNE },
  ],
  // Break-even ROAS: the channel profit answer leads with it.
  ["what is our break even roas", "profitability", { analysis: "channel_profit" }],
  ["what roas do we need to break even?", "profitability", { analysis: "channel_profit" }],
  ["breakeven return on ad spend at our margin", "profitability", { analysis: "channel_profit" }],
  ["minimum roas to not lose money", "profitability", { analysis: "channel_profit" }],
  // A cut the team has to make: the budget split at the lower total.
  [
    "finance says we have to reduce spend by 15% - where do we take it from",
    "recommend_budget",
    { totalBudgetChangePercent: -15 },
  ],
  [
    "we got told to cut our ad spend 10 percent, what goes",
    "recommend_budget",
    { totalBudgetChangePercent: -10 },
  ],
  // Affiliate partners are the affiliate channel's campaigns.
  [
    "affiliate revenue per partner last month",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["campaign"], timeRange: OCT },
  ],
  [
    "which affiliates brought the most orders in september",
    "query_metrics",
    { dimensions: ["campaign"], timeRange: SEPT },
  ],
  // Brand and non-brand search side by side: every search campaign.
  [
    "cpc for brand vs non brand campaigns in october",
    "query_metrics",
    { metrics: ["cpc"], dimensions: ["campaign"], timeRange: OCT },
  ],
  [
    "non-brand vs brand search orders last month",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["campaign"], timeRange: OCT },
  ],
  // nCAC is CAC (ad spend over new customers).
  ["ncac last month", "query_metrics", { metrics: ["cac"], timeRange: OCT }],
  [
    "new customer cac by channel in september",
    "query_metrics",
    { metrics: ["cac"], dimensions: ["channel"], timeRange: SEPT },
  ],
  // Incrementality: no lift tests in the data; modelled marginal returns, with a note.
  [
    "is our tiktok spend incremental or would we get the orders anyway",
    "profitability",
    { analysis: "overspend" },
  ],
  // left16b: one paid channel's incrementality is read from its recorded holdout.
  ["how incremental is display really", "campaigns", { analysis: "holdout", channel: "display" }],
  ["did we ever run a holdout on meta", "profitability", { analysis: "overspend" }],
  // Budget pacing (fix6a): spend against the budget each campaign had (the campaigns tool).
  ["budget pacing by campaign for september", "campaigns", { analysis: "pacing", period: SEPT }],
  ["which campaigns underspent last month", "campaigns", { analysis: "pacing", period: OCT }],
];
