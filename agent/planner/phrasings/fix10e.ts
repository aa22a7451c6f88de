/**
 * Phrasings for session 15's period arithmetic and premises (fix10e): a second order said other
 * ways ("reorder", "buy a second time", "shop with us again") within a horizon; "since X vs the same
 * number of days before"; windows beside a calendar day or the tracking outage found in the data,
 * with the baseline mirrored before the day; a change the data does not record ("since the price
 * increase") as a weekly trend with a note; a fiscal year start stated in the question; growth
 * races between members. Own wordings; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

export const FIX10E: PhrasingRow[] = [
  [
    "how many shoppers reorder within 60 days of their first order",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, ltvDays: 60, show: "repeat" },
  ],
  [
    "what share of buyers purchase a second time inside 90 days",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, ltvDays: 90, show: "repeat" },
  ],
  [
    "% of customers that shop with us again within 30 days",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, ltvDays: 30, show: "repeat" },
  ],
  [
    "orders since july 4th vs the same number of days before it",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2026-07-04", to: "2026-11-01" },
      compareTo: { from: "2026-03-05", to: "2026-07-03" },
    },
  ],
  [
    "sessions since sep 15 against an equal stretch before that",
    "compare_periods",
    {
      metrics: ["sessions"],
      period: { from: "2026-09-15", to: "2026-11-01" },
      compareTo: { from: "2026-07-29", to: "2026-09-14" },
    },
  ],
  [
    "revenue since labor day compared with the same length of time before",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-09-07", to: "2026-11-01" },
      compareTo: { from: "2026-07-13", to: "2026-09-06" },
    },
  ],
  [
    "spend the week before labor day",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2026-08-31", to: "2026-09-06" } },
  ],
  [
    "orders in the week before oct 8",
    "query_metrics",
    { metrics: ["orders"], timeRange: { from: "2026-09-28", to: "2026-10-04" } },
  ],
  [
    "revenue the 2 weeks before memorial day",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-05-11", to: "2026-05-24" } },
  ],
  [
    "orders the 7 days after apr 10 vs the 7 days before",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2026-04-11", to: "2026-04-17" },
      compareTo: { from: "2026-04-03", to: "2026-04-09" },
    },
  ],
  [
    "revenue the 2 weeks after labor day compared with the 2 weeks before",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-09-14", to: "2026-09-27" },
      compareTo: { from: "2026-08-24", to: "2026-09-06" },
    },
  ],
  [
    "sessions the 10 days following mar 3 against the 10 days prior",
    "compare_periods",
    {
      metrics: ["sessions"],
      period: { from: "2026-03-04", to: "2026-03-13" },
      compareTo: { from: "2026-02-21", to: "2026-03-02" },
    },
  ],
  [
    "orders the week after the outage vs the week before",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2026-03-23", to: "2026-03-29" },
      compareTo: { from: "2026-03-09", to: "2026-03-15" },
    },
  ],
  [
    "revenue since the tracking outage",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-03-17", to: "2026-11-01" } },
  ],
  [
    "sessions in the 5 days after tracking broke",
    "query_metrics",
    { metrics: ["sessions"], timeRange: { from: "2026-03-18", to: "2026-03-22" } },
  ],
  [
    "aov since the price increase",
    "query_metrics",
    {
      metrics: ["average_order_value"],
      dimensions: ["date"],
      timeRange: { from: "2026-08-02", to: "2026-10-31" },
      grain: "week",
    },
  ],
  [
    "orders after the site redesign went live",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      timeRange: { from: "2026-08-02", to: "2026-10-31" },
      grain: "week",
    },
  ],
  [
    "how's conversion rate been since we rolled out free shipping",
    "query_metrics",
    {
      metrics: ["conversion_rate"],
      dimensions: ["date"],
      timeRange: { from: "2026-08-02", to: "2026-10-31" },
      grain: "week",
    },
  ],
  [
    "fiscal q2 revenue and orders - our fiscal year begins april 1",
    "query_metrics",
    { metrics: ["revenue", "orders"], timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  [
    "our fy starts in july, fiscal ytd spend please",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2026-07-01", to: "2026-11-01" } },
  ],
  [
    "spend for fiscal h1 (fiscal year starts feb 1)",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2026-02-01", to: "2026-07-31" } },
  ],
  [
    "is texas growing faster than new york this year",
    "compare_periods",
    {
      metrics: ["revenue", "orders"],
      dimensions: ["region"],
      period: { from: "2026-06-01", to: "2026-10-31" },
      compareTo: { from: "2026-01-01", to: "2026-05-31" },
      filters: [{ field: "region", op: "in", values: ["TX", "NY"] }],
    },
  ],
  [
    "which state is growing fastest this year",
    "compare_periods",
    {
      metrics: ["revenue", "orders"],
      dimensions: ["region"],
      period: { from: "2026-06-01", to: "2026-10-31" },
      compareTo: { from: "2026-01-01", to: "2026-05-31" },
    },
  ],
  [
    "is email growing faster than organic search in orders this year",
    "compare_periods",
    {
      metrics: ["orders"],
      dimensions: ["channel"],
      period: { from: "2026-06-01", to: "2026-10-31" },
      compareTo: { from: "2026-01-01", to: "2026-05-31" },
      filters: [{ field: "channel", op: "in", values: ["email", "organic_search"] }],
    },
  ],
  [
    "are we scaling tiktok quicker than meta ads this year",
    "compare_periods",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      dimensions: ["platform"],
      period: { from: "2026-06-01", to: "2026-10-31" },
      compareTo: { from: "2026-01-01", to: "2026-05-31" },
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads", "meta_ads"] }],
    },
  ],
  [
    "orders since we raised prices",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      timeRange: { from: "2026-08-02", to: "2026-10-31" },
      grain: "week",
    },
  ],
  // Lead's merge fixes: revenue net of returns (not tracked, said); a metric that crashed, costed.
  [
    "net sales after refunds by channel last quarter",
    "query_metrics",
    {
      metrics: ["orders", "revenue"],
      dimensions: ["channel"],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "revenue minus returns by month this year",
    "query_metrics",
    {
      metrics: ["orders", "revenue"],
      dimensions: ["date"],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      grain: "month",
    },
  ],
  [
    "orders plunged in early june, how many did that cost us",
    "detect_anomalies",
    { metrics: ["conversion_rate", "orders"], period: { from: "2026-05-04", to: "2026-07-08" } },
  ],
  [
    "paid search conversions crashed last month - what did it cost",
    "detect_anomalies",
    {
      metrics: ["conversion_rate", "orders"],
      period: { from: "2026-09-03", to: "2026-10-31" },
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
    },
  ],
  // A data health check, and every planned test with what it did: the anomaly scan over the data.
  [
    "any gaps or broken days in the data",
    "detect_anomalies",
    { metrics: ["sessions", "orders", "spend"], period: { from: "2025-11-01", to: "2026-10-31" } },
  ],
  [
    "is our tracking ok?",
    "detect_anomalies",
    { metrics: ["sessions", "orders", "spend"], period: { from: "2025-11-01", to: "2026-10-31" } },
  ],
  [
    "data quality check for q3",
    "detect_anomalies",
    { metrics: ["sessions", "orders", "spend"], period: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  [
    "can we trust the numbers this year",
    "detect_anomalies",
    { metrics: ["sessions", "orders", "spend"], period: { from: "2026-01-01", to: "2026-11-01" } },
  ],
  [
    "any missing days in the data",
    "detect_anomalies",
    { metrics: ["sessions", "orders", "spend"], period: { from: "2025-11-01", to: "2026-10-31" } },
  ],
  [
    "results of all the planned tests this year",
    "detect_anomalies",
    { metrics: ["sessions", "orders", "spend"], period: { from: "2026-01-01", to: "2026-11-01" } },
  ],
  [
    "what did each of our experiments show",
    "detect_anomalies",
    { metrics: ["sessions", "orders", "spend"], period: { from: "2025-11-01", to: "2026-10-31" } },
  ],
  [
    "list the holdouts and budget flights we ran and what they did",
    "detect_anomalies",
    { metrics: ["sessions", "orders", "spend"], period: { from: "2025-11-01", to: "2026-10-31" } },
  ],
];
