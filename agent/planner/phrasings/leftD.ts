/**
 * Phrasings for session 15's leftD kinds: one customer's journey described instead of named (the
 * customer behind a period's largest order, most orders, most revenue, first or latest order), and
 * a span on either side of a recorded holdout (the channel N days before it started against N days
 * after it ended), and what an incident cost in orders (the scan's biggest shortfall). Written by hand as my own wordings of the kinds; the blind sets are held out.
 */
import type { PhrasingRow } from "./index.ts";

const SEP = { from: "2026-09-01", to: "2026-09-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const YTD = { from: "2026-01-01", to: "2026-11-01" };

export const LEFTD: PhrasingRow[] = [
  // customer-pick.ts: the customer is picked from the period's orders by the journeys tool.
  [
    "walk me through the path of whoever made the largest purchase in september",
    "journeys",
    { analysis: "customer", pick: "largest_order", period: SEP },
  ],
  [
    "touchpoints for the buyer behind our priciest single order last quarter",
    "journeys",
    { analysis: "customer", pick: "largest_order", period: Q3 },
  ],
  [
    "timeline of our biggest spender this year",
    "journeys",
    { analysis: "customer", pick: "most_revenue", period: YTD },
  ],
  [
    "what touches did the shopper with the most orders have this year",
    "journeys",
    { analysis: "customer", pick: "most_orders", period: YTD },
  ],
  [
    "how did the first buyer on oct 3 find us",
    "journeys",
    { analysis: "customer", pick: "first_order", period: { from: "2026-10-03", to: "2026-10-03" } },
  ],
  // holdout-sides.ts: a span before the holdout started against the same span after it ended.
  [
    "affiliate spend and roas a month either side of its holdout",
    "campaigns",
    { analysis: "holdout", channel: "affiliate", sideDays: 30 },
  ],
  [
    "compare display for 10 days pre and post the holdout",
    "campaigns",
    { analysis: "holdout", channel: "display", sideDays: 10 },
  ],
  [
    "paid social in the three weeks following its hold-out against the three weeks leading up to it",
    "campaigns",
    { analysis: "holdout", channel: "paid_social", sideDays: 21 },
  ],
  // incident-cost-intent.ts: the conversion-rate and orders scan around the month, focus on the loss.
  [
    "how many sales did the checkout bug in june lose us",
    "detect_anomalies",
    {
      metrics: ["conversion_rate", "orders"],
      period: { from: "2026-05-04", to: "2026-07-28" },
      focus: "loss",
    },
  ],
  [
    "what did the tracking outage in march cost in orders",
    "detect_anomalies",
    {
      metrics: ["conversion_rate", "orders"],
      period: { from: "2026-02-01", to: "2026-04-28" },
      focus: "loss",
    },
  ],
  [
    "roughly how many orders did we lose to the site crash",
    "detect_anomalies",
    {
      metrics: ["conversion_rate", "orders"],
      period: { from: "2025-11-01", to: "2026-10-31" },
      focus: "loss",
    },
  ],
];
