/**
 * Phrasings for session 13's fix8c kinds (unit economics and advice): break-even thresholds (ROAS
 * and CPA at the gross margin, with current figures against them), the next dollar of one channel
 * or platform at current spend, how far two attribution models are apart on a member, scale-and-cut
 * advice, and attributed ROAS read as paid ROAS. Written by hand as my own wordings of
 * the kinds; the blind sets (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const BREAK_EVEN = { analysis: "break_even" };
const YTD = { from: "2026-01-01", to: "2026-11-01" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const step = (dimension: string, value: string) => ({ changes: [{ dimension, value, changePercent: 10 }] });

export const FIX8C: PhrasingRow[] = [
  // break-even-intent.ts: the thresholds, not today's CPA or ROAS alone.
  ["what cpa can we afford", "profitability", BREAK_EVEN],
  ["highest cac we could tolerate without losing money", "profitability", BREAK_EVEN],
  ["how much can we pay to acquire a new customer", "profitability", BREAK_EVEN],
  ["cost per order at break even", "profitability", BREAK_EVEN],
  ["is 1.5x a decent roas for our business", "profitability", BREAK_EVEN],
  ["what's a healthy roas to aim for", "profitability", BREAK_EVEN],
  ["at what roas do our ads break even", "profitability", BREAK_EVEN],
  // marginal-return.ts (present/marginal-return.ts answers it): the slope at current spend.
  [
    "how much does one more dollar on affiliate bring back at today's spend",
    "recommend_budget",
    step("channel", "affiliate"),
  ],
  ["marginal return of display where we spend now", "recommend_budget", step("channel", "display")],
  ["is meta past the point of diminishing returns", "recommend_budget", step("platform", "meta_ads")],
  // present/attribution-gap.ts: the gap in money and percent between two models, and why.
  [
    "how far apart are shapley and first touch on email",
    "attribution",
    { models: ["shapley", "first_touch"], channels: ["email"] },
  ],
  [
    "whats the gap between linear and last touch for affiliate in september",
    "attribution",
    { models: ["linear", "last_touch"], channels: ["affiliate"], period: SEPT },
  ],
  [
    "how big is the discrepancy between markov and first click for display",
    "attribution",
    { models: ["markov", "first_touch"], channels: ["display"] },
  ],
  // present/scale-and-cut.ts: both halves of the advice.
  ["campaigns to double down on vs campaigns to pause", "recommend", { focus: "campaigns" }],
  ["which campaigns should we grow and which should we cut", "recommend", { focus: "campaigns" }],
  ["campaigns worth scaling and campaigns worth killing", "recommend", { focus: "campaigns" }],
  ["what campaigns can we ramp up", "recommend", { focus: "campaigns" }],
  // honest-roas.ts: attributed ROAS is paid ROAS, not all channels' credit over spend (MER).
  [
    "roas by channel using the time decay model this year",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["channel"], attributionModel: "time_decay", timeRange: YTD },
  ],
  [
    "attributed roas per platform ytd",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["platform"], timeRange: YTD },
  ],
  [
    "position based model roas for each campaign",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["campaign"] },
  ],
];
