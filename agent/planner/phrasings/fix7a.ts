/**
 * Phrasings for session 12's fix7a kinds: a comparison whose baseline is named only by its place
 * ("the 30 before that", "week prior", "the weekend before"), a "normal" baseline for a short
 * stretch, an order-count floor in an aside, a campaign set against a group of campaigns, one
 * member's share of each period's whole, and two named customer cohorts side by side. Written by
 * hand as my own wordings of the kinds; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const NOT_NONE = { field: "campaign", op: "neq", value: null };
const YEAR = { from: "2025-11-01", to: "2026-10-31" };

export const FIX7A: PhrasingRow[] = [
  // time-windows.ts: a baseline named by its place is the same-length window just before.
  [
    "spend in the past 21 days against the 21 before it",
    "compare_periods",
    { period: { from: "2026-10-11", to: "2026-10-31" }, compareTo: { from: "2026-09-20", to: "2026-10-10" } },
  ],
  [
    "roas past 14 days and the 14 prior",
    "compare_periods",
    { period: { from: "2026-10-18", to: "2026-10-31" }, compareTo: { from: "2026-10-04", to: "2026-10-17" } },
  ],
  [
    "orders last week compared with week prior",
    "compare_periods",
    { period: { from: "2026-10-19", to: "2026-10-25" }, compareTo: { from: "2026-10-12", to: "2026-10-18" } },
  ],
  [
    "click through rate by channel in october vs the month prior",
    "compare_periods",
    {
      dimensions: ["channel"],
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-09-01", to: "2026-09-30" },
    },
  ],
  // time-windows.ts SAME_DAY_LAST_WEEK: a weekend against the weekend a week earlier.
  [
    "sessions last weekend vs the prior weekend",
    "compare_periods",
    { period: { from: "2026-10-24", to: "2026-10-25" }, compareTo: { from: "2026-10-17", to: "2026-10-18" } },
  ],
  [
    "black friday weekend 2025 revenue and orders vs the weekend before it",
    "compare_periods",
    { period: { from: "2025-11-28", to: "2025-11-30" }, compareTo: { from: "2025-11-21", to: "2025-11-23" } },
  ],
  // time-baseline.ts + normal-baseline.ts: "normal" for a ratio is the last 12 months of data.
  [
    "aov over bfcm compared to a normal week",
    "compare_periods",
    { metrics: ["average_order_value"], period: { from: "2025-11-28", to: "2025-12-01" }, compareTo: YEAR },
  ],
  ["was cpa lower on cyber monday than usual", "compare_periods", { metrics: ["cpa"], compareTo: YEAR }],
  [
    "conversion rate during the holiday season vs baseline",
    "compare_periods",
    { metrics: ["conversion_rate"], period: { from: "2025-11-24", to: "2025-12-31" }, compareTo: YEAR },
  ],
  // ... and for a total, the same days one week earlier.
  [
    "did orders on black friday 2025 beat a typical day",
    "compare_periods",
    { period: { from: "2025-11-28", to: "2025-11-28" }, compareTo: { from: "2025-11-21", to: "2025-11-21" } },
  ],
  // metric-floor.ts + frame.ts: an order floor in an aside, read over the last 12 months.
  [
    "best campaigns by roas (min 40 orders)",
    "query_metrics",
    {
      filters: [
        { field: "campaign", op: "neq", value: null },
        { field: "orders", op: "gte", value: 40 },
      ],
      timeRange: YEAR,
    },
  ],
  [
    "which channel has the lowest cpa, minimum of 25 orders",
    "query_metrics",
    { filters: [{ field: "orders", op: "gte", value: 25 }], timeRange: YEAR },
  ],
  [
    "top customer states by aov with 100 orders or more",
    "query_metrics",
    { dimensions: ["region"], timeRange: YEAR },
  ],
  // campaign-sides.ts: a campaign set against a "<word> campaigns" group keeps both sides.
  [
    "is summer sale prospecting beating the bf24 campaigns on roas",
    "query_metrics",
    {
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "in", values: [1001, 1002, 1005] }, NOT_NONE],
    },
  ],
  [
    "brand search roas compared to our bf24 campaigns",
    "query_metrics",
    {
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "in", values: [1001, 1002, 1004] }, NOT_NONE],
    },
  ],
  [
    "how do the bf24 campaigns stack up against summer sale prospecting on cpa",
    "query_metrics",
    {
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "in", values: [1001, 1002, 1005] }, NOT_NONE],
    },
  ],
  // share.ts + present/member-share.ts: one member's share of each period's whole.
  [
    "affiliate share of spend per month",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date", "channel"], grain: "month" },
  ],
  [
    "email share of revenue by month this year",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date", "channel"], grain: "month" },
  ],
  [
    "what percent of orders came from paid social each week",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date", "channel"], grain: "week" },
  ],
  // cohort-intent.ts cohortsCalls: two named cohorts, one call each, the earlier first.
  [
    "repeat rate of customers acquired in bf25 vs the summer",
    "cohorts",
    { period: { from: "2025-11-17", to: "2025-12-07" } },
  ],
  ["ltv of the q1 cohort vs the q3 cohort", "cohorts", { period: { from: "2026-01-01", to: "2026-03-31" } }],
  [
    "do customers first buying in january come back more than ones from july",
    "cohorts",
    { period: { from: "2026-01-01", to: "2026-01-31" } },
  ],
];
