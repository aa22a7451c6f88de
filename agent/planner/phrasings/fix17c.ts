/**
 * Phrasings for session 22's experiment, budget and verdict fixes (fix17c): a told budget change
 * kept with its ask, a direction asked as a clause, a rate per its own denominator, email list
 * fatigue, "did X stop working", campaign what-ifs and a modal what-if. Written by hand; the blind
 * sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const LAST_90 = { from: "2026-08-03", to: "2026-10-31" };
const LAST_12_WEEKS = { from: "2026-08-10", to: "2026-10-31" };
const NEWSLETTER = { field: "email_campaign", op: "in", values: ["weekly_newsletter"] };
const EMAIL_FATIGUE = ["email_open_rate", "email_click_rate", "email_unsubscribe_rate", "email_sends"];
const PAID_SERIES = ["revenue", "orders", "spend", "roas"];

export const FIX17C: PhrasingRow[] = [
  // A told budget change, then the ask about it.
  [
    "so we bumped the affiliate budget quite a bit in september because the team wanted to test it. did the extra spend actually bring in more sales or not?",
    "campaigns",
    { analysis: "change", channel: "affiliate" },
  ],
  [
    "we cut paid search spend in july - did that make any revenue difference",
    "campaigns",
    { analysis: "change", channel: "paid_search" },
  ],
  ["raised retargeting budget in march. worth it?", "campaigns", { analysis: "change", campaigns: [1002] }],
  [
    "did raising paid social in june move the needle",
    "campaigns",
    { analysis: "change", channel: "paid_social" },
  ],
  // A direction asked as a clause.
  [
    "what has cvr been doin over the last 3 months",
    "query_metrics",
    { metrics: ["conversion_rate"], dimensions: ["date"], grain: "week" },
  ],
  [
    "which way is aov heading since june",
    "query_metrics",
    { metrics: ["average_order_value"], dimensions: ["date"], grain: "week" },
  ],
  [
    "where are paid social orders headed?",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], timeRange: LAST_90 },
  ],
  // A rate per its own denominator; email list fatigue.
  [
    "newsletter unsub rate per send by month",
    "query_metrics",
    { metrics: ["email_unsubscribe_rate", "email_sends"], filters: [NEWSLETTER], grain: "month" },
  ],
  [
    "is the weekly newsletter fatiguing people",
    "query_metrics",
    { metrics: EMAIL_FATIGUE, dimensions: ["date"], filters: [NEWSLETTER], timeRange: LAST_12_WEEKS },
  ],
  [
    "are subscribers getting sick of our emails",
    "query_metrics",
    { metrics: EMAIL_FATIGUE, dimensions: ["date"], filters: [], grain: "week" },
  ],
  [
    "r we over-mailing? unsub trend since summer",
    "query_metrics",
    // fix19a: the count named in a fatigue ask is judged as its rate per send, beside the others.
    { metrics: ["email_unsubscribe_rate", "email_open_rate", "email_click_rate", "email_sends"] },
  ],
  // Did it stop working: its weekly series, not budget curves.
  [
    "has paid social stopped working",
    "query_metrics",
    { metrics: PAID_SERIES, dimensions: ["date"], grain: "week", timeRange: LAST_12_WEEKS },
  ],
  [
    "did the brand search campaign stop working?",
    "query_metrics",
    { metrics: PAID_SERIES, filters: [{ field: "campaign", op: "in", values: [1004] }] },
  ],
  [
    "email just isnt converting like it used to",
    "query_metrics",
    { metrics: ["revenue", "orders"], filters: [{ field: "channel", op: "in", values: ["email"] }] },
  ],
  ["display tanked?", "query_metrics", { metrics: PAID_SERIES, dimensions: ["date"] }],
  // Campaign what-ifs and a modal what-if.
  [
    "what happens if we add 50% to the summer sale prospecting budget",
    "recommend_budget",
    { changes: [{ dimension: "campaign", value: 1005, changePercent: 50 }] },
  ],
  [
    "cut brand search budget by 30% - impact on revenue?",
    "recommend_budget",
    { changes: [{ dimension: "campaign", value: 1004, changePercent: -30 }] },
  ],
  [
    "what would we lose if we paused the bf24 retargeting campaign",
    "recommend_budget",
    { changes: [{ dimension: "campaign", value: 1002, changePercent: -100 }] },
  ],
  [
    "would cutting display hurt total revenue",
    "recommend_budget",
    { changes: [{ dimension: "channel", value: "display", changePercent: -100 }] },
  ],
  [
    "would halving paid search spend cost us much revenue",
    "recommend_budget",
    { changes: [{ dimension: "channel", value: "paid_search", changePercent: -50 }] },
  ],
];
