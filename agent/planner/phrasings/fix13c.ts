/**
 * Phrasings for fix13c's kinds (session 18): asks that were routed to the wrong analysis. The lift
 * of a past budget change, pacing against a metric's target, a one-day spend spike on a platform,
 * data-health asks, and measurement terms asked to be explained. My own wordings; the blind sets
 * (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const ALL_DATA = { from: "2025-11-01", to: "2026-10-31" };
const Q4_TO_DATE = { from: "2026-10-01", to: "2026-11-01" };
const SCAN = { metrics: ["sessions", "orders", "spend"], period: ALL_DATA };
const platform = (values: string[]) => [{ field: "platform", op: "in", values }];

export const FIX13C: PhrasingRow[] = [
  // campaigns-intent.ts: what a past budget change earned, in measurement words.
  [
    "how much incremental revenue did the paid social budget boost in june bring",
    "campaigns",
    { analysis: "change", channel: "paid_social", around: { from: "2026-06-01", to: "2026-06-30" } },
  ],
  [
    "what did we get for the extra display budget in july",
    "campaigns",
    { analysis: "change", channel: "display", around: { from: "2026-07-01", to: "2026-07-31" } },
  ],
  [
    "did the affiliate spend increase in september generate any lift",
    "campaigns",
    { analysis: "change", channel: "affiliate", around: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  [
    "roi of the paid search budget cut in july",
    "campaigns",
    { analysis: "change", channel: "paid_search", around: { from: "2026-07-01", to: "2026-07-31" } },
  ],
  // pacing-intent.ts: a metric's target is the metric against it, not spend against budgets.
  ["pacing vs target cpa so far this quarter", "query_metrics", { metrics: ["cpa"], timeRange: Q4_TO_DATE }],
  ["is our roas pacing toward the roas goal this qtr", "query_metrics", { timeRange: Q4_TO_DATE }],
  ["q4 pacing against our cac target", "query_metrics", { metrics: ["cac"] }],
  // runaway-day-intent.ts: one day's spend blown out, found by the scan over all the data.
  [
    "was there a day tiktok spent way more than usual",
    "detect_anomalies",
    { metrics: ["spend", "revenue", "orders"], period: ALL_DATA, filters: platform(["tiktok_ads"]) },
  ],
  [
    "on which day did facebook spending blow out",
    "detect_anomalies",
    { metrics: ["spend", "revenue", "orders"], filters: platform(["meta_ads"]) },
  ],
  [
    "any one-day spend spikes on google ads this year",
    "detect_anomalies",
    { filters: platform(["google_ads"]) },
  ],
  // scan-asks.ts: the data's health, by the scan of sessions, orders and spend.
  ["are our pixels firing properly", "detect_anomalies", SCAN],
  ["is there any missing data", "detect_anomalies", SCAN],
  ["were there dates where data was missing this year", "detect_anomalies", { metrics: SCAN.metrics }],
  ["has conversion tracking been working ok", "detect_anomalies", SCAN],
  // term-definition-intent.ts: the term defined (a note), then the data's example.
  ["whats a holdout test", "campaigns", { analysis: "holdout" }],
  ["what does incrementality mean in plain english", "campaigns", { analysis: "holdout" }],
  ["explain hold-outs to me like im new", "campaigns", { analysis: "holdout" }],
  ["can you explain attribution models", "attribution", { level: "channel" }],
  ["what do people mean by diminishing returns", "profitability", { analysis: "overspend" }],
];
