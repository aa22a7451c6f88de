/**
 * Phrasings for session 13's fix8b kinds: campaigns, budgets and planned tests. Pacing asked of a
 * month still running (no data yet: the latest whole month), spend over a daily budget in more
 * words, a budget flight or test named as a thing, the recorded planned changes listed, a pause
 * told as history checked against the recorded holdouts, overspending asked of campaigns, and
 * performance set against spend. Written by hand as my own wordings of the kinds; the blind sets
 * (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
/** The test context has no data end: the month asked stays (the service paces October instead). */
const NOV = { from: "2026-11-01", to: "2026-11-30" };
const NOV_TO_DATE = { from: "2026-11-01", to: "2026-11-01" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const YEAR = { from: "2026-01-01", to: "2026-11-01" };
const BRAND = { field: "campaign", op: "in", values: [1004] };

export const FIX8B: PhrasingRow[] = [
  // pacing-intent.ts: pacing of a month running or ahead; november has no data, october is paced.
  [
    "are we on track to use up this month's ad budget",
    "campaigns",
    { analysis: "pacing", period: NOV_TO_DATE },
  ],
  ["is spend on course for the budget in november", "campaigns", { analysis: "pacing", period: NOV }],
  ["will we land on budget this month", "campaigns", { analysis: "pacing", period: NOV_TO_DATE }],
  // campaigns-intent.ts: spend over a daily budget, told with "over".
  [
    "which campaigns spent over their daily budget in september",
    "campaigns",
    { analysis: "pacing", period: SEPT },
  ],
  ["did any campaign run over its daily cap last month", "campaigns", { analysis: "pacing", period: OCT }],
  ["campaigns spending above their set budget in october", "campaigns", { analysis: "pacing", period: OCT }],
  // campaigns-intent.ts: a budget flight or test named as a thing: its before and after.
  [
    "what did the display spend cut experiment in january show",
    "campaigns",
    { analysis: "change", channel: "display", around: { from: "2026-01-01", to: "2026-01-31" } },
  ],
  [
    "how did the affiliate budget flight go in september",
    "campaigns",
    { analysis: "change", channel: "affiliate", around: SEPT },
  ],
  [
    "outcome of the paid search budget test in july",
    "campaigns",
    { analysis: "change", channel: "paid_search", around: { from: "2026-07-01", to: "2026-07-31" } },
  ],
  // planned-list-intent.ts: the recorded planned changes, listed.
  ["what experiments have we run this year", "campaigns", { analysis: "planned", period: YEAR }],
  ["show me the budget flights and holdouts we logged", "campaigns", { analysis: "planned" }],
  [
    "any planned tests for affiliate in q3",
    "campaigns",
    { analysis: "planned", channel: "affiliate", period: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  // holdout-intent.ts: a pause told as history, checked against the recorded holdouts.
  [
    "after we switched off display in april what happened to orders",
    "campaigns",
    { analysis: "holdout", channel: "display", around: { from: "2026-04-01", to: "2026-04-30" } },
  ],
  [
    "how much revenue did we lose when we turned off paid social in march",
    "campaigns",
    { analysis: "holdout", channel: "paid_social", around: { from: "2026-03-01", to: "2026-03-31" } },
  ],
  [
    "since we stopped affiliate in september have sales fallen",
    "campaigns",
    { analysis: "holdout", channel: "affiliate", around: SEPT },
  ],
  // campaign-spend-check.ts: overspending asked of campaigns: their own figures first.
  [
    "is the brand search campaign eating too much of our budget",
    "query_metrics",
    { metrics: ["spend", "revenue", "roas"], filters: [BRAND] },
  ],
  [
    "are we putting too much money into brand search",
    "query_metrics",
    { metrics: ["spend", "revenue", "roas"], filters: [BRAND] },
  ],
  [
    "overspending on the bf24 retargeting campaign?",
    "query_metrics",
    { metrics: ["spend", "revenue", "roas"], filters: [{ field: "campaign", op: "in", values: [1002] }] },
  ],
  // runaway-day-intent.ts: a runaway spend day named by what it was: the scan finds the day and its excess.
  [
    "what did the bf24 retargeting spend spike in march cost",
    "detect_anomalies",
    {
      metrics: ["spend", "revenue", "orders"],
      period: { from: "2026-03-01", to: "2026-03-31" },
      filters: [{ field: "campaign", op: "in", values: [1002] }],
    },
  ],
  [
    "how much did the day brand search went haywire in june set us back",
    "detect_anomalies",
    { metrics: ["spend", "revenue", "orders"], filters: [BRAND] },
  ],
  [
    "cost of the runaway spend day on tiktok in april",
    "detect_anomalies",
    { metrics: ["spend", "revenue", "orders"], period: { from: "2026-04-01", to: "2026-04-30" } },
  ],
  // paraphrase.ts: performance set against spend: revenue and ROAS beside the spend.
  [
    "how did the summer sale campaigns fare for what we put into them",
    "query_metrics",
    { metrics: ["spend", "revenue", "roas"] },
  ],
  [
    "how did the brand search campaign perform against its spend last quarter",
    "query_metrics",
    { metrics: ["spend", "revenue", "roas"] },
  ],
  [
    "how did tiktok do vs how much we spent in september",
    "query_metrics",
    { metrics: ["spend", "revenue", "roas"] },
  ],
];
