/**
 * Phrasings for fix14b's kinds (session 19): the share of each month's revenue from first-time
 * buyers said as a clause ("people ordering for the first time") or "in %", and new vs returning
 * with an order count (orders, not a count of customers). Follow-ups narrowing to one kind of
 * customer are tested in fix14b.test.ts. My own wordings; the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const YEAR = { from: "2025-11-01", to: "2026-10-31" };
const MAY_OCT = { from: "2026-05-01", to: "2026-10-31" };
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
];
