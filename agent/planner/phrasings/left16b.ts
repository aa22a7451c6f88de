/**
 * Phrasings for session 16's new computations (left16b): percentiles of single order values
 * (cohorts show "order_value"), run-rate projections past the data (project_run_rate) and one paid
 * channel's incrementality read from its recorded holdout (campaigns 'holdout'). Written by hand
 * as my own wordings of the kinds; the blind sets (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const ALL = { from: "2025-11-01", to: "2026-10-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const Q4 = { from: "2026-10-01", to: "2026-12-31" };
const YEAR = { from: "2026-01-01", to: "2026-12-31" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };

export const LEFT16B: PhrasingRow[] = [
  // order-value-distribution-intent.ts: percentiles of single orders, not the mean.
  [
    "what's the typical basket size month by month, the median one",
    "cohorts",
    { show: "order_value", orderValueBy: "month", percentiles: [50], period: ALL },
  ],
  [
    "50th percentile order amount per week",
    "cohorts",
    { show: "order_value", orderValueBy: "week", percentiles: [50] },
  ],
  [
    "quartiles of order size, first-time buyers compared with repeat buyers",
    "cohorts",
    { show: "order_value", orderValueBy: "customer_type", percentiles: [25, 50, 75] },
  ],
  [
    "p90 aov by channel for q3",
    "cohorts",
    { show: "order_value", orderValueBy: "channel", percentiles: [50, 90], period: Q3 },
  ],
  [
    "how are our order values spread out",
    "cohorts",
    { show: "order_value", orderValueBy: "none", percentiles: [10, 25, 50, 75, 90] },
  ],
  // run-rate-intent.ts: a straight-line projection of a period reaching past the data.
  [
    "at last month's rate what does fourth quarter sales come to",
    "project_run_rate",
    { metric: "revenue", period: Q4, pace: OCT },
  ],
  [
    "if things continue like this how much will we have spent on ads by year end",
    "project_run_rate",
    { metric: "spend", period: YEAR, pace: OCT },
  ],
  [
    "full-year revenue projection using the ytd pace",
    "project_run_rate",
    { metric: "revenue", period: YEAR, pace: { from: "2026-01-01", to: "2026-10-31" } },
  ],
  [
    "holding september's pace, how many orders do we finish q4 with",
    "project_run_rate",
    { metric: "orders", period: Q4, pace: SEPT },
  ],
  // holdout-intent.ts: one paid channel's incrementality is its recorded holdout's reading.
  [
    "is paid search actually incremental or would those sales happen anyway",
    "campaigns",
    { analysis: "holdout", channel: "paid_search" },
  ],
  ["does display truly drive incremental revenue", "campaigns", { analysis: "holdout", channel: "display" }],
  [
    "how much of affiliate's credit is really incremental",
    "campaigns",
    { analysis: "holdout", channel: "affiliate" },
  ],
];
