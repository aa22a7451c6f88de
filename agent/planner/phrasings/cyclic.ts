/**
 * Phrasings for breakdowns by a part of the week or the day (the `day_of_week` and `hour_of_day`
 * dimensions): written by hand for the general kind, not copied from the blind sets.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const LAST30 = { from: "2026-10-02", to: "2026-10-31" };

export const CYCLIC: PhrasingRow[] = [
  [
    "revenue by day of week last month",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["day_of_week"], timeRange: OCT },
  ],
  [
    "orders by day of the week in september",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["day_of_week"], timeRange: SEP },
  ],
  [
    "ad spend per weekday in q3",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["day_of_week"], timeRange: Q3 },
  ],
  [
    // fix13f: the two sides, each per day over the last 90 days (week-part-intent.ts).
    "are sales higher on weekends or weekdays",
    "query_metrics",
    { metrics: ["revenue"], dimensions: [], days: { weekPart: "weekend" }, average: "per_day" },
  ],
  [
    "how do saturdays compare to tuesdays for sessions last month",
    "query_metrics",
    { metrics: ["sessions"], dimensions: ["day_of_week"], timeRange: OCT },
  ],
  [
    "orders by hour of the day last month",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["hour_of_day"], timeRange: OCT },
  ],
  [
    "when during the day do people order the most",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["hour_of_day"], timeRange: LAST30 },
  ],
  [
    "revenue by time of day in september",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["hour_of_day"], timeRange: SEP },
  ],
  [
    "aov per hour last month",
    "query_metrics",
    { metrics: ["average_order_value"], dimensions: ["hour_of_day"], timeRange: OCT },
  ],
];
