/**
 * Cases for session 11's fix6c kinds: customers by how often they ordered in a period, customer
 * counts beside revenue for new vs returning customers. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { f, P, qm } from "./helpers.ts";

const call = (name: string, args: Record<string, unknown>): Expectation => ({ calls: [{ name, args }] });

export const FIX6C_DATA_CASES: SourceCase[] = [
  {
    id: "fix6c.new-returning-counts",
    tags: ["customers"],
    questions: ["split september into new and returning customers: how many of each, and revenue"],
    expect: qm({ metrics: ["customers", "revenue"], dimensions: ["customer_type"], timeRange: P.sep }),
  },
  {
    id: "fix6c.email-rate-by-month-direction",
    tags: ["email", "trend"],
    questions: ["open rate of weekly trail notes each month, is it going up"],
    expect: qm({
      metrics: ["email_open_rate"],
      dimensions: ["date"],
      grain: "month",
      filters: [f("email_campaign", "Weekly Trail Notes")],
      timeRange: P.range("2025-11-01", "2026-10-31"),
    }),
  },
];

export const FIX6C_ANALYSIS_CASES: SourceCase[] = [
  {
    id: "fix6c.order-frequency-q3",
    tags: ["cohorts"],
    questions: [
      "how many customers placed 3 or more orders in q3",
      "customers with at least three orders in q3",
    ],
    expect: call("cohorts", { period: P.q3, show: "frequency", minOrders: 3 }),
  },
  {
    id: "fix6c.one-time-buyers",
    tags: ["cohorts"],
    questions: ["how many one-time buyers did we have in september"],
    expect: call("cohorts", { period: P.sep, show: "frequency", minOrders: 2 }),
  },
  {
    id: "fix6c.first-touch-time-compared",
    tags: ["journeys"],
    questions: [
      "in q3, did customers who first came in through meta take more time to order than google ones",
    ],
    expect: call("journeys", {
      analysis: "time_to_convert",
      period: P.q3,
      firstTouch: ["meta_ads", "google_ads"],
    }),
  },
];
