/**
 * Phrasings for session 20's fix15d kinds: the shape or statistic asked of an answer. A bare sort
 * direction, both ends of a ranking, the spread of a series, figures in thousands, days with none
 * of a figure and the first day over a level. Written by hand; the blind sets (evals/blind/) are
 * held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const ALL_TIME = { from: "2025-11-01", to: "2026-10-31" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const AUG = { from: "2026-08-01", to: "2026-08-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const notNoCampaign = { field: "campaign", op: "neq", value: null };

export const FIX15D: PhrasingRow[] = [
  // sort-order.ts bareSortRanking: a direction with no metric after "by" sorts the figure asked.
  [
    "clicks per channel in september, ascending order",
    "query_metrics",
    {
      metrics: ["clicks", "orders"],
      dimensions: ["channel"],
      timeRange: SEPT,
      orderBy: [{ field: "clicks", direction: "asc" }],
    },
  ],
  [
    "cpa by campaign q3 low to high pls",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["campaign"],
      timeRange: Q3,
      orderBy: [{ field: "cpa", direction: "asc" }],
    },
  ],
  [
    "sesions by channel in august sorted descending",
    "query_metrics",
    {
      metrics: ["sessions"],
      dimensions: ["channel"],
      timeRange: AUG,
      orderBy: [{ field: "sessions", direction: "desc" }],
    },
  ],
  // both-ends.ts: both ends of a ranking of rows: every row ranked, no limit.
  [
    "5 best and 5 worst campaigns on cpa last month",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["campaign"],
      filters: [notNoCampaign],
      timeRange: OCT,
      orderBy: [{ field: "cpa", direction: "asc" }],
    },
  ],
  [
    "top 4 & bottom 4 campaigns by spend in sept",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["campaign"],
      timeRange: SEPT,
      orderBy: [{ field: "spend", direction: "desc" }],
    },
  ],
  [
    "highest 2 + lowest 2 channels for revenue in q3",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["channel"],
      timeRange: Q3,
      orderBy: [{ field: "revenue", direction: "desc" }],
    },
  ],
  // spread-ask.ts: the series with its spread.
  [
    "how volatile was ad spend in october",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "day", timeRange: OCT, spread: true },
  ],
  [
    "whats the stdev on daily sessions in sept",
    "query_metrics",
    { metrics: ["sessions"], dimensions: ["date"], grain: "day", timeRange: SEPT, spread: true },
  ],
  [
    "std dev of weekly orders in q3",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], grain: "week", timeRange: Q3, spread: true },
  ],
  // day-shape-wordings.ts: days with none of a figure, as the daily series (present/none-days.ts).
  [
    "what days didnt we send emails in sept",
    "query_metrics",
    { metrics: ["email_sends"], dimensions: ["date"], grain: "day", timeRange: SEPT },
  ],
  [
    "days w/ zero spend on tiktok in august?",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["date"],
      grain: "day",
      timeRange: AUG,
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }],
    },
  ],
  [
    "list the dates in q3 where we had no email sends",
    "query_metrics",
    { metrics: ["email_sends"], dimensions: ["date"], grain: "day", timeRange: Q3 },
  ],
  // day-shape-wordings.ts: the first day over a level, as every day's series (threshold-note.ts).
  [
    "first day revenue was over $1500",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], grain: "day", timeRange: ALL_TIME },
  ],
  [
    "when did daily spend first top $500",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "day", timeRange: ALL_TIME },
  ],
  [
    "earliest date we crossed 60 orders in one day",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], grain: "day", timeRange: ALL_TIME },
  ],
];
