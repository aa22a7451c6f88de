/** Phrasings for plain data questions: metrics, filters, rankings, trends. */
import type { PhrasingRow } from "./index.ts";

/** Shared expected ranges at 2026-11-01 (New York). */
const LAST_MONTH = { from: "2026-10-01", to: "2026-10-31" };
const DEFAULT_30 = { from: "2026-10-02", to: "2026-10-31" };
const LAST_WEEK = { from: "2026-10-19", to: "2026-10-25" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const LAST_7 = { from: "2026-10-25", to: "2026-10-31" };
const YTD = { from: "2026-01-01", to: "2026-11-01" };
const meta = { field: "platform", op: "in", values: ["meta_ads"] };
const google = { field: "platform", op: "in", values: ["google_ads"] };

export const QUERY: PhrasingRow[] = [
  [
    "What was ROAS by channel last month?",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["channel"], timeRange: LAST_MONTH },
  ],
  [
    "roas by channel last month",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["channel"], timeRange: LAST_MONTH },
  ],
  [
    "Show me return on ad spend per channel for last month",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["channel"], timeRange: LAST_MONTH },
  ],
  ["how much did we spend in Q3", "query_metrics", { metrics: ["spend"], timeRange: Q3 }],
  ["total ad spend Q3", "query_metrics", { metrics: ["spend"], timeRange: Q3 }],
  ["media cost in the third quarter", "query_metrics", { metrics: ["spend"], timeRange: Q3 }],
  ["revenue past 30 days", "query_metrics", { metrics: ["revenue"], timeRange: DEFAULT_30 }],
  ["sales over the last 30 days", "query_metrics", { metrics: ["revenue"], timeRange: DEFAULT_30 }],
  ["what were total sales in the past 7 days", "query_metrics", { metrics: ["revenue"], timeRange: LAST_7 }],
  [
    "turnover since June 1",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-06-01", to: "2026-11-01" } },
  ],
  [
    "how many orders since June 1st?",
    "query_metrics",
    { metrics: ["orders"], timeRange: { from: "2026-06-01", to: "2026-11-01" } },
  ],
  ["orders in October", "query_metrics", { metrics: ["orders"], timeRange: LAST_MONTH }],
  [
    "How many purchases did we get in october?",
    "query_metrics",
    { metrics: ["orders"], timeRange: LAST_MONTH },
  ],
  [
    "spend yesterday",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2026-10-31", to: "2026-10-31" } },
  ],
  [
    "what did we spend on ads yesterday",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2026-10-31", to: "2026-10-31" } },
  ],
  ["YTD revenue", "query_metrics", { metrics: ["revenue"], timeRange: YTD }],
  ["revenue year to date", "query_metrics", { metrics: ["revenue"], timeRange: YTD }],
  ["gross revenue so far this year", "query_metrics", { metrics: ["revenue"], timeRange: YTD }],
  ["CAC last quarter", "query_metrics", { metrics: ["cac"], timeRange: Q3 }],
  [
    "customer acquisition cost for last quarter by channel",
    "query_metrics",
    { metrics: ["cac"], dimensions: ["channel"], timeRange: Q3 },
  ],
  ["AOV in September", "query_metrics", { metrics: ["average_order_value"], timeRange: SEPT }],
  ["average basket size in sept", "query_metrics", { metrics: ["average_order_value"], timeRange: SEPT }],
  [
    "CTR by platform last week",
    "query_metrics",
    { metrics: ["ctr"], dimensions: ["platform"], timeRange: LAST_WEEK },
  ],
  [
    "click-through rate per ad network last week",
    "query_metrics",
    { metrics: ["ctr"], dimensions: ["platform"], timeRange: LAST_WEEK },
  ],
  [
    "cpc and cpm by platform in Q3",
    "query_metrics",
    { metrics: ["cpc", "cpm"], dimensions: ["platform"], timeRange: Q3 },
  ],
  [
    "impressions and clicks last month",
    "query_metrics",
    { metrics: ["impressions", "clicks"], timeRange: LAST_MONTH },
  ],
  [
    "sessions by source last month",
    "query_metrics",
    // Sessions keep the channel, not the source / medium (catalog-fit.ts).
    { metrics: ["sessions"], dimensions: ["channel"], timeRange: LAST_MONTH },
  ],
  ["website traffic in October", "query_metrics", { metrics: ["sessions"], timeRange: LAST_MONTH }],
  ["bounce rate last week", "query_metrics", { metrics: ["bounce_rate"], timeRange: LAST_WEEK }],
  [
    "email open rate by newsletter last month",
    "query_metrics",
    { metrics: ["email_open_rate"], dimensions: ["email_campaign"], timeRange: LAST_MONTH },
  ],
  ["how many emails sent in Q3", "query_metrics", { metrics: ["email_sends"], timeRange: Q3 }],
  [
    "unsubscribe rate last month",
    "query_metrics",
    { metrics: ["email_unsubscribe_rate"], timeRange: LAST_MONTH },
  ],
  [
    "CPA by campaign last month",
    "query_metrics",
    { metrics: ["cpa"], dimensions: ["campaign"], timeRange: LAST_MONTH },
  ],
  [
    "cost per order by objective in Q3",
    "query_metrics",
    { metrics: ["cpa"], dimensions: ["campaign_objective"], timeRange: Q3 },
  ],
  [
    "new vs returning revenue last month",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["customer_type"], timeRange: LAST_MONTH },
  ],
  ["ROI in 2025", "query_metrics", { metrics: ["roi"], timeRange: { from: "2025-01-01", to: "2025-12-31" } }],
  [
    "revenue last year",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2025-01-01", to: "2025-12-31" } },
  ],
  [
    "spend in December",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2025-12-01", to: "2025-12-31" } },
  ],
  [
    "revenue in may",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-05-01", to: "2026-05-31" } },
  ],
  [
    "orders in Q2 2025",
    "query_metrics",
    // fix18f: before the data starts, so the same quarter a year later, said so.
    { metrics: ["orders"], timeRange: { from: "2026-04-01", to: "2026-06-30" } },
  ],
  [
    "revenue month to date",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-11-01", to: "2026-11-01" } },
  ],
  [
    "revenue from March 3 to April 10",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-03-03", to: "2026-04-10" } },
  ],
  [
    "spend between Sept 1 and Sept 15",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2026-09-01", to: "2026-09-15" } },
  ],
  [
    "revenue over the last 3 months",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-08-01", to: "2026-10-31" } },
  ],
  ["what's our ROAS", "query_metrics", { metrics: ["roas", "mer"], timeRange: DEFAULT_30 }],
  // overview-intent.ts: no metric named -> the overview tool (headline KPIs vs the month before).
  ["how did we do last month", "overview", { period: LAST_MONTH }],
];

export const FILTERS: PhrasingRow[] = [
  [
    "revenue on Meta last month",
    "query_metrics",
    { metrics: ["revenue"], filters: [meta], timeRange: LAST_MONTH },
  ],
  ["ROAS for facebook in Q3", "query_metrics", { metrics: ["roas"], filters: [meta], timeRange: Q3 }],
  ["revenue from facebook", "query_metrics", { metrics: ["revenue"], filters: [meta] }],
  [
    "instagram spend last week",
    "query_metrics",
    { metrics: ["spend"], filters: [meta], timeRange: LAST_WEEK },
  ],
  [
    "google ads cpc last month",
    "query_metrics",
    { metrics: ["cpc"], filters: [google], timeRange: LAST_MONTH },
  ],
  [
    "spend on TikTok yesterday",
    "query_metrics",
    { metrics: ["spend"], filters: [{ field: "platform", values: ["tiktok_ads"] }] },
  ],
  [
    "paid search revenue last month",
    "query_metrics",
    { metrics: ["revenue"], filters: [{ field: "channel", values: ["paid_search"] }] },
  ],
  [
    "revenue from email in October",
    "query_metrics",
    { metrics: ["revenue"], filters: [{ field: "channel", values: ["email"] }], timeRange: LAST_MONTH },
  ],
  [
    "orders from paid social and display last week",
    "query_metrics",
    { metrics: ["orders"], filters: [{ field: "channel", values: ["paid_social", "display"] }] },
  ],
  [
    "revenue excluding direct last month",
    "query_metrics",
    { metrics: ["revenue"], filters: [{ field: "channel", op: "not_in", values: ["direct"] }] },
  ],
  [
    "revenue for the Black Friday campaigns",
    "query_metrics",
    { metrics: ["revenue"], filters: [{ field: "campaign", op: "in", values: [1001, 1002] }] },
  ],
  [
    "ROAS of the BF24 campaigns last month",
    "query_metrics",
    { metrics: ["roas"], filters: [{ field: "campaign", values: [1001, 1002] }] },
  ],
  [
    "spend on the prospecting campaigns in Q3",
    "query_metrics",
    { metrics: ["spend"], filters: [{ field: "campaign", values: [1001, 1005] }], timeRange: Q3 },
  ],
  [
    "revenue for BF24 - Sitewide - Retargeting",
    "query_metrics",
    { metrics: ["revenue"], filters: [{ field: "campaign", values: [1002] }] },
  ],
  [
    "revenue from new customers only last month",
    "query_metrics",
    { metrics: ["revenue"], filters: [{ field: "customer_type", values: ["new"] }] },
  ],
  [
    "AOV for returning customers only",
    "query_metrics",
    { metrics: ["average_order_value"], filters: [{ field: "customer_type", values: ["returning"] }] },
  ],
  [
    "only new customers: orders by channel in Q3",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["channel"], filters: [{ field: "customer_type", values: ["new"] }] },
  ],
  [
    "spend for awareness campaigns last month",
    "query_metrics",
    { metrics: ["spend"], filters: [{ field: "campaign_objective", values: ["awareness"] }] },
  ],
  [
    "tiktok campaigns roas last week",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["campaign"],
      filters: [
        { field: "platform", values: ["tiktok_ads"] },
        { field: "campaign", op: "neq", value: null },
      ],
    },
  ],
  [
    "Meta CPM by campaign for Q3",
    "query_metrics",
    { metrics: ["cpm"], dimensions: ["campaign"], filters: [meta], timeRange: Q3 },
  ],
];

export const RANK_TREND: PhrasingRow[] = [
  [
    "top 5 campaigns by ROAS last month",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["campaign"],
      orderBy: [{ field: "roas", direction: "desc" }],
      limit: 5,
    },
  ],
  [
    "bottom 3 channels by revenue in Q3",
    "query_metrics",
    { dimensions: ["channel"], orderBy: [{ field: "revenue", direction: "asc" }], limit: 3 },
  ],
  [
    "which channel has the highest ROAS?",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["channel"], orderBy: [{ field: "roas", direction: "desc" }], limit: 1 },
  ],
  [
    "which campaign had the lowest CPA last month",
    "query_metrics",
    { metrics: ["cpa"], dimensions: ["campaign"], orderBy: [{ field: "cpa", direction: "asc" }], limit: 1 },
  ],
  [
    "worst 3 campaigns by CPA",
    "query_metrics",
    { dimensions: ["campaign"], orderBy: [{ field: "cpa", direction: "desc" }], limit: 3 },
  ],
  [
    "best performing channels by ROAS last quarter",
    "query_metrics",
    { dimensions: ["channel"], orderBy: [{ field: "roas", direction: "desc" }], timeRange: Q3 },
  ],
  [
    "top ten campaigns by revenue this year",
    "query_metrics",
    { dimensions: ["campaign"], limit: 10, timeRange: YTD },
  ],
  [
    "which platform spent the most in October",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["platform"], orderBy: [{ field: "spend", direction: "desc" }] },
  ],
  [
    "3 best campaigns for CAC",
    "query_metrics",
    { metrics: ["cac"], dimensions: ["campaign"], orderBy: [{ field: "cac", direction: "asc" }], limit: 3 },
  ],
  [
    "top campaigns on Meta by revenue",
    "query_metrics",
    { dimensions: ["campaign"], filters: [meta, { field: "campaign", op: "neq", value: null }], limit: 10 },
  ],
  [
    "which channel drives the most revenue",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["channel"], orderBy: [{ field: "revenue", direction: "desc" }] },
  ],
  [
    "daily spend over the past 30 days",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "day", timeRange: DEFAULT_30 },
  ],
  [
    "revenue trend this year",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], grain: "month", timeRange: YTD },
  ],
  [
    "weekly orders in Q3",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], grain: "week", timeRange: Q3 },
  ],
  [
    "ROAS over time",
    "query_metrics",
    {
      metrics: ["roas", "mer"],
      dimensions: ["date"],
      grain: "week",
      timeRange: { from: "2026-08-03", to: "2026-10-31" },
    },
  ],
  ["monthly revenue by channel ytd", "query_metrics", { dimensions: ["date", "channel"], grain: "month" }],
  [
    "spend per day last week",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "day", timeRange: LAST_WEEK },
  ],
  [
    "how has CTR evolved since June",
    "query_metrics",
    { metrics: ["ctr"], dimensions: ["date"], timeRange: { from: "2026-06-01", to: "2026-11-01" } },
  ],
  [
    "sessions by week for the last 90 days",
    "query_metrics",
    { metrics: ["sessions"], dimensions: ["date"], grain: "week" },
  ],
  [
    "plot conversion rate daily in October",
    "query_metrics",
    { metrics: ["conversion_rate"], dimensions: ["date"], grain: "day", timeRange: LAST_MONTH },
  ],
];
