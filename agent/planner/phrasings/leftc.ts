/**
 * Phrasings for session 14's leftovers (leftC): filters on amounts, unit economics and labels.
 * Written by hand as my own wordings of each kind of ask; the blind sets (evals/blind/) are held
 * out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const CAMPAIGN_ROWS = { field: "campaign", op: "neq", value: null };

export const LEFTC: PhrasingRow[] = [
  // metric-floor.ts: an amount in any written form is a floor or a ceiling on the rows.
  [
    "which campaigns had more than $1k of spend in q3",
    "query_metrics",
    {
      dimensions: ["campaign"],
      filters: [CAMPAIGN_ROWS, { field: "spend", op: "gt", value: 1000 }],
      timeRange: Q3,
    },
  ],
  [
    "campaigns spending above 1000 bucks in october",
    "query_metrics",
    { filters: [CAMPAIGN_ROWS, { field: "spend", op: "gt", value: 1000 }], timeRange: OCT },
  ],
  [
    "show me the campaigns under 1k spend for september",
    "query_metrics",
    { filters: [CAMPAIGN_ROWS, { field: "spend", op: "lt", value: 1000 }], timeRange: SEPT },
  ],
  [
    "channels with $300 or less in spend last month",
    "query_metrics",
    { dimensions: ["channel"], filters: [{ field: "spend", op: "lte", value: 300 }], timeRange: OCT },
  ],
  [
    "list campaigns that got over 50K impressions last month",
    "query_metrics",
    { filters: [CAMPAIGN_ROWS, { field: "impressions", op: "gt", value: 50000 }], timeRange: OCT },
  ],
  [
    "campaigns with spend of $2,500 or more last quarter",
    "query_metrics",
    { filters: [CAMPAIGN_ROWS, { field: "spend", op: "gte", value: 2500 }], timeRange: Q3 },
  ],
  [
    "which campaigns spent between 500 and 1,500 dollars in september",
    "query_metrics",
    {
      filters: [
        CAMPAIGN_ROWS,
        { field: "spend", op: "gte", value: 500 },
        { field: "spend", op: "lte", value: 1500 },
      ],
      timeRange: SEPT,
    },
  ],
  // groups.ts: "<customer type>'s share of <metric>" is that type's share (a breakdown by customer
  // type), not the new-customers count; the answer names it "New customers'" (value-labels.ts).
  [
    "new buyers share of revenue by quarter",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date", "customer_type"], grain: "quarter" },
  ],
  [
    "returning customers percentage of orders month by month",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date", "customer_type"], grain: "month" },
  ],
  [
    "repeat shoppers proportion of revenue each month this year",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date", "customer_type"], grain: "month" },
  ],
  // profitability-intent.ts: what is left, kept or cleared once the ads are paid for is the
  // contribution after ad spend (the answer states the gross margin it used).
  ["how much margin is left once we've paid for ads", "profitability", { analysis: "contribution_margin" }],
  ["what do we actually keep after marketing costs", "profitability", { analysis: "contribution_margin" }],
  [
    "how much money did we clear in q3 after covering our ad spend",
    "profitability",
    { analysis: "contribution_margin", period: Q3 },
  ],
  [
    "what's left over after advertising last month",
    "profitability",
    { analysis: "contribution_margin", period: OCT },
  ],
  // untracked-region.ts: offline media with a region says both: no offline data, and the region's
  // revenue and orders (regions exist on orders and customers only).
  [
    "what did our television ads cost in california last month",
    "query_metrics",
    {
      metrics: ["revenue", "orders"],
      filters: [{ field: "region", op: "in", values: ["CA"] }],
      timeRange: OCT,
    },
  ],
  [
    "radio campaign results split by state",
    "query_metrics",
    { metrics: ["revenue", "orders"], dimensions: ["region"] },
  ],
  [
    "did the billboards in texas do anything in september",
    "query_metrics",
    {
      metrics: ["revenue", "orders"],
      filters: [{ field: "region", op: "in", values: ["TX"] }],
      timeRange: SEPT,
    },
  ],
  [
    "refunds from new york customers last month",
    "query_metrics",
    {
      metrics: ["orders", "revenue"],
      filters: [{ field: "region", op: "in", values: ["NY"] }],
      timeRange: OCT,
    },
  ],
  // honest-cpa.ts: CPA over everything is paid CPA on credited orders, the blended cost per order
  // beside it (named as blended by the answer); a member's own CPA stays.
  ["attributed cpa for last month", "query_metrics", { metrics: ["paid_cpa", "cpa"], timeRange: OCT }],
  [
    "what did it cost per acquisition in september",
    "query_metrics",
    { metrics: ["paid_cpa", "cpa"], timeRange: SEPT },
  ],
  ["our cpa under the linear model in q3", "query_metrics", { metrics: ["paid_cpa", "cpa"], timeRange: Q3 }],
  ["blended cpa in q3 please", "query_metrics", { metrics: ["cpa"], timeRange: Q3 }],
];
