/**
 * Phrasings for session 10's fixes (fix5a): ad spend with what it brought in (paid attributed
 * revenue, ROAS and MER, not total revenue), platform-reported against tracked figures, and budget
 * asks. Written by hand as my own wordings of the kinds; the blind sets (evals/blind/) are held
 * out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const AD_RETURN = ["spend", "paid_attributed_revenue", "roas", "mer"];
const GAP = [
  "platform_conversions",
  "orders",
  "platform_conversions_minus_tracked",
  "platform_conversions_over_tracked",
  "platform_revenue",
  "revenue",
  "platform_revenue_minus_tracked",
  "platform_revenue_over_tracked",
];

export const FIX5A: PhrasingRow[] = [
  // ad-return.ts: spend and what it returned is paid attributed revenue, ROAS and MER.
  ["ad spend last quarter and what it generated", "query_metrics", { metrics: AD_RETURN }],
  [
    "how much went into advertising in september, and what did we get back for it?",
    "query_metrics",
    { metrics: AD_RETURN, timeRange: SEPT },
  ],
  [
    "what did the ads bring in last month vs what we spent",
    "query_metrics",
    { metrics: ["paid_attributed_revenue", "roas", "mer", "spend"] },
  ],

  // platform-gap-intent.ts: what a platform claims against what we tracked, gap and ratio.
  [
    "tiktok claims a lot more purchases than we actually see in our store data last quarter",
    "query_metrics",
    {
      metrics: GAP,
      dimensions: [],
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "are the ad platforms over-reporting conversions?",
    "query_metrics",
    { metrics: GAP, dimensions: ["platform"], filters: [{ field: "platform", op: "neq", value: null }] },
  ],
  [
    "in-platform revenue versus our actual revenue per month for facebook this year",
    "query_metrics",
    { metrics: GAP, dimensions: ["date"], grain: "month" },
  ],

  [
    "campaigns where in-platform conversions are way over what we attribute, last month",
    "query_metrics",
    {
      metrics: GAP,
      dimensions: ["campaign"],
      orderBy: [{ field: "platform_conversions_minus_tracked", direction: "desc" }],
    },
  ],
  // With what we pay for it: spend and both returns on it.
  [
    "meta: what we spend vs what we track vs what meta reports",
    "query_metrics",
    { metrics: [...GAP, "spend", "roas", "platform_roas"], dimensions: [] },
  ],
  // ad-return.ts, one platform: its own attributed revenue and orders, ROAS and CPA on them.
  [
    "what did we put into google in september and what did that return",
    "query_metrics",
    { metrics: ["spend", "revenue", "orders", "roas", "cpa"], timeRange: SEPT },
  ],
  // metric-floor.ts: "w/" is "with" in a threshold on the rows.
  [
    "lowest roas campaigns last month w/ more than $800 spend",
    "query_metrics",
    {
      filters: [
        { field: "campaign", op: "neq", value: null },
        { field: "spend", op: "gt", value: 800 },
      ],
    },
  ],
];
