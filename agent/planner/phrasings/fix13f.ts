/**
 * Phrasings for fix13f's kinds (session 18): the share of a period's total that some of its
 * months took, read as the part against the whole (period-share-intent.ts); weekends against
 * weekdays, per day (week-part-intent.ts). My own wordings;
 * the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const TRAILING_YEAR = { from: "2025-11-01", to: "2026-10-31" };
const YTD = { from: "2026-01-01", to: "2026-11-01" };
const LAST90 = { from: "2026-08-03", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };

export const FIX13F: PhrasingRow[] = [
  // A year said loosely is the twelve months of data; a bare month moves back into it.
  [
    "what % of annual orders landed in q4",
    "compare_periods",
    { metrics: ["orders"], period: { from: "2026-10-01", to: "2026-10-31" }, compareTo: TRAILING_YEAR },
  ],
  [
    "how much of the whole year's sales did we make over nov-dec",
    "compare_periods",
    { metrics: ["revenue"], period: { from: "2025-11-01", to: "2025-12-31" }, compareTo: TRAILING_YEAR },
  ],
  [
    "jun-aug revenue as a share of the last 12 months",
    "compare_periods",
    { metrics: ["revenue"], period: { from: "2026-06-01", to: "2026-08-31" }, compareTo: TRAILING_YEAR },
  ],
  // A named year is the planner's own reading of it.
  [
    "how much of this year's spend went out in sept and oct",
    "compare_periods",
    { metrics: ["spend"], period: { from: "2026-09-01", to: "2026-10-31" }, compareTo: YTD },
  ],
  [
    "what proportion of 2026 sales happened during the summer",
    "compare_periods",
    { metrics: ["revenue"], period: { from: "2026-06-01", to: "2026-08-31" }, compareTo: YTD },
  ],
  // week-part-intent.ts: weekends against weekdays, one labelled call per side, per day.
  [
    "do saturdays and sundays convert better than mon-fri",
    "query_metrics",
    { metrics: ["conversion_rate"], days: { weekPart: "weekend" }, average: "per_day", timeRange: LAST90 },
  ],
  [
    "weekday vs weekend sessions, daily average in september",
    "query_metrics",
    { metrics: ["sessions"], days: { weekPart: "weekend" }, label: "Weekends (Sat–Sun)", timeRange: SEP },
  ],
  [
    "is aov higher on weekends or during the work week",
    "query_metrics",
    { metrics: ["average_order_value"], days: { weekPart: "weekend" }, label: "Weekends (Sat–Sun)" },
  ],
  // A breakdown by weekday and a schedule on weekdays stay what they were.
  ["sessions split by weekday for q3", "query_metrics", { dimensions: ["day_of_week"] }],
  // Two platforms over states: one call by state and platform (sides-by-member.ts writes each side).
  [
    "which states are meta's new customers in, compared to tiktok's",
    "query_metrics",
    {
      metrics: ["new_customers"],
      dimensions: ["region", "platform"],
      filters: [{ field: "platform", op: "in", values: ["meta_ads", "tiktok_ads"] }],
    },
  ],
  // A share of a channel in a period stays a channel breakdown.
  ["what share of orders came from email in q3", "query_metrics", { dimensions: ["channel"] }],
];
