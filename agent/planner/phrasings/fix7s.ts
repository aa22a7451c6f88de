/**
 * Phrasings for session 12's fixes (fix7s): the whole data range ("all time", "since we started",
 * "to date" with no month or year), the overview of a named period against the baseline it names,
 * and more (rows below, by fix). Written by hand as my own wordings of the kinds; the blind sets
 * (evals/blind/) are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

// testContext(): the data's first day is 2025-11-01; with no data end, the last complete month ends it.
const ALL = { from: "2025-11-01", to: "2026-10-31" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };

export const FIX7S: PhrasingRow[] = [
  // time-all-time.ts: every day of data, never the default 30 days.
  [
    "what have we made in revenue since we started",
    "query_metrics",
    { metrics: ["revenue"], timeRange: ALL },
  ],
  ["lifetime ad spend on meta", "query_metrics", { metrics: ["spend"], timeRange: ALL }],
  ["orders to date", "query_metrics", { metrics: ["orders"], timeRange: ALL }],
  ["roas across the whole history", "query_metrics", { metrics: ["roas", "mer"], timeRange: ALL }],
  [
    "how many orders have we had since the beginning",
    "query_metrics",
    { metrics: ["orders"], timeRange: ALL },
  ],
  [
    "all-time spend by channel",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["channel"], timeRange: ALL },
  ],
  // overview-intent.ts: how a named period went, against the baseline it names.
  [
    "how did september turn out vs august",
    "overview",
    { period: SEPT, compareTo: { from: "2026-08-01", to: "2026-08-31" } },
  ],
  ["was october any good compared with september? quick pulse", "overview", { period: OCT, compareTo: SEPT }],
  [
    "how was q3 against q2",
    "overview",
    { period: { from: "2026-07-01", to: "2026-09-30" }, compareTo: { from: "2026-04-01", to: "2026-06-30" } },
  ],
  [
    "how did october look versus the same month last year",
    "overview",
    { period: OCT, compareTo: "previous_year" },
  ],
  ["how did october end up", "overview", { period: OCT }],
  // unavailable-market.ts: no auction or competitor data; our own impressions and clicks (or spend), said to be ours.
  [
    "what's our impression share on google vs other advertisers",
    "query_metrics",
    { metrics: ["impressions", "clicks"] },
  ],
  [
    "do we beat Patagonia on share of voice in search",
    "query_metrics",
    {
      metrics: ["impressions", "clicks"],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
    },
  ],
  [
    "show me auction insights for last month",
    "query_metrics",
    { metrics: ["impressions", "clicks"], timeRange: OCT },
  ],
  ["how much are our rivals spending on meta", "query_metrics", { metrics: ["spend"] }],
  // unavailable-market.ts: ads are daily; orders by hour of day is the nearest.
  [
    "which hours of the day should our ads be running",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["hour_of_day"] },
  ],
  [
    "should we try dayparting in september",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["hour_of_day"], timeRange: SEPT },
  ],
  ["best time of day to advertise", "query_metrics", { metrics: ["orders"], dimensions: ["hour_of_day"] }],
  // unavailable-market.ts: influencers are not tracked; the campaigns named for creators instead.
  [
    "what did the creator partners deliver",
    "query_metrics",
    {
      metrics: ["revenue", "spend", "roas"],
      filters: [
        { field: "campaign", op: "neq", value: null },
        { field: "campaign", op: "in", values: [1006] },
      ],
      timeRange: ALL,
    },
  ],
  [
    "were our influencer deals worth it in the spring",
    "query_metrics",
    {
      metrics: ["revenue", "spend", "roas"],
      filters: [
        { field: "campaign", op: "neq", value: null },
        { field: "campaign", op: "in", values: [1006] },
      ],
    },
  ],
  [
    "revenue from brand ambassadors",
    "query_metrics",
    {
      // lead22: what the creator campaigns brought, with what they cost beside it.
      metrics: ["revenue", "spend", "roas"],
      filters: [
        { field: "campaign", op: "neq", value: null },
        { field: "campaign", op: "in", values: [1006] },
      ],
    },
  ],
];
