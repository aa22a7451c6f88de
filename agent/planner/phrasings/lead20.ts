/**
 * Phrasings for session 20's period reads (lead20): whole calendar units, a quarter's number
 * written out, a holiday after an anchor word before a channel, a day of the month. Written by
 * hand; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const SEP_OCT = { from: "2026-09-01", to: "2026-10-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

export const LEAD20: PhrasingRow[] = [
  [
    "roas per channel for the last two full months",
    "query_metrics",
    { metrics: ["roas"], timeRange: SEP_OCT },
  ],
  ["spend the previous 2 complete months", "query_metrics", { metrics: ["spend"], timeRange: SEP_OCT }],
  [
    "aov last full month",
    "query_metrics",
    { metrics: ["average_order_value"], timeRange: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  [
    "clicks the past 2 whole weeks",
    "query_metrics",
    { metrics: ["clicks"], timeRange: { from: "2026-10-12", to: "2026-10-25" } },
  ],
  ["ctr on meta for q three", "query_metrics", { metrics: ["ctr"], timeRange: Q3 }],
  ["revenue quarter 3", "query_metrics", { metrics: ["revenue"], timeRange: Q3 }],
  [
    "sessions in q one",
    "query_metrics",
    { metrics: ["sessions"], timeRange: { from: "2026-01-01", to: "2026-03-31" } },
  ],
  [
    "since memorial day email revenue",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-05-25", to: "2026-11-01" } },
  ],
  [
    "orders since the 20th",
    "query_metrics",
    { metrics: ["orders"], timeRange: { from: "2026-10-20", to: "2026-11-01" } },
  ],
  // Period words typed short (time-shorthand.ts).
  [
    "aov lst month",
    "query_metrics",
    { metrics: ["average_order_value"], timeRange: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  [
    "spend ths yr by channel",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2026-01-01", to: "2026-11-01" } },
  ],
  [
    "cpa prev qtr",
    "query_metrics",
    { metrics: ["paid_cpa", "cpa"], timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
];
