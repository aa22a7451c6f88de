/**
 * Phrasings for session 23's premise and empty-period fixes (fix18f): a change stated as done on a
 * platform read back before and after it, a period before the data answered a year later, a named
 * platform's influencers, frequency, pacing and word misspellings. Written by hand; the blind sets
 * (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const CHANGE = "campaigns";

export const FIX18F: PhrasingRow[] = [
  [
    "we tripled our meta budget in june, did that work?",
    CHANGE,
    { analysis: "change", around: { from: "2026-06-01", to: "2026-06-30" }, platform: "meta_ads" },
  ],
  [
    "we cut google ads spend in half in july, how did that go",
    CHANGE,
    { analysis: "change", around: { from: "2026-07-01", to: "2026-07-31" }, platform: "google_ads" },
  ],
  [
    "we dubled affiliate spend in may did it pay off",
    CHANGE,
    { analysis: "change", around: { from: "2026-05-01", to: "2026-05-31" }, channel: "affiliate" },
  ],
  [
    "after we increased display budget by 50% in april did roas hold up",
    CHANGE,
    { analysis: "change", around: { from: "2026-04-01", to: "2026-04-30" }, channel: "display" },
  ],
  [
    "roas q3 2025",
    "query_metrics",
    { metrics: ["roas", "mer"], timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  [
    "can u pull our cpa from back in march 2025",
    "query_metrics",
    { metrics: ["paid_cpa", "cpa"], timeRange: { from: "2026-03-01", to: "2026-03-31" } },
  ],
  [
    "what did we spend in 2024",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2025-11-01", to: "2026-10-31" } },
  ],
  [
    "avg freq by campaign on facebook",
    "query_metrics",
    { metrics: ["impressions", "clicks", "ctr"], dimensions: ["campaign"] },
  ],
  [
    "add2cart rate by channel in october",
    "query_metrics",
    { metrics: ["add_to_cart_rate"], dimensions: ["channel"] },
  ],
  ["hw did we do last month", "overview", { period: { from: "2026-10-01", to: "2026-10-31" } }],
  [
    "any campaign overpacing in october?",
    CHANGE,
    { analysis: "pacing", period: { from: "2026-10-01", to: "2026-10-31" } },
  ],
];
