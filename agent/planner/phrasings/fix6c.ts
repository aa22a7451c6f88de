/**
 * Phrasings for session 11's fix6c work: customers by how often they ordered in a period, counts
 * beside values for new vs returning customers, time to convert by first touch compared, paths by
 * first and last channel, thresholds on a ranked ratio, funnel step rates by a breakdown and an
 * email send's rate by month. Written by hand as my own wordings; the blind sets (evals/blind/)
 * are held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const Q3 = { from: "2026-07-01", to: "2026-09-30" };

export const FIX6C: PhrasingRow[] = [
  // Customers by how many orders they placed in a period (the period is the ordering window).
  [
    "how many shoppers placed three or more orders in q3",
    "cohorts",
    { period: Q3, show: "frequency", minOrders: 3 },
  ],
  [
    "number of one-time buyers in 2026",
    "cohorts",
    { period: { from: "2026-01-01", to: "2026-12-31" }, show: "frequency", minOrders: 2 },
  ],
  ["customers with at least 4 orders since july", "cohorts", { show: "frequency", minOrders: 4 }],
  [
    "how many people ordered more than twice last quarter",
    "cohorts",
    { period: Q3, show: "frequency", minOrders: 3 },
  ],
  ["orders per customer distribution for q3", "cohorts", { period: Q3, show: "frequency", minOrders: 2 }],
  // New vs returning customers: the counts beside the value asked.
  [
    "returning vs new buyers in september, how many of each and their revenue",
    "query_metrics",
    { metrics: ["customers", "revenue"], dimensions: ["customer_type"] },
  ],
  [
    "how many new and how many returning customers did we have in q3",
    "query_metrics",
    { metrics: ["customers", "revenue", "orders"], dimensions: ["customer_type"], timeRange: Q3 },
  ],

  // One metric's series with a direction word: the trend by that bucket, not a period comparison.
  [
    "newsletter click rate per month over the last year, improving or not",
    "query_metrics",
    { metrics: ["email_click_rate"], dimensions: ["date"], grain: "month" },
  ],
  [
    "cpa by week since august, is it getting better",
    "query_metrics",
    { metrics: ["paid_cpa", "cpa"], dimensions: ["date"], grain: "week" },
  ],
  // A grain adjective inside a name ("weekly newsletter") gives way to the bucket named outright.
  [
    "open rate of the weekly newsletter by month",
    "query_metrics",
    { metrics: ["email_open_rate"], dimensions: ["date"], grain: "month" },
  ],

  // Time to convert for named first touches, side by side (platforms from the touch's campaign).
  [
    "are meta-first customers slower to purchase than people who start on google",
    "journeys",
    { analysis: "time_to_convert", firstTouch: ["meta_ads", "google_ads"] },
  ],
  [
    "do shoppers who first reach us by email buy faster than paid search ones in q3",
    "journeys",
    { analysis: "time_to_convert", period: Q3, firstTouch: ["email", "paid_search"] },
  ],

  // Named step rates: those metrics, one column each, rather than the whole funnel.
  [
    "add-to-cart rate and checkout completion rate per channel in q3",
    "query_metrics",
    { metrics: ["add_to_cart_rate", "checkout_completion_rate"], dimensions: ["channel"], timeRange: Q3 },
  ],
  [
    "checkout > order rate by channel in september",
    "query_metrics",
    { metrics: ["checkout_completion_rate"], dimensions: ["channel"] },
  ],
  // Journeys: single vs multi touch shares, touches written with "#", journeys starting on a platform.
  ["share of one touch vs multi touch purchases in q3", "journeys", { analysis: "path_length", period: Q3 }],
  ["average # of touchpoints before an order", "journeys", { analysis: "path_length" }],
  [
    "do paths that begin with meta ever lead to a purchase",
    "journeys",
    { analysis: "time_to_convert", firstTouch: ["meta_ads"] },
  ],
];
