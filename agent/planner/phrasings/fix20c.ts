/**
 * Phrasings for session 25's fixes (fix20c): "what changed" asked of a metric (its move with the
 * channels that moved it), a direction asked of a metric (its series), a forecast held against the
 * actual (the run rate checked on that period). Written by hand; the blind sets are held out.
 */
import type { PhrasingRow } from "./index.ts";

const WEEK = { from: "2026-10-19", to: "2026-10-25" };
const WEEK_BEFORE = { from: "2026-10-12", to: "2026-10-18" };
const TWELVE_WEEKS = { from: "2026-08-10", to: "2026-10-31" };

export const FIX20C: PhrasingRow[] = [
  [
    "cpa last week compared to the week before - what changed?",
    "explain_change",
    { metric: "cpa", period: WEEK, compareTo: WEEK_BEFORE, dimensions: ["channel"] },
  ],
  [
    "what's changed with ROAS in october vs september",
    "explain_change",
    { metric: "roas", period: { from: "2026-10-01", to: "2026-10-31" }, dimensions: ["channel"] },
  ],
  ["wht changed in sessions last 7 days vs prior 7 days", "explain_change", { metric: "sessions" }],
  [
    "is cpa creeping up",
    "query_metrics",
    { metrics: ["cpa"], dimensions: ["date"], grain: "week", timeRange: TWELVE_WEEKS },
  ],
  [
    "has our bounce rate been getting worse lately?",
    "query_metrics",
    { metrics: ["bounce_rate"], dimensions: ["date"], grain: "week" },
  ],
  [
    "r email open rates trending down",
    "query_metrics",
    { metrics: ["email_open_rate"], dimensions: ["date"] },
  ],
  ["is paid social cpc climbing", "query_metrics", { metrics: ["cpc"], dimensions: ["date"], grain: "week" }],
  [
    "how accurate was the revenue projection for september",
    "project_run_rate",
    { metric: "revenue", period: { from: "2026-09-01", to: "2026-09-30" }, backtest: true },
  ],
  [
    "did our run rate hold up in october?",
    "project_run_rate",
    { metric: "revenue", pace: { from: "2026-09-01", to: "2026-09-30" }, backtest: true },
  ],
];
