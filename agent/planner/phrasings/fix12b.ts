/**
 * Phrasings for fix12b's kinds (session 17): a stretch of days left out of a period's figures
 * (excluded-days-intent.ts) and the same edge days of every month, month by month
 * (month-edge-days-intent.ts); a floor on customers per row; gaps and staleness in the data. My own wordings; the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const outage = { exclude: [{ from: "2026-03-17", to: "2026-03-17" }] };
const first = (count: number) => ({ monthDays: { edge: "first", count } });
const last = (count: number) => ({ monthDays: { edge: "last", count } });

export const FIX12B: PhrasingRow[] = [
  // A dated stretch left out: the outage the data shows, a day named by its date.
  ["ytd orders not counting the outage day", "query_metrics", { metrics: ["orders"], days: outage }],
  ["spend by channel in h1 except march 17", "query_metrics", { dimensions: ["channel"], days: outage }],
  [
    "conversion rate this year, take out the day tracking broke",
    "query_metrics",
    { metrics: ["conversion_rate"], days: outage },
  ],
  [
    "monthly sales leaving out the black friday stretch",
    "query_metrics",
    { metrics: ["revenue"], grain: "month", days: { exclude: [{ from: "2025-11-28", to: "2025-12-01" }] } },
  ],
  // The first or last days of every month, month by month.
  ["orders in the final week of each month", "query_metrics", { grain: "month", days: last(7) }],
  ["sales over the opening 7 days of every month", "query_metrics", { grain: "month", days: first(7) }],
  ["spend on days 1-10 of each month this year", "query_metrics", { grain: "month", days: first(10) }],
  ["roas for the first 5 days of every month", "query_metrics", { grain: "month", days: first(5) }],
  // A floor on customers per row (metric-floor.ts), over the last 12 months when no period is said.
  [
    "aov by state, only states with 100+ customers",
    "query_metrics",
    { dimensions: ["region"], filters: [{ field: "customers", op: "gte", value: 100 }] },
  ],
  [
    "revenue by region for states that have at least 50 buyers",
    "query_metrics",
    {
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      filters: [{ field: "customers", op: "gte", value: 50 }],
    },
  ],
  [
    "which states with more than 80 customers have the highest revenue per customer",
    "query_metrics",
    { metrics: ["revenue_per_customer", "customers"] },
  ],
  // A state's health (state-doing.ts): the state against the period before.
  [
    "how's oregon doing",
    "compare_periods",
    { metrics: ["revenue", "orders", "new_customers"], dimensions: ["region"] },
  ],
  [
    "how are things looking in texas",
    "compare_periods",
    { filters: [{ field: "region", op: "in", values: ["TX"] }] },
  ],
  ["how is utah trending lately", "compare_periods", { period: { from: "2026-10-02", to: "2026-10-31" } }],
  // Gaps and staleness in the data (data-freshness-intent.ts): the recent days of every source.
  [
    "are there gaps in our data, and when did it last refresh",
    "query_metrics",
    { metrics: ["spend", "orders", "sessions"] },
  ],
  ["is our reporting complete or is anything stale", "query_metrics", { grain: "day" }],
  [
    "anything missing from the numbers? when was everything last synced",
    "query_metrics",
    { dimensions: ["date"] },
  ],
];
