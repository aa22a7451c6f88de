/**
 * Phrasings for session 15's statistics and derived-measure fixes (fix10b). Written by hand as my
 * own wordings of the kinds; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const ALL_TIME = { from: "2025-11-01", to: "2026-10-31" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

export const FIX10B: PhrasingRow[] = [
  // time-unit-ranking.ts BOTH_ENDS: both ends of a ranking of months or weeks, with the unit or
  // "ever" between them, or the other end added last: the whole series (its answer names both).
  [
    "top week ever plus the weakest one, by orders",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], grain: "week", timeRange: ALL_TIME },
  ],
  [
    "strongest month and also our slowest for revenue",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], grain: "month" },
  ],
  [
    "what was our highest revenue month of all time and the lowest",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], grain: "month", timeRange: ALL_TIME },
  ],
  // days-over-threshold.ts: the days (weeks) that cross a level, as the series at that grain; the
  // answer's threshold line lists and counts them (agent/present/threshold-note.ts).
  [
    "which days last month had cpa over $80",
    "query_metrics",
    { metrics: ["paid_cpa", "cpa"], dimensions: ["date"], grain: "day", timeRange: OCT },
  ],
  [
    "list the days in september when spend went above 400",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "day", timeRange: SEPT },
  ],
  [
    "how many weeks this year was cpa over 60",
    "query_metrics",
    { metrics: ["paid_cpa", "cpa"], dimensions: ["date"], grain: "week" },
  ],
  // parse.ts SIDE_BY_SIDE: a ratio of two members' figures needs each member's figure (the
  // answer's ratio line, agent/present/ratio-note.ts, divides them), not one blended figure.
  [
    "ratio of paid social cpa to paid search cpa last quarter",
    "query_metrics",
    { metrics: ["cpa"], dimensions: ["channel"], timeRange: Q3 },
  ],
  [
    "display roas is how many times lower than affiliate roas in september",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["channel"], timeRange: SEPT },
  ],
  [
    "paid search spend divided by display spend in october",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["channel"], timeRange: OCT },
  ],
  // share.ts SHARE: a measure's share named after the value it is of ("affiliate spend share"): a
  // breakdown with each row's share of the whole, not the value's own figure.
  [
    "paid social's order share last quarter",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["channel"], filters: [], timeRange: Q3 },
  ],
  [
    "what was the affiliate spend share in september",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["channel"], filters: [], timeRange: SEPT },
  ],
  [
    "organic search revenue share in october",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["channel"], filters: [], timeRange: OCT },
  ],
  // moving-average-series.ts: a moving average is drawn over the daily series (the presenter adds
  // it, agent/present/moving-average.ts), never the period's total.
  [
    "rolling 14-day average of orders since august",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], grain: "day" },
  ],
  [
    "7dma of spend last month",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "day", timeRange: OCT },
  ],
  [
    "show me spend with a 7 day moving average for september",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "day", timeRange: SEPT },
  ],
];
