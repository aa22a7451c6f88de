/**
 * Phrasings for session 16's derived-series fixes (fix11b). Written by hand as my own wordings of
 * the kinds; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const LAST_12 = { from: "2025-11-01", to: "2026-10-31" };
const YTD = { from: "2026-01-01", to: "2026-11-01" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

export const FIX11B: PhrasingRow[] = [
  // series-steps-intent.ts applyStepChangeSeries: a comparison word asked of every unit, or as a
  // pace with no period named, is the series (the presenter adds each step's change).
  [
    "orders month on month change for each month please",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], grain: "month", timeRange: LAST_12 },
  ],
  [
    "how quickly is paid search spend climbing, mom",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "month", timeRange: LAST_12 },
  ],
  [
    "week over week change in sessions for every week of q3",
    "query_metrics",
    { metrics: ["sessions"], dimensions: ["date"], grain: "week", timeRange: Q3 },
  ],
  // series-steps-intent.ts applyRunningTotalSeries: a running total is the series at a grain that
  // fits the period (the presenter adds the total so far).
  [
    "running tally of orders so far this year",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], grain: "month", timeRange: YTD },
  ],
  [
    "show spend building up day by day through october, cumulative",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "day", timeRange: OCT },
  ],
  [
    "cumulative new customers by month",
    "query_metrics",
    { metrics: ["new_customers"], dimensions: ["date"], grain: "month", timeRange: LAST_12 },
  ],
  // days-over-threshold.ts: a level written as a verb's bound ("we spent over") is the series of
  // days, every day of data when no period is named; the threshold line names them or "none".
  [
    "on which days did we spend more than 1500 dollars",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "day", timeRange: LAST_12 },
  ],
  [
    "list any day we spent above $900",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "day", timeRange: LAST_12 },
  ],
  [
    "how many weeks did we spend over 5k in q3",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "week", timeRange: Q3 },
  ],
];
