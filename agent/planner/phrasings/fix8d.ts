/**
 * Phrasings for session 13's fix8d kinds (honesty: what is not tracked, a missing platform beside
 * a connected one, business shorthand, premises about size). Written by hand as my own wordings of
 * the kinds; the blind sets (evals/blind/) are held out and not copied here. The test context's
 * platforms are Google Ads, Meta Ads, TikTok Ads and Klaviyo.
 */
import type { PhrasingRow } from "./index.ts";

const DEFAULT_30 = { from: "2026-10-02", to: "2026-10-31" };
const DEFAULT_90 = { from: "2026-08-03", to: "2026-10-31" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };
const AUG = { from: "2026-08-01", to: "2026-08-31" };
const Q1 = { from: "2026-01-01", to: "2026-03-31" };
const Q2 = { from: "2026-04-01", to: "2026-06-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const Y2025 = { from: "2025-01-01", to: "2025-12-31" };
const Y2024 = { from: "2024-01-01", to: "2024-12-31" };
const UNPAID_WEEKLY = {
  metrics: ["sessions", "revenue"],
  dimensions: ["date"],
  filters: [{ field: "channel", op: "in", values: ["direct", "organic_search"] }],
  grain: "week",
};
const platform = (value: string) => [{ field: "platform", op: "in", values: [value] }];

export const FIX8D: PhrasingRow[] = [
  // untracked-data-intent.ts: offline media is not connected; unpaid demand week by week is nearest.
  ["did the radio campaign move the needle", "query_metrics", { ...UNPAID_WEEKLY, timeRange: DEFAULT_90 }],
  ["what lift did the billboards give us in august", "query_metrics", { ...UNPAID_WEEKLY, timeRange: AUG }],
  ["results from our podcast sponsorship last quarter", "query_metrics", { ...UNPAID_WEEKLY, timeRange: Q3 }],
  ["was the television commercial worth it", "query_metrics", { ...UNPAID_WEEKLY, timeRange: DEFAULT_90 }],
  // missing-platform-part.ts: the connected half answered, the missing platform said first.
  [
    "snapchat compared to meta cpc",
    "query_metrics",
    { metrics: ["cpc"], filters: platform("meta_ads"), timeRange: DEFAULT_30 },
  ],
  [
    "linkedin and google spend for september",
    "query_metrics",
    { metrics: ["spend"], filters: platform("google_ads"), timeRange: SEP },
  ],
  [
    "cpa on bing versus tiktok last month",
    "query_metrics",
    { metrics: ["cpa"], filters: platform("tiktok_ads"), timeRange: OCT },
  ],
  // business-shorthand.ts: a business review is its period against the one before, by channel.
  [
    "pull the quarterly business review numbers for q2 vs q1",
    "compare_periods",
    { period: Q2, compareTo: Q1, dimensions: ["channel"] },
  ],
  ["mbr figures please", "compare_periods", { period: OCT, compareTo: SEP, dimensions: ["channel"] }],
  ["prep the board deck stats", "compare_periods", { period: Q3, compareTo: Q2, dimensions: ["channel"] }],
  [
    "monthly business review for september by platform",
    "compare_periods",
    { period: SEP, compareTo: AUG, dimensions: ["platform"] },
  ],
  // business-shorthand.ts: what each customer cost is the acquisition cost.
  [
    "new customers in september and what did each of them cost",
    "query_metrics",
    { metrics: ["new_customers", "cac"], timeRange: SEP },
  ],
  [
    "we won some new customers last month, how much did every one of them cost us",
    "query_metrics",
    { metrics: ["new_customers", "cac"], timeRange: OCT },
  ],
  [
    "customers acquired in q3 and the spend per head",
    "query_metrics",
    { metrics: ["new_customers", "cac"], timeRange: Q3 },
  ],
  // business-shorthand.ts: growth against last year with no measure is revenue's (no prior year: months).
  [
    "how much have we grown year on year",
    "compare_periods",
    { metrics: ["revenue"], period: Y2025, compareTo: Y2024 },
  ],
  ["are we up year over year", "compare_periods", { metrics: ["revenue"], period: Y2025, compareTo: Y2024 }],
  ["year over year change?", "compare_periods", { metrics: ["revenue"], period: Y2025, compareTo: Y2024 }],
  // agent/answer/premise-size.ts: a presumed multiple or nothing is checked against the explained figure.
  [
    "what made paid social orders triple in september",
    "explain_change",
    { metric: "orders", period: SEP, filters: [{ field: "channel", op: "in", values: ["paid_social"] }] },
  ],
  [
    "why was there zero spend on tiktok in august",
    "explain_change",
    { metric: "spend", period: AUG, filters: platform("tiktok_ads") },
  ],
  [
    "why did organic search sessions halve in october",
    "explain_change",
    {
      metric: "sessions",
      period: OCT,
      filters: [{ field: "channel", op: "in", values: ["organic_search"] }],
    },
  ],
];
