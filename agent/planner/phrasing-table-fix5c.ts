/**
 * Phrasings for session 10's fix5c work: spans of months ("Nov-Dec"), series by month with no
 * period (the last twelve months of data), an average per day for each month, and multi-part
 * asks. Written by hand as my own wordings; the blind sets (evals/blind/) are held out and not
 * copied here.
 */
import type { PhrasingRow } from "./phrasing-table.ts";

export const FIX5C: PhrasingRow[] = [
  // A span of months written with a dash, "to" or nothing between: one period, not a comparison.
  [
    "orders and revenue for jan-mar",
    "query_metrics",
    { metrics: ["orders", "revenue"], timeRange: { from: "2026-01-01", to: "2026-03-31" } },
  ],
  [
    "what was our ad spend nov to dec 2025",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2025-11-01", to: "2025-12-31" } },
  ],
  [
    "orders during the festive season last year, november through december",
    "query_metrics",
    { metrics: ["orders"], timeRange: { from: "2025-11-01", to: "2025-12-31" } },
  ],
  // A series by month with no period: the last twelve months of data, whole months.
  [
    "show me orders month by month",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      grain: "month",
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
  [
    "graph our monthly ad spend",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["date"],
      grain: "month",
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
  // An average per day for each month (or week): one figure per bucket.
  [
    "what did we spend per day on average in each month of 2026",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "month", average: "per_day" },
  ],
  [
    "daily average orders by week last quarter",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      grain: "week",
      average: "per_day",
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "typical day of revenue, broken out by month",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["date"],
      grain: "month",
      average: "per_day",
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
];
