/**
 * Phrasings for session 20's fix15e (records, rankings and filters): a record of new customers is
 * the count; an exclusion list leaves out every group it names; a bare "newsletter" is the
 * newsletter; a campaign ranking under a model leaves the no-campaign credit out; a campaign's
 * single-day record is a campaign-day; "never got an order" is every row from fewest over all time;
 * "what daily X did we run" is a per-day average. Own wordings; the blind sets are held out.
 */
import type { PhrasingRow } from "./index.ts";

const ALL = { from: "2025-11-01", to: "2026-10-31" };
const Q2 = { from: "2026-04-01", to: "2026-06-30" };
const NEWSLETTER = [{ field: "email_campaign", op: "in", values: ["weekly_newsletter"] }];

export const FIX15E: PhrasingRow[] = [
  // A record of new customers: the count ranked, not revenue filtered to them.
  [
    "top month for new customers",
    "query_metrics",
    { metrics: ["new_customers"], dimensions: ["date"], filters: [], grain: "month", limit: 1 },
  ],
  [
    "best wk for new buyers?",
    "query_metrics",
    { metrics: ["new_customers"], dimensions: ["date"], grain: "week", limit: 1 },
  ],
  [
    "which was our peak month for first time customers",
    "query_metrics",
    { metrics: ["new_customers"], dimensions: ["date"], grain: "month", limit: 1 },
  ],
  // ... but a measure named first keeps new customers a filter.
  [
    "biggest month for revenue for new customers",
    "query_metrics",
    { metrics: ["revenue"], filters: [{ field: "customer_type", op: "in", values: ["new"] }], limit: 1 },
  ],
  // An exclusion list leaves out every group it names.
  [
    "roas by campaign without the bf24 and summer sale campaigns",
    "query_metrics",
    {
      filters: [
        { field: "campaign", op: "not_in", values: [1005, 1001, 1002] },
        { field: "campaign", op: "neq", value: null },
      ],
    },
  ],
  [
    "rank all campaigns on spend except bf24 and cm24",
    "query_metrics",
    { filters: [{ field: "campaign", op: "not_in", values: [1001, 1002, 1003] }] },
  ],
  // A bare "newsletter" is the organization's newsletter.
  ["newsletter open rate monthly", "query_metrics", { metrics: ["email_open_rate"], filters: NEWSLETTER }],
  [
    "how's the newsletter ctr trending by week",
    "query_metrics",
    { metrics: ["email_click_rate"], filters: NEWSLETTER, grain: "week" },
  ],
  ["newsleter clicks per month", "query_metrics", { filters: NEWSLETTER, grain: "month" }],
  // A campaign ranking under a model: the no-campaign credit apart, the top N kept.
  [
    "top 5 campaigns by position based attribution q2",
    "attribution",
    { models: ["position_based"], level: "campaign", period: Q2, excludeNone: true, limit: 5 },
  ],
  [
    "first touch revenue by campaign, best 8, last quarter",
    "attribution",
    { models: ["first_touch"], level: "campaign", excludeNone: true, limit: 8 },
  ],
  // A campaign's single-day record: campaign-days ranked, all time by default.
  [
    "top campaign-day by spend",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date", "campaign"], grain: "day", timeRange: ALL, limit: 1 },
  ],
  [
    "largest daily spend any one campaign had in q2",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["date", "campaign"],
      grain: "day",
      timeRange: Q2,
      limit: 1,
      orderBy: [{ field: "spend", direction: "desc" }],
    },
  ],
  [
    "top 5 campaign days by revenue",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date", "campaign"], grain: "day", limit: 5 },
  ],
  // Rows with nothing: every row from fewest, over all time when no period is named.
  [
    "which campaigns have zero orders",
    "query_metrics",
    {
      metrics: ["orders", "spend"],
      dimensions: ["campaign"],
      timeRange: ALL,
      orderBy: [{ field: "orders", direction: "asc" }],
    },
  ],
  ["any channel that never made a sale?", "query_metrics", { dimensions: ["channel"], timeRange: ALL }],
  [
    "platforms that didnt get a single sale in q2",
    "query_metrics",
    { dimensions: ["platform"], timeRange: Q2 },
  ],
  // "What daily X did we run": the average per day.
  [
    "what daily spend did we have per channel in march",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["channel"],
      average: "per_day",
      timeRange: { from: "2026-03-01", to: "2026-03-31" },
    },
  ],
  [
    "budgeting for q1: what did we spend per day on each channel last january",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["channel"],
      average: "per_day",
      timeRange: { from: "2026-01-01", to: "2026-01-31" },
    },
  ],
];
