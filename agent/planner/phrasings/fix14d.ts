/**
 * Phrasings for fix14d's kinds (session 19): lists, counts and thresholds. A threshold stated as
 * what to leave out keeps the other side; "a grand" is 1,000; a list of emails is one row per
 * email campaign and "which of those" ranks them; spend "and what we got back" is the return on
 * it. My own wordings; the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const spendAtLeast = (value: number) => ({ field: "spend", op: "gte", value });

const level = (op: string, value: number) => ({ show: "order_value", orderValueLevel: { op, value } });

export const FIX14D: PhrasingRow[] = [
  // order-value-level.ts: a level on single orders' value, counted by the cohorts tool.
  ["how many orders came in over $120 in august", "cohorts", level("gt", 120)],
  ["number of transactions worth more than 500 dollars this year", "cohorts", level("gt", 500)],
  ["$75+ orders by month this year", "cohorts", { ...level("gte", 75), orderValueBy: "month" }],
  ["orders last quarter that were under $30", "cohorts", level("lt", 30)],
  // A count of orders stays a count without money words.
  ["which campaigns had more than 40 orders in october", "query_metrics", { dimensions: ["campaign"] }],
  // metric-floor.ts: an exclusion verb before the threshold inverts it.
  [
    "worst 5 campaigns by roas in q3, leave out anything that spent less than 800",
    "query_metrics",
    { dimensions: ["campaign"], filters: [{ field: "campaign", op: "neq", value: null }, spendAtLeast(800)] },
  ],
  [
    "skip campaigns with under $300 in spend, which had the highest cpa last month",
    "query_metrics",
    { dimensions: ["campaign"], filters: [{ field: "campaign", op: "neq", value: null }, spendAtLeast(300)] },
  ],
  [
    "top campaigns on roas this year excluding ones that spent below 2k",
    "query_metrics",
    {
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }, spendAtLeast(2000)],
    },
  ],
  [
    "ignore campaigns spending less than 1k, best roas last quarter",
    "query_metrics",
    {
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }, spendAtLeast(1000)],
    },
  ],
  // normalize.ts: "a grand" / "a thousand" is 1,000; days-over-threshold.ts lists the days.
  [
    "how many days in q3 did ad spend exceed a grand",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "day" },
  ],
  [
    "which days this year did we spend over a thousand dollars on ads",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["date"],
      grain: "day",
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
    },
  ],
  [
    "number of days we spent more than a grand",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "day" },
  ],
  // email-intent.ts: the emails asked for as items are one row per email campaign.
  [
    "give me a rundown of the emails we sent in august and how many sends each",
    "query_metrics",
    {
      metrics: ["email_sends"],
      dimensions: ["email_campaign"],
      timeRange: { from: "2026-08-01", to: "2026-08-31" },
    },
  ],
  [
    "list out every newsletter from q3 with opens",
    "query_metrics",
    { dimensions: ["email_campaign"], timeRange: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  [
    "show all the emails that went out in october with their send numbers",
    "query_metrics",
    {
      metrics: ["email_sends"],
      dimensions: ["email_campaign"],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  // ad-return.ts: "what did we get back" without "for it" is the return on the spend named.
  [
    "what have we put into ads this year and what did we get back",
    "query_metrics",
    { metrics: ["spend", "paid_attributed_revenue", "roas", "mer"] },
  ],
  [
    "ad spend in september, and how much we made back",
    "query_metrics",
    {
      metrics: ["spend", "paid_attributed_revenue", "roas", "mer"],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    },
  ],
  [
    "total spent on advertising all time and what came back",
    "query_metrics",
    {
      metrics: ["spend", "paid_attributed_revenue", "roas", "mer"],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
];
