/**
 * Phrasings where a near miss answered a different question: a period qualified by a year a few
 * words later ("october revenue last year" is October 2025, not October against all of 2025),
 * tracking checks (the anomaly detector), "why do two models credit X differently" (attribution
 * side by side), and chart types named in the question (the breakdown asked for, no daily series).
 * The blind set (evals/blind/questions.jsonl) is held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const ANOMALY_METRICS = ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"];
const LAST_WEEK = { from: "2026-10-19", to: "2026-10-25" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const DEFAULT_30 = { from: "2026-10-02", to: "2026-10-31" };

export const HONESTY: PhrasingRow[] = [
  [
    "september orders last year",
    "query_metrics",
    // fix18f: before the data starts, so the same month a year later, said so.
    { metrics: ["orders"], timeRange: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  [
    "Q4 spend by channel last year",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["channel"], timeRange: { from: "2025-10-01", to: "2025-12-31" } },
  ],
  [
    "christmas day revenue last year",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2025-12-25", to: "2025-12-25" } },
  ],
  [
    "cyber monday orders by platform last year",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["platform"], timeRange: { from: "2025-12-01", to: "2025-12-01" } },
  ],
  [
    "october revenue vs last year",
    "compare_periods",
    { metrics: ["revenue"], period: OCT, compareTo: { from: "2025-10-01", to: "2025-10-31" } },
  ],
  ["is our tracking working?", "recommend", { focus: "tracking" }],
  ["any tracking problems last week", "detect_anomalies", { metrics: ANOMALY_METRICS, period: LAST_WEEK }],
  ["did we have data gaps in october", "detect_anomalies", { metrics: ANOMALY_METRICS, period: OCT }],
  ["was the pixel broken at some point last week", "detect_anomalies", { period: LAST_WEEK }],
  [
    "why does shapley give paid social a different credit than last touch",
    "attribution",
    { models: ["shapley", "last_touch"], period: DEFAULT_30 },
  ],
  [
    "why do first touch and linear disagree about email in september",
    "attribution",
    { models: ["first_touch", "linear"], period: SEPT },
  ],
  [
    "pie chart of spend by platform in october",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["platform"], timeRange: OCT },
  ],
  [
    "show orders by channel last week as a donut chart",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["channel"], timeRange: LAST_WEEK },
  ],
  [
    "column chart of revenue per channel in september",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["channel"], timeRange: SEPT },
  ],
  [
    "line chart of orders last month",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], timeRange: OCT },
  ],
];
