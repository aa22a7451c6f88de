/**
 * Phrasings for session 18's scatter charts (lead18, agent/chart/scatter-chart.ts): "plot X against
 * Y by <member>" and "scatter chart of ..." are two measures per member, not a series over time.
 * Own wordings; the blind sets are held out.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

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
];
