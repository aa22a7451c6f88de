/**
 * Phrasings for session 21's fix16c: SQL-ish clauses read as what they mean (a comparison as a
 * threshold on the rows, each GROUP BY item as a breakdown, COUNT(DISTINCT customer) as a number of
 * customers, ORDER BY / LIMIT as a top n), ratios bounded after their rows, customers counted by
 * first-touch channel, "day type" as weekends vs weekdays, an average per week, "how many bought
 * more than once" as a count, and rows with zero revenue. Own wordings; the blind sets are held out.
 */
import type { PhrasingRow } from "./index.ts";

const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };
const LAST90 = { from: "2026-08-03", to: "2026-10-31" };
const YEAR = { from: "2025-11-01", to: "2026-10-31" };

export const FIX16C: PhrasingRow[] = [
  // SQL-ish comparisons, lists, counts and limits.
  [
    "select campaign, sum(spend) from q3 group by campaign where spend >= 2000",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["campaign"],
      filters: [{ field: "spend", op: "gte", value: 2000 }],
      timeRange: Q3,
    },
  ],
  [
    "spend,revenue by platform where revenue>5000 last month",
    "query_metrics",
    { dimensions: ["platform"], filters: [{ field: "revenue", op: "gt", value: 5000 }], timeRange: OCT },
  ],
  [
    "sum(clicks) group by channel having clicks > 10000 in q3",
    "query_metrics",
    {
      metrics: ["clicks"],
      dimensions: ["channel"],
      filters: [{ field: "clicks", op: "gt", value: 10000 }],
      timeRange: Q3,
    },
  ],
  [
    "select platform, count(*) as orders from orders group by platform order by orders desc limit 3",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["platform"],
      orderBy: [{ field: "orders", direction: "desc" }],
      limit: 3,
    },
  ],
  [
    "sessions group by channel, week in september",
    "query_metrics",
    { dimensions: ["date", "channel"], grain: "week", timeRange: SEP },
  ],
  [
    "cpa by platform, month",
    "query_metrics",
    { metrics: ["cpa"], dimensions: ["date", "platform"], grain: "month" },
  ],
  [
    "revenue by channel and month for q3",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date", "channel"], grain: "month", timeRange: Q3 },
  ],
  // Ratios bounded after the rows are named.
  ["campaigns where roas > 2 last month", "query_metrics", { dimensions: ["campaign"], timeRange: OCT }],
  // Customers counted by first-touch channel.
  [
    "how many customers did each first-touch channel bring in last quarter",
    "cohorts",
    { groupBy: "first_touch_channel", period: Q3 },
  ],
  [
    "unique customers by acquisition channel in q3",
    "cohorts",
    { groupBy: "first_touch_channel", period: Q3 },
  ],
  [
    "# of buyers per first touch channel last 90 days",
    "cohorts",
    { groupBy: "first_touch_channel", period: LAST90 },
  ],
  [
    "select first_touch_channel, count(distinct customer_id) from orders group by first_touch_channel",
    "cohorts",
    { groupBy: "first_touch_channel", period: YEAR },
  ],
  // "Day type": weekends against weekdays.
  [
    "revenue by type of day in q3",
    "query_metrics",
    { metrics: ["revenue"], days: { weekPart: "weekend" }, average: "per_day", timeRange: Q3 },
  ],
  [
    "aov weekday/weekend split last month",
    "query_metrics",
    { metrics: ["average_order_value"], days: { weekPart: "weekend" }, timeRange: OCT },
  ],
  [
    "do ppl buy more on wkends than weekdays",
    "query_metrics",
    { metrics: ["orders"], days: { weekPart: "weekend" }, timeRange: LAST90 },
  ],
  // An average per week.
  [
    "avg weekly spend last quarter",
    "query_metrics",
    { metrics: ["spend"], dimensions: [], average: "per_week", timeRange: Q3 },
  ],
  [
    "how many sessions do we get a week on average in september",
    "query_metrics",
    { metrics: ["sessions"], average: "per_week", timeRange: SEP },
  ],
  [
    "avg orders/week by channel last 90 days",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["channel"], average: "per_week", timeRange: LAST90 },
  ],
  [
    "weekly average of new customers in q3",
    "query_metrics",
    { metrics: ["new_customers"], average: "per_week", timeRange: Q3 },
  ],
  // How many customers ordered more than once: a count.
  ["how many ppl ordered more than once", "cohorts", { show: "frequency", minOrders: 2 }],
  ["count of buyers with more than one order", "cohorts", { show: "frequency", minOrders: 2 }],
  // Rows with zero revenue.
  [
    "which campaigns spent money but had zero revenue in september",
    "query_metrics",
    { dimensions: ["campaign"], orderBy: [{ field: "revenue", direction: "asc" }], timeRange: SEP },
  ],
  [
    "any channel with $0 revenue in q3",
    "query_metrics",
    { dimensions: ["channel"], orderBy: [{ field: "revenue", direction: "asc" }], timeRange: Q3 },
  ],
];
