/**
 * Phrasings for session 17's change thresholds (lead17, agent/planner/change-threshold.ts): a
 * threshold on a move between two periods compares the period with the one before, every member
 * kept (the presenter keeps those that met it). Own wordings; the blind sets are held out.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEP = { from: "2026-09-01", to: "2026-09-30" };
const AUG = { from: "2026-08-01", to: "2026-08-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const Q2 = { from: "2026-04-01", to: "2026-06-30" };
const JUN = { from: "2026-06-01", to: "2026-06-30" };

export const LEAD17: PhrasingRow[] = [
  [
    "which campaigns more than doubled their spend last month",
    "compare_periods",
    { metrics: ["spend"], dimensions: ["campaign"], period: OCT, compareTo: SEP },
  ],
  [
    "channels where cost per acquisition jumped by over 25% in september",
    "compare_periods",
    { metrics: ["cpa"], dimensions: ["channel"], period: SEP, compareTo: AUG },
  ],
  [
    "flag any platform whose roas slipped under 1x in october vs september",
    "compare_periods",
    { metrics: ["roas"], dimensions: ["platform"], period: OCT, compareTo: SEP },
  ],
  [
    "campaigns with a revenue decline of at least 30% q3 vs q2",
    "compare_periods",
    { metrics: ["revenue"], dimensions: ["campaign"], period: Q3, compareTo: Q2 },
  ],
  [
    "did paid social spend drop by more than $500 in october",
    "compare_periods",
    { metrics: ["spend"], dimensions: [], period: OCT, compareTo: SEP },
  ],

  // A chart or table asked for a slide is that chart or table, not a review against the period before.
  [
    "donut chart of orders by platform in q2 for my deck",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["platform"], timeRange: Q2 },
  ],
  [
    "table of revenue and spend by channel for june, slide ready",
    "query_metrics",
    { metrics: ["revenue", "spend"], dimensions: ["channel"], timeRange: JUN },
  ],
  [
    "need a bar graph of sessions by channel for q3 for the client slides",
    "query_metrics",
    { metrics: ["sessions"], dimensions: ["channel"], timeRange: Q3 },
  ],

  // An exclusion carries across a list of values ("excluding direct and organic" left organic in
  // as the only channel).
  [
    "revenue by channel excluding direct and organic last month",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["channel"],
      filters: [{ field: "channel", op: "not_in", values: ["direct", "organic_search"] }],
      timeRange: OCT,
    },
  ],
  [
    "orders in september not counting email, referral or direct",
    "query_metrics",
    {
      metrics: ["orders"],
      filters: [{ field: "channel", op: "not_in", values: ["email", "referral", "direct"] }],
      timeRange: SEP,
    },
  ],
  [
    "q3 ad spend without tiktok or meta",
    "query_metrics",
    {
      metrics: ["spend"],
      filters: [{ field: "platform", op: "not_in", values: ["tiktok_ads", "meta_ads"] }],
      timeRange: Q3,
    },
  ],

  [
    "q3 ad spend without tiktok and meta",
    "query_metrics",
    {
      metrics: ["spend"],
      filters: [{ field: "platform", op: "not_in", values: ["tiktok_ads", "meta_ads"] }],
      timeRange: Q3,
    },
  ],
];
