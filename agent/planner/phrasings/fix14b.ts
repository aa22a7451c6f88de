/**
 * Phrasings for fix14b's kinds (session 19): the share of each month's revenue from first-time
 * buyers said as a clause ("people ordering for the first time") or "in %", and new vs returning
 * with an order count (orders, not a count of customers). Follow-ups narrowing to one kind of
 * customer are tested in fix14b.test.ts. My own wordings; the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const YEAR = { from: "2025-11-01", to: "2026-10-31" };
const MAY_OCT = { from: "2026-05-01", to: "2026-10-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const PAID = { field: "channel_group", op: "in", values: ["paid"] };
const SHARE_BY_MONTH = { metrics: ["revenue"], dimensions: ["date", "customer_type"], timeRange: YEAR };

export const FIX14B: PhrasingRow[] = [
  // customer-phrasings.ts + share.ts: first-time buyers as a clause; the share needs both kinds.
  [
    "what slice of monthly sales comes from people ordering for the first time",
    "query_metrics",
    SHARE_BY_MONTH,
  ],
  [
    "each month, how much revenue is from shoppers who bought for the first time, in %",
    "query_metrics",
    SHARE_BY_MONTH,
  ],
  [
    "revenue per month from customers purchasing for the 1st time as a percentage",
    "query_metrics",
    SHARE_BY_MONTH,
  ],
  // group-counts.ts: "order count" is the orders metric, not a count of customers beside it.
  [
    "new vs returning order count by month",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date", "customer_type"], timeRange: YEAR },
  ],
  [
    "new vs returning: aov and number of orders monthly, past 6 months",
    "query_metrics",
    { metrics: ["average_order_value", "orders"], dimensions: ["date", "customer_type"], timeRange: MAY_OCT },
  ],
  [
    "repeat vs first-time buyers, orders count and aov per month since may",
    "query_metrics",
    { metrics: ["orders", "average_order_value"], dimensions: ["date", "customer_type"] },
  ],
  // frame.ts + answer/rest-ask.ts: a top N by state with the rest asked keeps 'other' and one row more.
  [
    "top 5 states by orders in q3 and what share is everywhere else",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["region"], filters: [], limit: 6 },
  ],
  [
    "biggest 3 states for revenue last quarter, plus the rest as a %",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["region"], filters: [], limit: 4 },
  ],
  [
    "top ten states by new customers in q3 - how much is outside of those?",
    "query_metrics",
    { metrics: ["new_customers"], dimensions: ["region"], filters: [], limit: 11 },
  ],
  // direct-share.ts: direct said to be rising is direct's share of sessions by month; a worry about
  // lost tags is context.
  [
    "has direct traffic been creeping up each month? i suspect utm tags are getting stripped",
    "query_metrics",
    { metrics: ["sessions"], dimensions: ["date", "channel"], filters: [], timeRange: YEAR },
  ],
  [
    "is our direct share rising, concerned tracking tags are getting lost",
    "query_metrics",
    { metrics: ["sessions"], dimensions: ["date", "channel"], filters: [], timeRange: YEAR },
  ],
  [
    "has direct been climbing this year",
    "query_metrics",
    { metrics: ["sessions"], dimensions: ["date", "channel"], filters: [], grain: "month" },
  ],
  // click-session-gap.ts: paid clicks that never arrive as sessions: clicks vs sessions by paid channel.
  [
    "what share of our ad clicks never turn into sessions? afraid tags are being stripped",
    "query_metrics",
    { metrics: ["clicks", "sessions"], dimensions: ["channel"], filters: [PAID] },
  ],
  [
    "how many ad clicks never become sessions by channel",
    "query_metrics",
    { metrics: ["clicks", "sessions"], dimensions: ["channel"], filters: [PAID] },
  ],
  [
    "gap between paid clicks and sessions in q3",
    "query_metrics",
    { metrics: ["clicks", "sessions"], dimensions: ["channel"], filters: [PAID], timeRange: Q3 },
  ],
  [
    "click-to-session drop off last month",
    "query_metrics",
    { metrics: ["clicks", "sessions"], dimensions: ["channel"], filters: [PAID] },
  ],
  // tag-hygiene.ts: a tagging-hygiene ask is orders by source / medium, checked in the answer.
  [
    "any of our sources mis-tagged? like missing medium or one source written two ways",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["source_medium"], timeRange: YEAR },
  ],
  [
    "utm hygiene check for q3",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["source_medium"], timeRange: Q3 },
  ],
  [
    "do we have inconsistent source names or tagging issues?",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["source_medium"], timeRange: YEAR },
  ],
];
