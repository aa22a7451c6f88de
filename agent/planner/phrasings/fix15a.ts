/**
 * Phrasings for fix15a (session 20): the top or worst day asked with what drove it, in one
 * question ("...and why"): the ranking of days, then (once its row is found) that day against the
 * same weekday a week before (found-step.ts). The follow-up kinds of fix15a (plain words, how
 * sure, the board's figure, what to do, the next action, what drove the day or week found) need
 * a previous answer and are tested in answer-talk-intent.test.ts. Written by hand; the blind sets
 * (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };
const YTD = { from: "2026-01-01", to: "2026-11-01" };
const byDay = (metric: string, direction: "asc" | "desc", timeRange: { from: string; to: string }) => ({
  metrics: [metric],
  dimensions: ["date"],
  grain: "day",
  timeRange,
  orderBy: [{ field: metric, direction }],
  limit: 1,
});

export const FIX15A: PhrasingRow[] = [
  [
    "which day had the most revenue last month and what drove it",
    "query_metrics",
    byDay("revenue", "desc", OCT),
  ],
  ["highest sales day this year and why", "query_metrics", byDay("revenue", "desc", YTD)],
  ["worst roas day in september and what drove it", "query_metrics", byDay("roas", "asc", SEP)],
  ["top order day last month, and what was behind it", "query_metrics", byDay("orders", "desc", OCT)],
];
