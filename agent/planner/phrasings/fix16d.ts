/**
 * Phrasings for session 21's fix16d: the first turns of the follow-up kinds it fixed (a member's
 * share by month, a ranking kept to a few rows, a breakdown by weekday, a run-rate estimate). The
 * follow-ups themselves need a thread: fix16d.test.ts and evals/cases/fix16d.ts. Written by hand;
 * the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const Q3 = { from: "2026-07-01", to: "2026-09-30" };

export const FIX16D: PhrasingRow[] = [
  [
    "meta share of ad spend by month",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date", "platform"] },
  ],
  [
    "which 2 paid search campaigns spent most in q3",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["campaign"], limit: 2, timeRange: Q3 },
  ],
  ["avg orders per weekday last quarter", "query_metrics", { dimensions: ["day_of_week"], timeRange: Q3 }],
  [
    "projected orders for november",
    "project_run_rate",
    { metric: "orders", period: { from: "2026-11-01", to: "2026-11-30" } },
  ],
];
