/**
 * Phrasings for session 21's other wordings of set 15's answered asks (para21-phrasings.ts and the
 * readers it names): each row a wording that answered another question before the fix, then a few
 * that already read as the original. Written by hand; the blind sets (evals/blind/) are held out
 * and not copied.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const NOV = { from: "2026-11-01", to: "2026-11-30" };
const EMAIL = [
  "email_sends",
  "email_opens",
  "email_open_rate",
  "email_clicks",
  "email_click_rate",
  "email_revenue",
];
const LOSS_SCAN = {
  metrics: ["conversion_rate", "orders"],
  period: { from: "2026-02-17", to: "2026-04-14" },
  focus: "loss",
};
const DISPLAY_CUT = { changes: [{ dimension: "channel", value: "display", changePercent: -30 }] };
const META_GAP = {
  metrics: [
    "platform_conversions",
    "orders",
    "platform_conversions_minus_tracked",
    "platform_conversions_over_tracked",
    "platform_revenue",
    "revenue",
    "platform_revenue_minus_tracked",
    "platform_revenue_over_tracked",
  ],
  filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
};

export const PARA21: PhrasingRow[] = [
  // Fixed: each answered another question before.
  ["returns % by channel", "query_metrics", { metrics: ["orders", "revenue"], dimensions: ["channel"] }],
  [
    "refund percentage per channel",
    "query_metrics",
    { metrics: ["orders", "revenue"], dimensions: ["channel"] },
  ],
  [
    "email results for the week of sept 7",
    "query_metrics",
    { metrics: EMAIL, timeRange: { from: "2026-09-07", to: "2026-09-13" } },
  ],
  [
    "paid search results for the week starting jul 13",
    "query_metrics",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
      timeRange: { from: "2026-07-13", to: "2026-07-19" },
    },
  ],
  [
    "how did email perform the week of 9/7",
    "compare_periods",
    { metrics: EMAIL, period: { from: "2026-09-07", to: "2026-09-13" } },
  ],
  ["spend the week of 10/5/2026", "query_metrics", { timeRange: { from: "2026-10-05", to: "2026-10-11" } }],
  ["what do you mean by new customer", "describe_metric", { metric: "new_customers" }],
  ["roas at the campaign level last month", "query_metrics", { metrics: ["roas"], dimensions: ["campaign"] }],
  [
    "what went on with meta spend may 14th",
    "explain_change",
    { metric: "spend", period: { from: "2026-05-14", to: "2026-05-14" } },
  ],
  ["what if display budget drops 30 percent", "recommend_budget", { ...DISPLAY_CUT, period: NOV }],
  ["impact of a 30% cut to display budget", "recommend_budget", DISPLAY_CUT],
  ["simulate cutting display by 30%", "recommend_budget", DISPLAY_CUT],
  [
    "what if paid social goes up 20%",
    "recommend_budget",
    { changes: [{ dimension: "channel", value: "paid_social", changePercent: 20 }] },
  ],
  [
    "give me a short paragraph summarizing october for the execs",
    "brief",
    { period: OCT, review: { wins: 3, concerns: 3, short: true } },
  ],
  [
    "summarize october in a paragraph for leadership",
    "brief",
    { period: OCT, review: { wins: 3, concerns: 3, short: true } },
  ],
  [
    "affiliate profitability at 50 pct margin",
    "profitability",
    { analysis: "channel_profit", grossMargin: 0.5 },
  ],
  [
    "how profitable was affiliate the last 3 months",
    "profitability",
    { analysis: "channel_profit", period: { from: "2026-08-01", to: "2026-10-31" } },
  ],
  [
    "was october's bad weather a drag on sales",
    "compare_periods",
    { metrics: ["revenue"], period: OCT, compareTo: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  [
    "how much did tv ads drive in q3",
    "query_metrics",
    {
      metrics: ["sessions", "revenue"],
      filters: [{ field: "channel", op: "in", values: ["direct", "organic_search"] }],
      timeRange: Q3,
    },
  ],
  ["mar 17 data looks wrong. how much tracking did we lose that day", "detect_anomalies", LOSS_SCAN],
  ["how much data went missing on march 17", "detect_anomalies", LOSS_SCAN],
  ["the march 17 numbers look off - did we lose tracking that day?", "detect_anomalies", LOSS_SCAN],
  [
    "did the display prospecting budget bump in july work",
    "campaigns",
    { analysis: "change", around: { from: "2026-07-01", to: "2026-07-31" }, channel: "display" },
  ],
  ["how much is meta inflating its numbers vs our own attribution", "query_metrics", META_GAP],
  ["compare facebook's self-reported revenue to our attributed revenue for meta", "query_metrics", META_GAP],
  [
    "was paid search roas higher than paid social in q3?",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["channel"], timeRange: Q3 },
  ],
  [
    "how much do we spend per day on paid social on average this year",
    "query_metrics",
    { metrics: ["spend"], average: "per_day" },
  ],
  [
    "influencer marketing results?",
    "query_metrics",
    { metrics: ["revenue", "spend", "roas"], timeRange: { from: "2025-11-01", to: "2026-10-31" } },
  ],
  // Already read as the original (kept so they stay so).
  [
    "cpm per platform in october",
    "query_metrics",
    { metrics: ["cpm"], dimensions: ["platform"], timeRange: OCT },
  ],
  ["avg daily spend on paid social ytd", "query_metrics", { metrics: ["spend"], average: "per_day" }],
  [
    "aov new vs repeat customers ytd",
    "query_metrics",
    { metrics: ["average_order_value"], dimensions: ["customer_type"] },
  ],
  ["count of new custs in sep", "query_metrics", { metrics: ["new_customers"] }],
  ["lifetime value by acquisition channel", "cohorts", { groupBy: "first_touch_channel" }],
  ["ncac per channel this year", "query_metrics", { metrics: ["cac"], dimensions: ["channel"] }],
  [
    "google ads ctr by campaign in october",
    "query_metrics",
    {
      metrics: ["ctr"],
      dimensions: ["campaign"],
      filters: [{ field: "platform", op: "in", values: ["google_ads"] }],
    },
  ],
  [
    "spend per channel 9/14-9/20",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["channel"], timeRange: { from: "2026-09-14", to: "2026-09-20" } },
  ],
  [
    "does affiliate make money if our margin is 50%",
    "profitability",
    { analysis: "channel_profit", grossMargin: 0.5 },
  ],
  ["number of campaigns currently live", "campaigns", { analysis: "list", status: "live" }],
  [
    "atc rate for paid social august vs july",
    "compare_periods",
    { metrics: ["add_to_cart_rate"], compareTo: { from: "2026-07-01", to: "2026-07-31" } },
  ],
  [
    "did anything weird happen last week",
    "detect_anomalies",
    { period: { from: "2026-10-19", to: "2026-10-25" } },
  ],
  [
    "data driven attribution: paid social revenue share",
    "attribution",
    { models: ["markov", "shapley"], metric: "revenue" },
  ],
];
