/**
 * Phrasings for session 25's para25: set 19's asks said another way (para25-phrasings.ts and the
 * readers it names), with a sample of wordings that already read as the original. Written by
 * hand; the blind sets (evals/blind/) are held out and not copied.
 */
import type { PhrasingRow } from "./index.ts";

export const PARA25: PhrasingRow[] = [
  ["blended ROAS - what is it?", "describe_metric", { metric: "mer" }],
  [
    "where do people drop out of the funnel in the past 30 days",
    "funnel",
    { period: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "will we hit the revenue target",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "summarize october for my boss, keep it brief",
    "brief",
    { period: { from: "2026-10-01", to: "2026-10-31" }, review: { wins: 3, concerns: 3, short: true } },
  ],
  [
    "which 10 states bring in the most revenue",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["region"],
      filters: [{ field: "region", op: "not_in", values: ["other"] }],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
      orderBy: [{ field: "revenue", direction: "desc" }],
      limit: 10,
    },
  ],
  [
    "which meta ads have the highest click-through rate",
    "query_metrics",
    {
      metrics: ["ctr"],
      dimensions: ["campaign"],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
      orderBy: [{ field: "ctr", direction: "desc" }],
    },
  ],
  [
    "how many clicks and what ctr did each platform get in october",
    "query_metrics",
    {
      metrics: ["clicks", "ctr"],
      dimensions: ["platform"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "why was paid social weird in august",
    "detect_anomalies",
    {
      metrics: ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"],
      period: { from: "2026-08-01", to: "2026-08-31" },
      filters: [{ field: "channel", op: "in", values: ["paid_social"] }],
    },
  ],
  [
    "how are we ranking organically for hiking boots",
    "query_metrics",
    {
      metrics: ["sessions", "revenue"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["organic_search"] }],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "what's on the change calendar coming up",
    "campaigns",
    { analysis: "planned", period: { from: "2026-11-01", to: "2027-10-31" } },
  ],
  [
    "has anything odd happened over the last couple of weeks",
    "detect_anomalies",
    {
      metrics: ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"],
      period: { from: "2026-10-18", to: "2026-10-31" },
      filters: [],
    },
  ],
  [
    "do rainy days hurt our sales? we sell outdoor gear",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-10-02", to: "2026-10-31" },
      compareTo: { from: "2026-09-02", to: "2026-10-01" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "is there a link between rain and our revenue",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-10-02", to: "2026-10-31" },
      compareTo: { from: "2026-09-02", to: "2026-10-01" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "should we keep spending on tiktok",
    "compare_periods",
    {
      metrics: ["roas"],
      period: { from: "2026-10-02", to: "2026-10-31" },
      compareTo: { from: "2026-09-02", to: "2026-10-01" },
      dimensions: [],
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }],
    },
  ],
  [
    "brand vs nonbrand search cpc, cvr and roas q3",
    "query_metrics",
    {
      metrics: ["cpc", "roas", "platform_conversion_rate"],
      dimensions: ["campaign"],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "search IS for the brand campaign",
    "query_metrics",
    {
      metrics: ["impressions", "clicks"],
      dimensions: [],
      filters: [
        { field: "channel", op: "in", values: ["paid_search"] },
        { field: "campaign", op: "in", values: [1004] },
      ],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
  [
    "how did performance max do in october, platform numbers vs our attribution",
    "query_metrics",
    {
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
      dimensions: ["platform"],
      filters: [{ field: "platform", op: "neq", value: null }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      orderBy: [{ field: "platform_conversions_minus_tracked", direction: "desc" }],
    },
  ],
  [
    "compare pmax platform-reported and attributed results for october",
    "query_metrics",
    {
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
      dimensions: ["platform"],
      filters: [{ field: "platform", op: "neq", value: null }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      orderBy: [{ field: "platform_conversions_minus_tracked", direction: "desc" }],
    },
  ],
  [
    "did the summer paid search budget cut cost us revenue?",
    "campaigns",
    { analysis: "change", around: { from: "2026-06-01", to: "2026-08-31" }, channel: "paid_search" },
  ],
  [
    "what happens to revenue if we turn display off",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "channel", value: "display", changePercent: -100 }],
      objective: "profit",
    },
  ],
  [
    "email revenue: newsletters vs promotions over the past six months",
    "query_metrics",
    {
      metrics: ["email_revenue", "email_sends", "email_revenue_per_send"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-05-01", to: "2026-10-31" },
    },
  ],
  [
    "are customers from affiliates more likely to return than those from paid social",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "are we spending to plan in october by channel",
    "campaigns",
    { analysis: "pacing", period: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  [
    "what will our full-year revenue be this year",
    "project_run_rate",
    {
      metric: "revenue",
      period: { from: "2026-01-01", to: "2026-12-31" },
      pace: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  ["define mer + what's our current mer", "describe_metric", { metric: "mer" }],
  [
    "2x return on ad spend - is that good?",
    "compare_periods",
    {
      metrics: ["roas"],
      period: { from: "2026-10-02", to: "2026-10-31" },
      compareTo: { from: "2026-09-02", to: "2026-10-01" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "what report should I check for email performance",
    "query_metrics",
    {
      metrics: [
        "email_sends",
        "email_opens",
        "email_open_rate",
        "email_clicks",
        "email_click_rate",
        "email_revenue",
      ],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "which dashboard shows email performance",
    "query_metrics",
    {
      metrics: [
        "email_sends",
        "email_opens",
        "email_open_rate",
        "email_clicks",
        "email_click_rate",
        "email_revenue",
      ],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  ["give me the rundown for october", "overview", { period: { from: "2026-10-01", to: "2026-10-31" } }],
  [
    "how has revenue trended week by week over the last three months?",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-08-01", to: "2026-10-31" },
      grain: "week",
    },
  ],
  [
    "what paths do people usually take before they buy",
    "journeys",
    { analysis: "top_paths", period: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "why was revenue down on 3/17?",
    "detect_anomalies",
    {
      metrics: ["revenue", "sessions", "orders", "spend"],
      period: { from: "2026-03-17", to: "2026-03-17" },
      filters: [],
    },
  ],
  [
    "tiktok campaign cpa last mo?",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["campaign"],
      filters: [
        { field: "platform", op: "in", values: ["tiktok_ads"] },
        { field: "campaign", op: "neq", value: null },
      ],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "total ad spend oct vs sept?",
    "compare_periods",
    {
      metrics: ["spend"],
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-09-01", to: "2026-09-30" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "show me CAC broken out by channel for Q3",
    "query_metrics",
    {
      metrics: ["cac"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "channel revenue, last 90d vs previous 90d",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-08-03", to: "2026-10-31" },
      compareTo: { from: "2026-05-05", to: "2026-08-02" },
      dimensions: ["channel"],
      filters: [],
    },
  ],
  [
    "what % of revenue comes from repeat customers each month",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["date", "customer_type"],
      filters: [],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      grain: "month",
    },
  ],
  [
    "q2 revenue split between paid and non-paid",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["channel_group"],
      filters: [],
      timeRange: { from: "2026-04-01", to: "2026-06-30" },
    },
  ],
  [
    "new vs repeat customer revenue in october",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["customer_type"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "roi of email net of what we pay klaviyo?",
    "query_metrics",
    {
      metrics: ["email_revenue", "email_sends", "email_revenue_per_send"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "how is revenue this month so far vs last month",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-11-01", to: "2026-11-01" },
      compareTo: { from: "2026-10-01", to: "2026-10-31" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "was there any incremental lift in the paid search holdout",
    "campaigns",
    { analysis: "holdout", channel: "paid_search" },
  ],
  [
    "show repeat rate by cohort month",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_order_month", show: "repeat" },
  ],
  [
    "time between 1st and 2nd order on average?",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "repeat_gap" },
  ],
  [
    "what's our spend pace for nov and where will q4 end up",
    "project_run_rate",
    {
      metric: "spend",
      period: { from: "2026-10-01", to: "2026-12-31" },
      pace: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  ["session vs user - what's the difference?", "describe_metric", { metric: "sessions" }],
];
