/**
 * Phrasings for session 24's lead kinds (lead24): a past budget move between channels read before
 * and after it, spend against a plan, auction measures not loaded, lift from a channel, a channel
 * switched off as a what-if, the gap between orders, and which campaigns deserve more money.
 * Written by hand; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const CHANGE = "campaigns";

export const LEAD24: PhrasingRow[] = [
  [
    "did moving budget into paid social in june pay off",
    CHANGE,
    { analysis: "change", around: { from: "2026-06-01", to: "2026-06-30" }, channel: "paid_social" },
  ],
  [
    "we moved money from display into affiliates in april, did that work",
    CHANGE,
    { analysis: "change", around: { from: "2026-04-01", to: "2026-04-30" }, channel: "affiliate" },
  ],
  [
    "the spend shift from display to tiktok in september - did it help revenue?",
    CHANGE,
    { analysis: "change", around: { from: "2026-09-01", to: "2026-09-30" }, platform: "tiktok_ads" },
  ],
  [
    "how did the paid search cut in july affect orders",
    CHANGE,
    { analysis: "change", around: { from: "2026-07-01", to: "2026-07-31" }, channel: "paid_search" },
  ],
  [
    "how far off were we from the october spend plan",
    CHANGE,
    { analysis: "pacing", period: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  [
    "media plan vs actual for september",
    CHANGE,
    { analysis: "pacing", period: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  ["is tiktok running over its ad budget", CHANGE, { analysis: "pacing", platform: "tiktok_ads" }],
  ["search impression share lost to budget", "query_metrics", { metrics: ["impressions", "clicks"] }],
  ["what's our quality score like", "query_metrics", { metrics: ["impressions", "clicks"] }],
  ["how much lift do we actually get from display", CHANGE, { analysis: "holdout", channel: "display" }],
  ["whats the real uplift from affiliates", CHANGE, { analysis: "holdout", channel: "affiliate" }],
  [
    "how many orders would we lose if we switched off display",
    "recommend_budget",
    { changes: [{ dimension: "channel", value: "display", changePercent: -100 }] },
  ],
  [
    "what happens if we turn paid social off",
    "recommend_budget",
    { changes: [{ dimension: "channel", value: "paid_social", changePercent: -100 }] },
  ],
  [
    "how much of the meta budget goes to tiktok",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["platform"] },
  ],
  ["avg days between orders", "cohorts", { show: "repeat_gap" }],
  ["whats the typical gap between purchases for email customers", "cohorts", { show: "repeat_gap" }],
  [
    "which search campaign should get more money",
    "recommend",
    { focus: "campaigns", channel: "paid_search" },
  ],
  ["what meta campaigns deserve a bigger budget", "recommend", { focus: "campaigns", platform: "meta_ads" }],
  [
    "search cpc by week",
    "query_metrics",
    { metrics: ["cpc"], filters: [{ field: "channel", op: "in", values: ["paid_search"] }] },
  ],
  [
    "whats our spend run rate",
    "project_run_rate",
    { metric: "spend", period: { from: "2026-11-01", to: "2026-11-30" } },
  ],
  ["revenue run rate?", "project_run_rate", { metric: "revenue" }],
  [
    "how much do repeat customers spend compared to new ones",
    "query_metrics",
    { metrics: ["revenue_per_customer"], dimensions: ["customer_type"] },
  ],
  ["what does the average shopper spend per order", "query_metrics", { metrics: ["average_order_value"] }],
  ["our experiment results this year", "detect_anomalies", { metrics: ["sessions", "orders", "spend"] }],
];
