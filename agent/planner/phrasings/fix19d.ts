/**
 * Phrasings for fix19d's kinds (session 24): a future month said with "will ... look like" or a
 * typo is an estimate at the latest month's pace; a goal asked against the year end is the
 * projection with the goal beside it; "over the year" is the year's months; "for a second order" is
 * no period; a period and a comparison said once after a list of measures belong to each. Own
 * wordings; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const NOV = { from: "2026-11-01", to: "2026-11-30" };
const DEC = { from: "2026-12-01", to: "2026-12-31" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const YEAR = { from: "2026-01-01", to: "2026-12-31" };
const YTD = { from: "2026-01-01", to: "2026-11-01" };
const LAST_WEEK = { from: "2026-10-19", to: "2026-10-25" };
const WEEK_BEFORE = { from: "2026-10-12", to: "2026-10-18" };
const ALL = { from: "2025-11-01", to: "2026-10-31" };

export const FIX19D: PhrasingRow[] = [
  ["how will orders look in december", "project_run_rate", { metric: "orders", period: DEC, pace: OCT }],
  ["wat will revnue look like in novmber", "project_run_rate", { metric: "revenue", period: NOV, pace: OCT }],
  ["where's revenue heading in november", "project_run_rate", { metric: "revenue", period: NOV, pace: OCT }],
  [
    "can we make $900k revenue by year end?",
    "project_run_rate",
    { metric: "revenue", period: YEAR, pace: OCT, goal: 900_000 },
  ],
  [
    "are we going to reach 1 million in sales this year",
    "project_run_rate",
    { metric: "revenue", period: YEAR, pace: OCT, goal: 1_000_000 },
  ],
  [
    "will we get to a million in revenue by dec 31",
    "project_run_rate",
    { metric: "revenue", period: YEAR, pace: OCT, goal: 1_000_000 },
  ],
  [
    "roas trend over the year",
    "query_metrics",
    { metrics: ["roas", "mer"], dimensions: ["date"], grain: "month", timeRange: YTD },
  ],
  [
    "orders over the course of the year, line chart",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], grain: "month", timeRange: YTD },
  ],
  [
    "how soon do first time buyers come back for a 2nd purchase",
    "cohorts",
    { period: ALL, groupBy: "first_touch_channel", show: "repeat_gap" },
  ],
  [
    "when do new customers typically make a repeat purchase",
    "cohorts",
    { period: ALL, groupBy: "first_touch_channel", show: "repeat_gap" },
  ],
  [
    "for the team sync: spend, clicks, cpa and roas last week, wow",
    "compare_periods",
    { metrics: ["spend", "clicks", "cpa", "roas"], period: LAST_WEEK, compareTo: WEEK_BEFORE },
  ],
];
