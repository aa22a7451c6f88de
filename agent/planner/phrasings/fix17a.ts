/**
 * Phrasings for fix17a (session 22): words about the audience ("my boss wants to know", "the cfo
 * asked"), the delivery ("a blurb i can paste in slack", "4 bullets tops") or a quoted figure's
 * source ("the weekly report says", "GA shows") are context, not the ask; campaigns and paid
 * channels against break-even at a margin; a slide since launch; targets listed. Written by hand;
 * the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const SEP = { from: "2026-09-01", to: "2026-09-30" };
const AUG = { from: "2026-08-01", to: "2026-08-31" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const ALL_TIME = { from: "2025-11-01", to: "2026-10-31" };

export const FIX17A: PhrasingRow[] = [
  // An asker said first.
  ["the cfo is asking why cac went up last month", "explain_change", { metric: "cac", period: OCT }],
  ["boss asked: what drove the drop in orders in march?", "explain_change", { metric: "orders" }],
  [
    "clients asking how paid social did in q3, need something i can paste in slack",
    "query_metrics",
    { filters: [{ field: "channel", op: "in", values: ["paid_social"] }], timeRange: Q3 },
  ],
  [
    "for the board deck - what was our mer last quarter",
    "query_metrics",
    { metrics: ["mer"], timeRange: Q3 },
  ],
  // A quoted figure's source; checked against ours.
  [
    "meta says our roas was 3.5 in october, do you agree?",
    "query_metrics",
    { metrics: ["roas"], timeRange: OCT },
  ],
  [
    "GA shows 3.1k orders for september, why do you say less?",
    "query_metrics",
    { metrics: ["orders"], timeRange: SEP },
  ],
  [
    "shopify says 1,250 orders in q3 - do you get the same",
    "query_metrics",
    { metrics: ["orders"], timeRange: Q3 },
  ],
  ["our dashboard says cpa $38 last month. how is that worked out and do you match?", "describe_metric", {}],
  ["saw roas 1.8 in the slack digest - is that bad?", "compare_periods", { metrics: ["roas"] }],
  ["the monthly email had MER at 3.4 - good or bad?", "compare_periods", { metrics: ["mer"] }],
  // A recap of a period, its length said in bullets.
  [
    "monthly recap of september for my boss - 4 bullets tops",
    "brief",
    { period: SEP, review: { wins: 3, concerns: 3, short: true } },
  ],
  [
    "recap of last month for leadership, three bullets",
    "brief",
    { period: OCT, review: { wins: 3, concerns: 3, short: true } },
  ],
  // One side of a review; headline wins are the top ones.
  ["biggest wins in q3?", "brief", { period: Q3, review: { wins: 3, concerns: 0 } }],
  ["give me headline wins for october", "brief", { period: OCT, review: { wins: 3, concerns: 0 } }],
  ["top 5 highlights of august", "brief", { period: AUG, review: { wins: 5, concerns: 0 } }],
  // Campaigns and paid channels against break-even at a margin.
  ["are any of our campaigns losing money", "profitability", { analysis: "break_even" }],
  ["which campaigns are below break even", "profitability", { analysis: "break_even" }],
  ["what campaigns arent paying for themselves", "profitability", { analysis: "break_even" }],
  [
    "campaigns under breakeven with a 45 percent margin",
    "profitability",
    { analysis: "break_even", grossMargin: 0.45 },
  ],
  ["if margin was only 35% which campaigns would be in the red", "profitability", { grossMargin: 0.35 }],
  ["any campaigns underwater in september?", "profitability", { analysis: "break_even", period: SEP }],
  ["are our paid channels making money", "profitability", { analysis: "channel_profit" }],
  ["which paid channels are really profitable at a 45% margin", "profitability", { grossMargin: 0.45 }],
  // Since launch.
  [
    "spend and roas for affiliate since it launched",
    "query_metrics",
    { metrics: ["spend", "roas"], timeRange: ALL_TIME },
  ],
  ["tiktok since we started running it", "query_metrics", { timeRange: ALL_TIME }],
  [
    "since go-live how much have we spent on tiktok",
    "query_metrics",
    { metrics: ["spend"], timeRange: ALL_TIME },
  ],
  [
    "slide on paid social all time for my boss",
    "query_metrics",
    { metrics: ["spend", "revenue", "roas", "cpa", "orders"], timeRange: ALL_TIME },
  ],
  // Targets listed.
  [
    "do we have any kpi targets",
    "query_metrics",
    { metrics: ["revenue", "spend", "roas", "orders", "cpa", "cac"] },
  ],
  ["targets?", "query_metrics", { metrics: ["revenue", "spend", "roas", "orders", "cpa", "cac"] }],
];
