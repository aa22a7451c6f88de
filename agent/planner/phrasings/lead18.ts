/**
 * Phrasings for session 18's scatter charts (lead18, agent/chart/scatter-chart.ts): "plot X against
 * Y by <member>" and "scatter chart of ..." are two measures per member, not a series over time.
 * Own wordings; the blind sets are held out.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const L6W = { from: "2026-09-20", to: "2026-10-31" };
const P6W = { from: "2026-08-09", to: "2026-09-19" };

export const LEAD18: PhrasingRow[] = [
  [
    "plot cost per click against click-through rate per channel in q3",
    "query_metrics",
    { metrics: ["cpc", "ctr"], dimensions: ["channel"], timeRange: Q3 },
  ],
  [
    "scatter chart of cpa and roas by campaign for october",
    "query_metrics",
    { metrics: ["cpa", "roas"], dimensions: ["campaign"], timeRange: OCT },
  ],
  [
    "plot spend versus revenue for each platform last month",
    "query_metrics",
    { metrics: ["spend", "revenue"], dimensions: ["platform"], timeRange: OCT },
  ],
  [
    "scatter graph: sessions vs orders by channel, q3",
    "query_metrics",
    { metrics: ["sessions", "orders"], dimensions: ["channel"], timeRange: Q3 },
  ],
  // A topic switch's words name nothing; the ask after them is read on its own.
  [
    "switching topics - what was cac in q3",
    "query_metrics",
    { metrics: ["cac"], dimensions: [], timeRange: Q3 },
  ],
  [
    "different question: roas by platform for october",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["platform"], timeRange: OCT },
  ],
  // Period shorthand (time-shorthand.ts): Slack's "l6w", halves of a month, "for the year".
  [
    "spend and orders l6w vs p6w",
    "compare_periods",
    { metrics: ["spend", "orders"], dimensions: [], period: L6W, compareTo: P6W },
  ],
  [
    "sessions second half of september",
    "query_metrics",
    { metrics: ["sessions"], dimensions: [], timeRange: { from: "2026-09-16", to: "2026-09-30" } },
  ],
  [
    "cac for the year so far",
    "query_metrics",
    { metrics: ["cac"], dimensions: [], timeRange: { from: "2026-01-01", to: "2026-11-01" } },
  ],
  // A ratio of two metrics the catalog lacks, computed by the tool (asked-ratio.ts).
  [
    "orders per thousand impressions by channel in q3",
    "query_metrics",
    {
      metrics: ["orders", "impressions"],
      dimensions: ["channel"],
      timeRange: Q3,
      ratios: [{ numerator: "orders", denominator: "impressions", per: 1000 }],
    },
  ],
  [
    "how much are we paying per engaged session by channel in october",
    "query_metrics",
    {
      metrics: ["engaged_sessions", "spend"],
      dimensions: ["channel"],
      timeRange: OCT,
      ratios: [{ numerator: "spend", denominator: "engaged_sessions" }],
    },
  ],
  [
    "revenue/session per channel for q3",
    "query_metrics",
    { metrics: ["revenue_per_session", "revenue", "sessions"], dimensions: ["channel"], timeRange: Q3 },
  ],
];
