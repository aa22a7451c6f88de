/**
 * Phrasings for fix13d's kinds (session 18): lifecycle counts defined by order dates (customers
 * whose second order fell in a period; customers lapsed by the user's own no-order window) and
 * journeys kept to one kind of customer (paths of first purchases; touches before a first
 * purchase by first-touch channel). My own wordings; the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const ALL = { from: "2025-11-01", to: "2026-10-31" };

export const FIX13D: PhrasingRow[] = [
  // lifecycle-count-intent.ts: the second order's date, not the period's first-order cohort.
  ["number of shoppers who placed a 2nd order during q3", "cohorts", { period: Q3, show: "second_order" }],
  [
    "in august how many buyers came back and bought for the second time",
    "cohorts",
    { period: { from: "2026-08-01", to: "2026-08-31" }, show: "second_order" },
  ],
  ["count of customers whose second purchase happened last month", "cohorts", { show: "second_order" }],
  // A rate or a gap of second orders stays with the cohorts answers.
  ["what share of buyers go on to a second order", "cohorts", { show: "repeat" }],
  // lapsed-window.ts: the user's no-order window is the definition, counted as of the data's end.
  [
    "if churned means no purchase for 6 months, how many churned customers are there",
    "cohorts",
    { period: ALL, show: "lapsed", lapsedDays: 180 },
  ],
  ["how many customers have not ordered in the last 90 days", "cohorts", { show: "lapsed", lapsedDays: 90 }],
  ["lapsed buyers count - 120 days without an order", "cohorts", { show: "lapsed", lapsedDays: 120 }],
  // A churn word with a period and no definition keeps the repeat-rate reading.
  ["churn rate over the last 6 months", "cohorts", { show: "repeat" }],
  // journey-intent.ts: first purchases only, said in the answer.
  ["top conversion paths for first-time buyers", "journeys", { analysis: "top_paths", customerType: "new" }],
  [
    "what path to purchase do brand new customers usually take",
    "journeys",
    { analysis: "top_paths", customerType: "new" },
  ],
  [
    "common channel sequences leading to a first order in q3",
    "journeys",
    { analysis: "top_paths", period: Q3, customerType: "new" },
  ],
  [
    "avg touches before a customer's first order, split by first touch: paid social vs paid search",
    "journeys",
    { analysis: "path_length", firstTouch: ["paid_social", "paid_search"], customerType: "new" },
  ],
  [
    "average touchpoints before a first purchase, first touch tiktok vs first touch google",
    "journeys",
    { analysis: "path_length", firstTouch: ["tiktok_ads", "google_ads"], customerType: "new" },
  ],
  [
    "do first-time buyers who came in via email need more touches than those who came in via display",
    "journeys",
    { analysis: "path_length", firstTouch: ["email", "display"], customerType: "new" },
  ],
  // paraphrase.ts: "average order" without "value" is the average order value, filtered by the count.
  [
    "states with the biggest avg order this year, only ones with at least 250 orders",
    "query_metrics",
    { metrics: ["average_order_value", "orders"], dimensions: ["region"] },
  ],
  [
    "which states have a higher average basket in q3 (100+ orders only)",
    "query_metrics",
    { metrics: ["average_order_value", "orders"], dimensions: ["region"] },
  ],
  [
    "avg order by channel last month",
    "query_metrics",
    { metrics: ["average_order_value"], dimensions: ["channel"] },
  ],
];
