/**
 * Phrasings for #12's remaining kinds (understand): average per day, campaign breakdowns without
 * the no-campaign row, email read as email (click rate, ROI, email campaigns), monthly cohort
 * retention, distinct users, "google search", marginal return. Written by hand; the blind set
 * (evals/blind/questions.jsonl) is held out and not copied here.
 */
import type { PhrasingRow } from "./index.ts";

export const UNDERSTAND: PhrasingRow[] = [
  [
    "average daily spend last month",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], filters: [], grain: "day", average: "per_day" },
  ],
  [
    "what was our average daily revenue in october",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], filters: [], grain: "day", average: "per_day" },
  ],
  [
    "avg orders per day last week",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], filters: [], grain: "day", average: "per_day" },
  ],
  [
    "how much do we spend per day on average",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], filters: [], grain: "day", average: "per_day" },
  ],
  [
    "average daily spend by channel in october",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["channel"], filters: [], average: "per_day" },
  ],
  [
    "daily average revenue this year",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], filters: [], grain: "day", average: "per_day" },
  ],
  [
    "average spend a day on meta last month",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["date"],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
      grain: "day",
      average: "per_day",
    },
  ],
  [
    "average new customers per day in q3",
    "query_metrics",
    { metrics: ["new_customers"], dimensions: ["date"], filters: [], grain: "day", average: "per_day" },
  ],
  [
    "mean daily orders in september",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["date"], filters: [], grain: "day", average: "per_day" },
  ],
  [
    "what's our typical daily ad spend",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], filters: [], grain: "day", average: "per_day" },
  ],
  [
    "how did campaigns do last month",
    "query_metrics",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
    },
  ],
  [
    "revenue by campaign in october",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
    },
  ],
  [
    "campaign performance last week compared to the week before",
    "compare_periods",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      compareTo: { from: "2026-10-12", to: "2026-10-18" },
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
    },
  ],
  [
    "orders by campaign this quarter",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
    },
  ],
  [
    "revenue by campaign including no campaign",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["campaign"], filters: [] },
  ],
  [
    "ROI of email last month",
    "query_metrics",
    { metrics: ["email_revenue", "email_sends", "email_revenue_per_send"], dimensions: [], filters: [] },
  ],
  [
    "email ROAS",
    "query_metrics",
    { metrics: ["email_revenue", "email_sends", "email_revenue_per_send"], dimensions: [], filters: [] },
  ],
  [
    "is email profitable",
    "query_metrics",
    { metrics: ["email_revenue", "email_sends", "email_revenue_per_send"], dimensions: [], filters: [] },
  ],
  [
    "return on email marketing",
    "query_metrics",
    { metrics: ["email_revenue", "email_sends", "email_revenue_per_send"], dimensions: [], filters: [] },
  ],
  [
    "does our newsletter pay for itself",
    "query_metrics",
    { metrics: ["email_revenue", "email_sends", "email_revenue_per_send"], dimensions: [], filters: [] },
  ],
  [
    "email open and click rate last month",
    "query_metrics",
    { metrics: ["email_open_rate", "email_click_rate"], dimensions: [], filters: [] },
  ],
  [
    "email open rate and click rate last month",
    "query_metrics",
    { metrics: ["email_open_rate", "email_click_rate"], dimensions: [], filters: [] },
  ],
  [
    "newsletter click through rate",
    "query_metrics",
    {
      metrics: ["email_click_rate"],
      dimensions: [],
      filters: [{ field: "email_campaign", op: "in", values: ["weekly_newsletter"] }],
    },
  ],
  [
    "click rate of our emails",
    "query_metrics",
    { metrics: ["email_click_rate"], dimensions: [], filters: [] },
  ],
  [
    "what's the CTR on our emails",
    "query_metrics",
    { metrics: ["email_click_rate"], dimensions: [], filters: [] },
  ],
  [
    "how many clicks did our emails get",
    "query_metrics",
    { metrics: ["email_clicks"], dimensions: [], filters: [] },
  ],
  ["klaviyo click rate", "query_metrics", { metrics: ["email_click_rate"], dimensions: [], filters: [] }],
  [
    "email click rate by email campaign",
    "query_metrics",
    { metrics: ["email_click_rate"], dimensions: ["email_campaign"], filters: [] },
  ],
  [
    "which email campaign had the best click rate",
    "query_metrics",
    {
      metrics: ["email_click_rate"],
      dimensions: ["email_campaign"],
      filters: [],
      orderBy: [{ field: "email_click_rate", direction: "desc" }],
      limit: 1,
    },
  ],
  [
    "top newsletters by clicks last month",
    "query_metrics",
    {
      metrics: ["email_clicks"],
      dimensions: ["email_campaign"],
      filters: [],
      orderBy: [{ field: "email_clicks", direction: "desc" }],
      limit: 10,
    },
  ],
  [
    "which emails had the best open rate",
    "query_metrics",
    {
      metrics: ["email_open_rate"],
      dimensions: ["email_campaign"],
      filters: [],
      orderBy: [{ field: "email_open_rate", direction: "desc" }],
    },
  ],
  [
    "revenue by email campaign last month",
    "query_metrics",
    { metrics: ["email_revenue"], dimensions: [], filters: [] },
  ],
  [
    "how did our email campaigns perform last month",
    "query_metrics",
    { metrics: ["email_revenue"], dimensions: [], filters: [] },
  ],
  [
    "email revenue per send",
    "query_metrics",
    { metrics: ["email_revenue_per_send"], dimensions: [], filters: [] },
  ],
  ["monthly cohort retention", "cohorts", { groupBy: "first_order_month", show: "retention" }],
  ["cohort retention table", "cohorts", { groupBy: "first_order_month", show: "retention" }],
  [
    "show me a retention heatmap by first order month",
    "cohorts",
    { groupBy: "first_order_month", show: "retention" },
  ],
  [
    "month over month retention for customers acquired this year",
    "cohorts",
    { groupBy: "first_order_month", show: "retention" },
  ],
  ["retention curve", "cohorts", { groupBy: "first_order_month", show: "retention" }],
  [
    "what share of january customers ordered again in month 2",
    "cohorts",
    { groupBy: "first_order_month", show: "retention" },
  ],
  [
    "google search revenue",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [
        { field: "platform", op: "in", values: ["google_ads"] },
        { field: "channel", op: "in", values: ["paid_search"] },
      ],
    },
  ],
  [
    "google search roas last month",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: [],
      filters: [
        { field: "platform", op: "in", values: ["google_ads"] },
        { field: "channel", op: "in", values: ["paid_search"] },
      ],
    },
  ],
  [
    "google ads search spend",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: [],
      filters: [
        { field: "platform", op: "in", values: ["google_ads"] },
        { field: "channel", op: "in", values: ["paid_search"] },
      ],
    },
  ],
  [
    "paid google search cpc",
    "query_metrics",
    {
      metrics: ["cpc"],
      dimensions: [],
      filters: [
        { field: "platform", op: "in", values: ["google_ads"] },
        { field: "channel", op: "in", values: ["paid_search"] },
      ],
    },
  ],
  [
    "search spend last month",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
    },
  ],
  [
    "search cpc last week",
    "query_metrics",
    { metrics: ["cpc"], dimensions: [], filters: [{ field: "channel", op: "in", values: ["paid_search"] }] },
  ],
  [
    "seo revenue last month",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["organic_search"] }],
    },
  ],
  [
    "organic google traffic",
    "query_metrics",
    {
      metrics: ["sessions"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["organic_search"] }],
    },
  ],
  [
    "marginal ROAS of paid search right now",
    "recommend_budget",
    {
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "channel", value: "paid_search", changePercent: 10 }],
    },
  ],
  [
    "what is the marginal return on the next dollar in paid social",
    "recommend_budget",
    {
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "channel", value: "paid_social", changePercent: 10 }],
    },
  ],
  [
    "what is each channel's marginal roas",
    "recommend_budget",
    { level: "channel", lockedChannels: [], changes: [] },
  ],
  [
    "are we saturated on meta",
    "recommend_budget",
    {
      level: "platform",
      lockedChannels: [],
      changes: [{ dimension: "platform", value: "meta_ads", changePercent: 10 }],
    },
  ],
  [
    "marginal roas of google search",
    "recommend_budget",
    {
      level: "platform",
      lockedChannels: [],
      changes: [{ dimension: "platform", value: "google_ads", changePercent: 10 }],
    },
  ],
  [
    "where are we hitting diminishing returns",
    "recommend_budget",
    { level: "channel", lockedChannels: [], changes: [] },
  ],
  [
    "average daily sessions last month",
    "query_metrics",
    { metrics: ["sessions"], dimensions: ["date"], filters: [], grain: "day", average: "per_day" },
  ],
  [
    "how many unique users did we have this quarter",
    "query_metrics",
    { metrics: ["users"], dimensions: [], filters: [] },
  ],
  ["unique visitors last month", "query_metrics", { metrics: ["users"], dimensions: [], filters: [] }],
  ["distinct customers in october", "query_metrics", { metrics: ["customers"], dimensions: [], filters: [] }],
  [
    "which email campaign drove the most revenue",
    "query_metrics",
    { metrics: ["email_revenue"], dimensions: [], filters: [] },
  ],
  [
    "email unsubscribe rate last month",
    "query_metrics",
    { metrics: ["email_unsubscribe_rate"], dimensions: [], filters: [] },
  ],
  [
    "how many emails did we send in october",
    "query_metrics",
    { metrics: ["email_sends"], dimensions: [], filters: [] },
  ],
  [
    "newsletter open rate trend by week",
    "query_metrics",
    {
      metrics: ["email_open_rate"],
      dimensions: ["date"],
      filters: [{ field: "email_campaign", op: "in", values: ["weekly_newsletter"] }],
      grain: "week",
    },
  ],
  [
    "mean daily revenue last quarter",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["date"], filters: [], grain: "day", average: "per_day" },
  ],
  [
    "how much did we spend on average per day in q3",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], filters: [], grain: "day", average: "per_day" },
  ],
  [
    "average daily orders from paid social last month",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      filters: [{ field: "channel", op: "in", values: ["paid_social"] }],
      grain: "day",
      average: "per_day",
    },
  ],
  [
    "avg daily revenue by platform last week",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["platform"], filters: [], average: "per_day" },
  ],
  [
    "daily avg spend this month",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], filters: [], grain: "day", average: "per_day" },
  ],
  [
    "what's our daily run rate on spend",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], filters: [], grain: "day", average: "per_day" },
  ],
  [
    "how did our campaigns perform in september",
    "query_metrics",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
    },
  ],
  [
    "show revenue and orders by campaign for q3",
    "query_metrics",
    {
      metrics: ["revenue", "orders"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
    },
  ],
  ["email ctr last month", "query_metrics", { metrics: ["email_click_rate"], dimensions: [], filters: [] }],
  [
    "email click through rate by week this quarter",
    "query_metrics",
    { metrics: ["email_click_rate"], dimensions: ["date"], filters: [], grain: "week" },
  ],
  [
    "what is the click to open rate of our newsletters",
    "query_metrics",
    { metrics: ["email_click_to_open_rate"], dimensions: [], filters: [] },
  ],
  [
    "did the newsletter make money",
    "query_metrics",
    { metrics: ["email_revenue", "email_sends", "email_revenue_per_send"], dimensions: [], filters: [] },
  ],
  [
    "what's the return on our emails",
    "query_metrics",
    { metrics: ["email_revenue", "email_sends", "email_revenue_per_send"], dimensions: [], filters: [] },
  ],
  [
    "is email worth it",
    "query_metrics",
    { metrics: ["email_revenue", "email_sends", "email_revenue_per_send"], dimensions: [], filters: [] },
  ],
  [
    "klaviyo open rate last month",
    "query_metrics",
    { metrics: ["email_open_rate"], dimensions: [], filters: [] },
  ],
  ["cohort retention by first order month", "cohorts", { groupBy: "first_order_month", show: "retention" }],
  [
    "retention matrix for customers acquired in h1",
    "cohorts",
    { groupBy: "first_order_month", show: "retention" },
  ],
  [
    "what share of customers order again in month 1",
    "cohorts",
    { groupBy: "first_order_month", show: "retention" },
  ],
  [
    "google search cpa last month",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: [],
      filters: [
        { field: "platform", op: "in", values: ["google_ads"] },
        { field: "channel", op: "in", values: ["paid_search"] },
      ],
    },
  ],
  [
    "google search spend by campaign last month",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["campaign"],
      filters: [
        { field: "platform", op: "in", values: ["google_ads"] },
        { field: "channel", op: "in", values: ["paid_search"] },
      ],
    },
  ],
  [
    "what does the next dollar on tiktok return",
    "recommend_budget",
    {
      level: "platform",
      lockedChannels: [],
      changes: [{ dimension: "platform", value: "tiktok_ads", changePercent: 10 }],
    },
  ],
  [
    "are we at diminishing returns on display",
    "recommend_budget",
    {
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "channel", value: "display", changePercent: 10 }],
    },
  ],
  [
    "where is there headroom to spend more",
    "recommend_budget",
    { level: "channel", lockedChannels: [], changes: [] },
  ],
];
