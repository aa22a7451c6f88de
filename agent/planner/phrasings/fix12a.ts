/**
 * Phrasings for session 17's table-layout and derived-series fixes (fix12a). Written by hand as my
 * own wordings of the kinds; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const LAST_12 = { from: "2025-11-01", to: "2026-10-31" };
const YTD = { from: "2026-01-01", to: "2026-11-01" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

export const FIX12A: PhrasingRow[] = [
  // pivot-layout-intent.ts: two sides of a table read as the two breakdowns (the presenter lays
  // them out; "rows" is no longer read as a misspelt ROAS).
  [
    "spend laid out with months down the side and platforms across the top",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date", "platform"], grain: "month", timeRange: LAST_12 },
  ],
  [
    "orders: a row per week of q3 and one column for each channel",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date", "channel"], grain: "week", timeRange: Q3 },
  ],
  [
    "crosstab of sessions by channel and month",
    "query_metrics",
    { metrics: ["sessions"], dimensions: ["date", "channel"], grain: "month", timeRange: LAST_12 },
  ],
  [
    "revenue table, rows are channels, columns are months",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date", "channel"], grain: "month", timeRange: LAST_12 },
  ],
  // A ranking whose rest is asked for keeps its limit: the presenter adds the rest (rest-row.ts).
  [
    "best 3 campaigns by revenue ytd, with all other campaigns combined into one line",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["campaign"], limit: 3, timeRange: YTD },
  ],
  [
    "top 4 channels by spend this year plus everything else as one row",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["channel"], limit: 4, timeRange: YTD },
  ],
  [
    "highest 5 campaigns for orders this year, remainder bucketed",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["campaign"], limit: 5, timeRange: YTD },
  ],
  // series-steps-intent.ts applyCompoundSeries: the monthly series between the two ends named.
  [
    "what's the compounded monthly growth of orders between february and september",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      grain: "month",
      timeRange: { from: "2026-02-01", to: "2026-09-30" },
    },
  ],
  [
    "cmgr for sessions over the last 12 months",
    "query_metrics",
    { metrics: ["sessions"], dimensions: ["date"], grain: "month", timeRange: LAST_12 },
  ],
  [
    "average monthly growth rate of spend, march to august, compounded",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["date"],
      grain: "month",
      timeRange: { from: "2026-03-01", to: "2026-08-31" },
    },
  ],
  // A pace of growth is the metric's series, not time to purchase (journeys).
  [
    "how quickly are orders climbing month on month",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], grain: "month", timeRange: LAST_12 },
  ],
  [
    "how fast has revenue been growing mom",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], grain: "month", timeRange: LAST_12 },
  ],
];
