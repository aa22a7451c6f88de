/**
 * Phrasings for session 26's named periods and events (fix21d): a holiday pair with one side before
 * the data, a bare year as a holiday's baseline, a named spend spike asked about as an event, a
 * holdout named with an ad platform, spend asked with what it brought back. Written by hand; the
 * blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const MAY = { from: "2026-05-01", to: "2026-05-31" };
const SPIKE_SCAN = ["spend", "revenue", "orders"];
const SPEND_RETURN = ["spend", "revenue", "roas", "mer"];

export const FIX21D: PhrasingRow[] = [
  [
    "how did christmas 2024 go compared to christmas 2025",
    "overview",
    { period: { from: "2025-12-25", to: "2025-12-25" } },
  ],
  [
    "how'd cyber monday 2024 go vs cyber monday 2025",
    "overview",
    { period: { from: "2025-12-01", to: "2025-12-01" } },
  ],
  [
    "was black friday 2025 better than 2024's?",
    "compare_periods",
    { period: { from: "2025-11-28", to: "2025-11-28" }, compareTo: { from: "2024-11-29", to: "2024-11-29" } },
  ],
  [
    "tell me about the runaway spend on advantage+ in may",
    "detect_anomalies",
    { metrics: SPIKE_SCAN, period: MAY },
  ],
  ["why did advantage+ spend spike in may", "detect_anomalies", { metrics: SPIKE_SCAN, period: MAY }],
  [
    "walk me through the spend surge on advantage plus last may",
    "detect_anomalies",
    { metrics: SPIKE_SCAN, period: MAY },
  ],
  [
    "tiktok holdout oct: incremental or not?",
    "campaigns",
    { analysis: "holdout", channel: "paid_social", around: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  [
    "was facebook incremental in the paid social holdout?",
    "campaigns",
    { analysis: "holdout", channel: "paid_social" },
  ],
  [
    "did the google holdout in september show search is incremental",
    "campaigns",
    { analysis: "holdout", channel: "paid_search" },
  ],
  ["q3 spend + what it brought back", "query_metrics", { metrics: SPEND_RETURN, timeRange: Q3 }],
  [
    "what did we spend in q3 and what did that return",
    "query_metrics",
    { metrics: SPEND_RETURN, timeRange: Q3 },
  ],
];
