/**
 * Phrasings for session 14's period arithmetic (fix9d): "N units vs the N before" followed by the
 * measures; windows beside a named day ("the week after Black Friday", "10 days before Labor Day",
 * "BF week"); "ytd vs last ytd"; month over month within a period of several months as the
 * monthly series. Own wordings; the blind sets (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

export const FIX9D: PhrasingRow[] = [
  [
    "past 4 weeks against the 4 before: orders and cpa",
    "compare_periods",
    { metrics: ["orders", "cpa"], compareTo: { from: "2026-09-06", to: "2026-10-03" } },
  ],
  [
    "last 3 months vs the 3 prior, spend",
    "compare_periods",
    { metrics: ["spend"], compareTo: { from: "2026-05-01", to: "2026-07-31" } },
  ],
  [
    "sessions in the week following cyber monday",
    "query_metrics",
    { metrics: ["sessions"], timeRange: { from: "2025-12-08", to: "2025-12-14" } },
  ],
  [
    "orders the 2 weeks leading up to black friday",
    "query_metrics",
    { metrics: ["orders"], timeRange: { from: "2025-11-10", to: "2025-11-23" } },
  ],
  [
    "revenue 10 days after labor day",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-09-08", to: "2026-09-17" } },
  ],
  [
    "how did bf week compare with the week after it",
    "compare_periods",
    { period: { from: "2025-11-24", to: "2025-11-30" } },
  ],
  [
    "spend in the week after black friday compared with black friday week",
    "compare_periods",
    {
      metrics: ["spend"],
      period: { from: "2025-12-01", to: "2025-12-07" },
      compareTo: { from: "2025-11-24", to: "2025-11-30" },
    },
  ],
  [
    "orders year to date vs last year's ytd",
    "compare_periods",
    { metrics: ["orders"], compareTo: { from: "2025-01-01", to: "2025-11-01" } },
  ],
  [
    "month over month change in revenue by channel in h1",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date", "channel"], grain: "month" },
  ],
  [
    "wow spend for october",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["date"],
      grain: "week",
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
];
