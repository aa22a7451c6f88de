/**
 * Phrasings for session 21's fixes (fix16b): three or more months or quarters in one question as
 * that unit's series, a month written as year and month number, the budget left in a month.
 * Written by hand; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const series = (metrics: string[], grain: string, from: string, to: string) => ({
  metrics,
  dimensions: ["date"],
  grain,
  timeRange: { from, to },
});

export const FIX16B: PhrasingRow[] = [
  ["orders q1 v q2 v q3", "query_metrics", series(["orders"], "quarter", "2026-01-01", "2026-09-30")],
  [
    "how did spend look in march, june and september?",
    "query_metrics",
    series(["spend"], "month", "2026-03-01", "2026-09-30"),
  ],
  [
    "ctr june v july v august for display",
    "query_metrics",
    series(["ctr"], "month", "2026-06-01", "2026-08-31"),
  ],
  [
    "rev by month: jun, jul, aug, sept",
    "query_metrics",
    series(["revenue"], "month", "2026-06-01", "2026-09-30"),
  ],
  [
    "can u compare aov in janurary vs febuary vs march",
    "query_metrics",
    series(["average_order_value"], "month", "2026-01-01", "2026-03-31"),
  ],
  [
    "SELECT channel, SUM(spend) FROM ads WHERE month='2026-08' GROUP BY channel",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["channel"], timeRange: { from: "2026-08-01", to: "2026-08-31" } },
  ],
  [
    "roas per campaign for 2026-10 sorted desc",
    "query_metrics",
    { metrics: ["roas"], timeRange: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  [
    "revenue by channel where date between '2026-07-01' and '2026-07-31'",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["channel"], timeRange: { from: "2026-07-01", to: "2026-07-31" } },
  ],
  ["whats remaining in the ad budget for october", "campaigns", { analysis: "pacing" }],
  ["how much of our budget is left", "campaigns", { analysis: "pacing" }],
];
