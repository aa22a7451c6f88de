/**
 * Phrasings for session 26's fix21e kinds: plain words for the core's measures (money back per
 * ad dollar, what marketing brought in against its spend, whether the ads are worth it) and
 * campaigns that spent and sold nothing, typos included. Written by hand; the blind sets
 * (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const LAST_30 = { from: "2026-10-02", to: "2026-10-31" };
const YTD = { from: "2026-01-01", to: "2026-11-01" };
const ZERO = [
  { field: "orders", op: "lte", value: 0 },
  { field: "spend", op: "gt", value: 0 },
];

export const FIX21E: PhrasingRow[] = [
  [
    "whats our return for every dollar spent on advertising last month",
    "query_metrics",
    { metrics: ["roas", "mer"] },
  ],
  [
    "how many dollars of revenue per ad dollar this year",
    "query_metrics",
    { metrics: ["roas", "mer"], timeRange: YTD },
  ],
  [
    "in simple terms how much revenue does each dollar of advertising bring in",
    "query_metrics",
    { metrics: ["roas", "mer"], timeRange: LAST_30 },
  ],
  [
    "what did our marketing bring in this year compared to what it cost",
    "query_metrics",
    { metrics: ["spend", "paid_attributed_revenue", "roas", "mer"], timeRange: YTD },
  ],
  [
    "revenue from marketing vs marketing spend ytd",
    "query_metrics",
    { metrics: ["paid_attributed_revenue", "roas", "mer", "spend"], timeRange: YTD },
  ],
  [
    "is our advertising worth it",
    "compare_periods",
    { metrics: ["roas"], filters: [{ field: "channel_group", op: "in", values: ["paid"] }] },
  ],
  [
    "is advertising worth the spend for us",
    "compare_periods",
    { metrics: ["roas"], filters: [{ field: "channel_group", op: "in", values: ["paid"] }] },
  ],
  [
    "any campaigns with no conversions despite spend this quarter",
    "query_metrics",
    { dimensions: ["campaign"], filters: [{ field: "campaign", op: "neq", value: null }, ...ZERO] },
  ],
  [
    "can u list the campaigns that spent $ but didnt get any sales in october",
    "query_metrics",
    { dimensions: ["campaign"], filters: [{ field: "campaign", op: "neq", value: null }, ...ZERO] },
  ],
  [
    "show me camapigns that spent but sold nothing last month",
    "query_metrics",
    { dimensions: ["campaign"], filters: [{ field: "campaign", op: "neq", value: null }, ...ZERO] },
  ],
];
