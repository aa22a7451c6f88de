/**
 * Phrasings for session 14's leftB kinds: campaigns, pacing, anomalies and budget leftovers. An
 * anomaly scan of an email rate, what a runaway spend day cost (with no period named too), spend
 * past a daily cap in many words, pacing of a period not started (a projection), the next dollar
 * at current spend with no channel named, and a campaign or channel asked if it is over-funded.
 * Written by hand as my own wordings of the kinds; the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const YTD = { from: "2026-01-01", to: "2026-11-01" };
const LAST_12 = { from: "2025-11-01", to: "2026-10-31" };
const LAST_30 = { from: "2026-10-02", to: "2026-10-31" };
const RUNAWAY = ["spend", "revenue", "orders"];
const NEXT_MONTH = { from: "2026-11-01", to: "2026-11-30" };
const OVERSPEND = { analysis: "overspend" };
/** The brand campaign's own figures lead (1004 in the test context); the verdict reads them. */
const BRAND_CHECK = {
  metrics: ["spend", "revenue", "roas"],
  filters: [{ field: "campaign", op: "in", values: [1004] }],
};

export const LEFTB: PhrasingRow[] = [
  // An email rate's scan (its planned changes are only the email channel's: tools/detect-anomalies).
  [
    "odd days in the email click rate since january",
    "detect_anomalies",
    { metrics: ["email_click_rate"], period: YTD },
  ],
  [
    "flag strange days in unsubscribe rate over the last 90 days",
    "detect_anomalies",
    { metrics: ["email_unsubscribe_rate"], period: { from: "2026-08-03", to: "2026-10-31" } },
  ],
  [
    "were there unusual days for the email open rate in q3",
    "detect_anomalies",
    { metrics: ["email_open_rate"], period: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  // runaway-day-intent.ts: what a runaway day cost with no period named: all the data is scanned.
  ["what did that spend blowout set us back", "detect_anomalies", { metrics: RUNAWAY, period: LAST_12 }],
  [
    "how much extra did the runaway spend day cost",
    "detect_anomalies",
    { metrics: RUNAWAY, period: LAST_12 },
  ],
  ["what was the damage from the spend spike", "detect_anomalies", { metrics: RUNAWAY, period: LAST_12 }],
  // over-cap.ts: spend past a daily cap, limit or budget in many verbs: the pacing answer.
  [
    "did a campaign blow through its budget in june and by how much",
    "campaigns",
    { analysis: "pacing", period: { from: "2026-06-01", to: "2026-06-30" } },
  ],
  ["which campaigns exceeded their daily limit", "campaigns", { analysis: "pacing", period: LAST_30 }],
  ["did any campaign overshoot its cap", "campaigns", { analysis: "pacing", period: LAST_30 }],
  ["any days where spend topped the daily budget", "campaigns", { analysis: "pacing", period: LAST_30 }],
  ["campaigns that busted their daily budget", "campaigns", { analysis: "pacing", period: LAST_30 }],
  // pacing-intent.ts: pacing of a period ahead (the coming one), projected by the tool.
  [
    "on track for the january budget?",
    "campaigns",
    { analysis: "pacing", period: { from: "2027-01-01", to: "2027-01-31" } },
  ],
  [
    "pacing for q2 next year",
    "campaigns",
    { analysis: "pacing", period: { from: "2027-04-01", to: "2027-06-30" } },
  ],
  [
    "will we use up the budget in february",
    "campaigns",
    { analysis: "pacing", period: { from: "2027-02-01", to: "2027-02-28" } },
  ],
  [
    "is spend going to hit budget in january",
    "campaigns",
    { analysis: "pacing", period: { from: "2027-01-01", to: "2027-01-31" } },
  ],
  [
    "are we pacing ok for next quarter",
    "campaigns",
    { analysis: "pacing", period: { from: "2027-01-01", to: "2027-03-31" } },
  ],
  // marginal-return.ts: the next dollar at current spend, no channel named: every channel's, over
  // the budget period's recent spend (never one day's).
  ["what's the next dollar worth at current spend", "recommend_budget", { period: NEXT_MONTH, changes: [] }],
  ["marginal return right now across channels", "recommend_budget", { period: NEXT_MONTH, changes: [] }],
  ["return on one more dollar today", "recommend_budget", { period: NEXT_MONTH, changes: [] }],
  // campaign-spend-check.ts / profitability-intent.ts: over-funded, over-invested, pouring too much.
  ["is brand search overfunded", "query_metrics", BRAND_CHECK],
  ["are we pouring too much into brand search", "query_metrics", BRAND_CHECK],
  ["is the brand campaign over-invested", "query_metrics", BRAND_CHECK],
  ["is paid social over-budgeted", "profitability", OVERSPEND],
];
