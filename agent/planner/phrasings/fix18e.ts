/**
 * Phrasings for session 23's fix18e kinds: a dated promotion said on its own, lapsed customers with
 * no window stated, a repeat rate's trend, what changed between two periods, a fallen metric's why,
 * growth over a period the data has no baseline for, and what we spend to get a customer. Written
 * by hand; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const ALL = { from: "2025-11-01", to: "2026-10-31" };
const LAPSED = { period: ALL, groupBy: "first_order_month", show: "lapsed", lapsedDays: 90 };
const REPEAT_BY_MONTH = { period: ALL, groupBy: "first_order_month", show: "repeat" };
// The test context has no data end: the period runs to today.
const YTD_DATA = { from: "2026-01-01", to: "2026-11-01" };

export const FIX18E: PhrasingRow[] = [
  ["lapsed customers", "cohorts", LAPSED],
  ["how many inactive shoppers could we reactivate", "cohorts", LAPSED],
  ["customers who stopped buying from us, how many", "cohorts", LAPSED],
  ["i want to run a win back email, how many ppl would it reach", "cohorts", LAPSED],
  ["lapsd customers count", "cohorts", LAPSED],
  ["repeat rate trend", "cohorts", REPEAT_BY_MONTH],
  ["are customers coming back more or less than before, how's it trending", "cohorts", REPEAT_BY_MONTH],
  ["how has the share of customers who buy again changed", "cohorts", REPEAT_BY_MONTH],
  [
    "what changed from september to october",
    "overview",
    { period: { from: "2026-10-01", to: "2026-10-31" }, compareTo: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  [
    "walk me through what changed between Q1 and Q2",
    "overview",
    { period: { from: "2026-04-01", to: "2026-06-30" }, compareTo: { from: "2026-01-01", to: "2026-03-31" } },
  ],
  [
    "q1 -> q2, what changed?",
    "overview",
    { period: { from: "2026-04-01", to: "2026-06-30" }, compareTo: { from: "2026-01-01", to: "2026-03-31" } },
  ],
  [
    "why did our orders nosedive in march",
    "explain_change",
    {
      metric: "orders",
      period: { from: "2026-03-01", to: "2026-03-31" },
      compareTo: { from: "2026-02-01", to: "2026-02-28" },
    },
  ],
  [
    "cvr crashed last month - what happened?",
    "explain_change",
    {
      metric: "conversion_rate",
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-09-01", to: "2026-09-30" },
    },
  ],
  [
    "revenue growth ytd",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], grain: "month", timeRange: YTD_DATA },
  ],
  [
    "board deck: revenue growth this yr + what it costs us to acquire a customer",
    "query_metrics",
    { metrics: ["revenue", "cac"], dimensions: ["date"], grain: "month", timeRange: YTD_DATA },
  ],
  ["how much do we pay to acquire customers", "query_metrics", { metrics: ["cac"] }],
];
