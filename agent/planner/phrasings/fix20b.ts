/**
 * Phrasings for session 25's fixes (fix20b): a window counted in months ("6 mos", "past half
 * year") watched month by month; ad spend as a share of revenue; a stretch set against the rest of
 * its month or week, per day; a usual weekday as a baseline; a goal forecast typed with "wil".
 * Written by hand; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const MAY_OCT = { from: "2026-05-01", to: "2026-10-31" };
const SHARE = ["spend_to_revenue", "spend", "revenue"];
const BF = { from: "2025-11-28", to: "2025-11-28" };

export const FIX20B: PhrasingRow[] = [
  // A window counted in months (time-windows.ts), by month from six months (modifiers.ts).
  ["roas trend 6 mos", "query_metrics", { metrics: ["roas", "mer"], timeRange: MAY_OCT, grain: "month" }],
  [
    "orders by month past half year",
    "query_metrics",
    { metrics: ["orders"], timeRange: MAY_OCT, grain: "month" },
  ],
  ["spend trend last six mo", "query_metrics", { metrics: ["spend"], timeRange: MAY_OCT, grain: "month" }],
  ["aov trend 6m", "query_metrics", { metrics: ["average_order_value"], timeRange: MAY_OCT, grain: "month" }],
  [
    "new customers 6 month trend",
    "query_metrics",
    { metrics: ["new_customers"], timeRange: MAY_OCT, grain: "month" },
  ],
  [
    "how did cpc trend over the last 2 qtrs",
    "query_metrics",
    { metrics: ["cpc"], timeRange: MAY_OCT, grain: "month" },
  ],
  // Ad spend as a share of revenue (paraphrase.ts, the catalog's spend_to_revenue).
  [
    "ad spend as a percentage of revenue this year",
    "query_metrics",
    { metrics: SHARE, timeRange: { from: "2026-01-01", to: "2026-11-01" } },
  ],
  [
    "marketing cost as share of sales in q3",
    "query_metrics",
    { metrics: SHARE, timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  [
    "what % of revenue do we spend on ads",
    "query_metrics",
    { metrics: SHARE, timeRange: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "cost-to-revenue % last quarter",
    "query_metrics",
    { metrics: SHARE, timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  [
    "spend to revenue ratio by month",
    "query_metrics",
    { metrics: SHARE, dimensions: ["date"], grain: "month" },
  ],
  ["how much of our revenue goes to advertising", "query_metrics", { metrics: SHARE }],
  // A stretch against the rest of its month or week (rest-of-period-intent.ts).
  [
    "black friday vs the rest of november revenue",
    "query_metrics",
    { metrics: ["revenue"], timeRange: BF, average: "per_day", label: "Black Friday" },
  ],
  [
    "orders on cyber monday compared with the rest of the week",
    "query_metrics",
    {
      metrics: ["orders"],
      timeRange: { from: "2025-12-01", to: "2025-12-01" },
      average: "per_day",
      label: "Cyber Monday",
    },
  ],
  [
    "was black friday busier than the other november days",
    "query_metrics",
    { metrics: ["revenue", "spend", "roas", "orders"], timeRange: BF, average: "per_day" },
  ],
  [
    "labor day sales against the remainder of september",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-09-07", to: "2026-09-07" }, average: "per_day" },
  ],
  // A usual weekday as the baseline (time-windows.ts, normal-baseline.ts).
  [
    "cyber monday revenue vs a normal monday",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2025-12-01", to: "2025-12-01" },
      compareTo: { from: "2025-11-24", to: "2025-11-24" },
    },
  ],
  [
    "black friday orders than a typical friday",
    "compare_periods",
    { metrics: ["orders"], period: BF, compareTo: { from: "2025-11-21", to: "2025-11-21" } },
  ],
  // A goal forecast with a misspelt question word (word-typos.ts).
  ["wil we make 400k in sales by dec 31", "project_run_rate", { metric: "revenue", goal: 400000 }],
  ["wll we reach 1m revenue by year end", "project_run_rate", { metric: "revenue", goal: 1000000 }],
];
