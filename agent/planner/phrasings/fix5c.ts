/**
 * Phrasings for session 10's fix5c work: spans of months ("Nov-Dec"), series by month with no
 * period (the last twelve months of data), an average per day for each month, and multi-part
 * asks. Written by hand as my own wordings; the blind sets (evals/blind/) are held out and not
 * copied here.
 */
import type { PhrasingRow } from "./index.ts";

export const FIX5C: PhrasingRow[] = [
  // A span of months written with a dash, "to" or nothing between: one period, not a comparison.
  [
    "orders and revenue for jan-mar",
    "query_metrics",
    { metrics: ["orders", "revenue"], timeRange: { from: "2026-01-01", to: "2026-03-31" } },
  ],
  [
    "what was our ad spend nov to dec 2025",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2025-11-01", to: "2025-12-31" } },
  ],
  [
    "orders during the festive season last year, november through december",
    "query_metrics",
    { metrics: ["orders"], timeRange: { from: "2025-11-01", to: "2025-12-31" } },
  ],
  // A series by month with no period: the last twelve months of data, whole months.
  [
    "show me orders month by month",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      grain: "month",
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
  [
    "graph our monthly ad spend",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["date"],
      grain: "month",
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
  // An average per day for each month (or week): one figure per bucket.
  [
    "what did we spend per day on average in each month of 2026",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["date"], grain: "month", average: "per_day" },
  ],
  [
    "daily average orders by week last quarter",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      grain: "week",
      average: "per_day",
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "typical day of revenue, broken out by month",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["date"],
      grain: "month",
      average: "per_day",
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
  // Traffic, then how much of it converted: orders and the conversion rate beside the sessions.
  [
    "sessions from referral in august - and how many of them ended up converting?",
    "query_metrics",
    {
      metrics: ["sessions", "orders", "conversion_rate"],
      filters: [{ field: "channel", op: "in", values: ["referral"] }],
      timeRange: { from: "2026-08-01", to: "2026-08-31" },
    },
  ],
  [
    "sessions by channel last week plus what percentage converted",
    "query_metrics",
    { metrics: ["sessions", "orders", "conversion_rate"], dimensions: ["channel"] },
  ],
  // The default attribution model asked, then another model: the other model's credit (the
  // presenter names the default and its lookback from the tool's result).
  [
    "which attribution model is the default here, and what does position based give each channel?",
    "attribution",
    { models: ["position_based"], level: "channel" },
  ],
  // A direction word against last click: the models side by side (the presenter names who gains).
  ["what channel gets too little credit from last touch", "attribution", { level: "channel" }],
  // A definition and a value in one question: describe_metric first, then the value.
  ["what does roas mean and what was it last month", "describe_metric", { metric: "roas" }],
  [
    "so what is a CVR exactly, and how high was it in august",
    "describe_metric",
    { metric: "conversion_rate" },
  ],
  // A report word naming its own metrics and breakdown: that table over the last complete unit.
  [
    "give me a weekly recap of orders, cpa and revenue per campaign",
    "query_metrics",
    {
      metrics: ["orders", "cpa", "revenue"],
      dimensions: ["campaign"],
      timeRange: { from: "2026-10-19", to: "2026-10-25" },
    },
  ],
  [
    "monthly report with spend and roas by platform",
    "query_metrics",
    {
      metrics: ["spend", "roas"],
      dimensions: ["platform"],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  // Email judged through its counts: sends, opens, clicks and the rates, against the period before.
  [
    "how have our emails been doing on opens and clicks in september",
    "compare_periods",
    {
      metrics: ["email_sends", "email_opens", "email_open_rate", "email_clicks", "email_click_rate"],
      period: { from: "2026-09-01", to: "2026-09-30" },
      compareTo: { from: "2026-08-01", to: "2026-08-31" },
    },
  ],
  [
    "newsletter engagement last month?",
    "compare_periods",
    { metrics: ["email_sends", "email_opens", "email_open_rate", "email_clicks", "email_click_rate"] },
  ],
  // "side by side" is a layout word; two months with "vs": the later is the period.
  [
    "google vs meta next to each other on spend and cpa last quarter",
    "query_metrics",
    {
      metrics: ["spend", "cpa"],
      dimensions: ["platform"],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "orders march vs april",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2026-04-01", to: "2026-04-30" },
      compareTo: { from: "2026-03-01", to: "2026-03-31" },
    },
  ],
  // A named group of campaigns asked one by one, or against every other campaign.
  [
    "bf24 campaigns individually: cpa and orders",
    "query_metrics",
    {
      metrics: ["cpa", "orders"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "in", values: [1001, 1002] }],
    },
  ],
  [
    "bf24 campaigns against all other campaigns in december, roas and spend",
    "query_metrics",
    {
      metrics: ["roas", "spend"],
      filters: [{ field: "campaign", op: "in", values: [1001, 1002] }],
      timeRange: { from: "2025-12-01", to: "2025-12-31" },
    },
  ],
];
