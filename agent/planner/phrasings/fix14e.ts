/**
 * Phrasings for fix14e's kinds (session 19): two-step asks whose second part is about what the
 * first finds (the top week then the channels behind it; the channel whose figure moved most then
 * its campaigns), a why that presumes a rank (checked against the ranking first), a past pause
 * with another member's figures asked, channels ranked by profit. My own wordings; the blind sets
 * (evals/blind/) are held out. The second steps and the verdicts are checked in fix14e.test.ts.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };
const AUG = { from: "2026-08-01", to: "2026-08-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const Q2 = { from: "2026-04-01", to: "2026-06-30" };
const YTD = { from: "2026-01-01", to: "2026-11-01" };
const LAST30 = { from: "2026-10-02", to: "2026-10-31" };

export const FIX14E: PhrasingRow[] = [
  // two-step-asks.ts: the top week or month, then which channels drove it (found-step.ts driversStep).
  [
    "what was our strongest month for orders this year, then which channels were behind it",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], grain: "month", timeRange: YTD, limit: 1 },
  ],
  [
    "identify the top revenue week in q3 and which channels drove it",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], grain: "week", timeRange: Q3, limit: 1 },
  ],
  [
    "pick out our biggest sales week of 2026, then tell me what channels contributed to it",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], grain: "week", limit: 1 },
  ],
  // found-change-step.ts: the channel (or platform) that moved most, then its campaigns.
  [
    "which channel saw the largest roas drop in september vs august, and which campaign in it was responsible",
    "compare_periods",
    { metrics: ["roas"], dimensions: ["channel"], period: SEP, compareTo: AUG },
  ],
  [
    "what channel's cpc climbed the most last month, then which campaigns drove that",
    "compare_periods",
    { metrics: ["cpc"], dimensions: ["channel"], period: OCT, compareTo: SEP },
  ],
  [
    "which platform had the biggest spend increase in q3 vs q2 and what campaign caused it",
    "compare_periods",
    { metrics: ["spend"], dimensions: ["platform"], period: Q3, compareTo: Q2 },
  ],
  // rank-premise-intent.ts: the ranking that checks the premise leads.
  [
    "how come paid search is our top channel for revenue",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["channel"],
      timeRange: LAST30,
      orderBy: [{ field: "revenue", direction: "desc" }],
    },
  ],
  [
    "why is affiliate our cheapest channel on cpa in september",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["channel"],
      timeRange: SEP,
      orderBy: [{ field: "cpa", direction: "asc" }],
    },
  ],
  [
    "what makes paid social our strongest roas channel",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["channel"], orderBy: [{ field: "roas", direction: "desc" }] },
  ],
  // pause-effect.ts: the paused member's spend first, the asked member's figures second.
  [
    "after we switched off meta in october did direct traffic go up",
    "query_metrics",
    { metrics: ["spend"], filters: [{ field: "platform", op: "in", values: ["meta_ads"] }], grain: "week" },
  ],
  [
    "the week we paused tiktok in june, did email revenue change",
    "query_metrics",
    { metrics: ["spend"], filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }], grain: "week" },
  ],
  [
    "since we stopped paid social in mid october how did organic search do",
    "query_metrics",
    { metrics: ["spend"], filters: [{ field: "channel", op: "in", values: ["paid_social"] }], grain: "week" },
  ],
  // profitability-intent.ts: channels in order of profit, each channel's own.
  [
    "sort our channels by profit in q3 at a 40% margin",
    "profitability",
    { analysis: "channel_profit", period: Q3, grossMargin: 0.4 },
  ],
  ["rank each channel on profit for september", "profitability", { analysis: "channel_profit", period: SEP }],
  [
    "list the channels by their profitability last month",
    "profitability",
    { analysis: "channel_profit", period: OCT },
  ],
];
