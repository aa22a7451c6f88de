/**
 * Phrasings for session 22's follow-up fixes (fix17b): what a new customer cost said with the
 * customer as the subject or as what is paid for (acquisition cost, not new customers and spend
 * side by side), and a grain said as "into weeks". Written by hand; the blind sets (evals/blind/)
 * are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const Q3 = { from: "2026-07-01", to: "2026-09-30" };

export const FIX17B: PhrasingRow[] = [
  [
    "what does one new client set us back, last quarter",
    "query_metrics",
    { metrics: ["cac"], timeRange: Q3 },
  ],
  [
    "what did the average new customer cost in september",
    "query_metrics",
    { metrics: ["cac"], timeRange: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  [
    "how much is each first-time buyer costing us in ads",
    "query_metrics",
    { metrics: ["cac"], dimensions: [] },
  ],
  [
    "how much do we pay for each new customer on paid social",
    "query_metrics",
    { metrics: ["cac"], filters: [{ field: "channel", op: "in", values: ["paid_social"] }] },
  ],
  [
    "ad spend per new buyer ytd",
    "query_metrics",
    { metrics: ["cac"], timeRange: { from: "2026-01-01", to: "2026-11-01" } },
  ],
  ["cac last quarter counting only media spend", "query_metrics", { metrics: ["cac"], timeRange: Q3 }],
  [
    "orders last quarter split into weeks",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], grain: "week", timeRange: Q3 },
  ],
  [
    "sessions ytd broken into months",
    "query_metrics",
    { metrics: ["sessions"], dimensions: ["date"], grain: "month" },
  ],
];
