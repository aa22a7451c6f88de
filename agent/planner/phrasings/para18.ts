/**
 * Phrasings for session 18's para18: other wordings of set 12's kinds of ask, read through
 * para18-phrasings.ts, para18-phrasings-asks.ts and other-tool-words.ts. Written by hand as my own
 * wordings of each kind (other metrics, periods and channels), not the blind sets' questions
 * (evals/blind/ is held out).
 */
import type { PhrasingRow } from "./index.ts";

export const PARA18: PhrasingRow[] = [
  // other-tool-words.ts: a fiscal quarter spelled out or run together ("fq4") is the calendar quarter, said.
  [
    "orders for fiscal quarter 2",
    "query_metrics",
    { metrics: ["orders"], dimensions: [], filters: [], timeRange: { from: "2026-04-01", to: "2026-06-30" } },
  ],
  [
    "revenue fiscal quarter 1",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-01-01", to: "2026-03-31" },
    },
  ],
  [
    "fq4 spend by channel",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-11-01" },
    },
  ],
  // para18-phrasings.ts: a holiday weekend said short or with last year's possessive, against a normal weekend.
  [
    "how did cyber monday weekend 2025 compare with a normal weekend on orders",
    "compare_periods",
    {
      metrics: ["orders"],
      period: { from: "2025-11-29", to: "2025-12-01" },
      compareTo: { from: "2025-11-22", to: "2025-11-24" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "last year's black friday weekend vs a regular weekend, sessions",
    "compare_periods",
    {
      metrics: ["sessions"],
      period: { from: "2025-11-28", to: "2025-11-30" },
      compareTo: { from: "2025-11-21", to: "2025-11-23" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "bf weekend 2025 vs a typical weekend spend",
    "compare_periods",
    {
      metrics: ["spend"],
      period: { from: "2025-11-28", to: "2025-11-30" },
      compareTo: { from: "2025-11-21", to: "2025-11-23" },
      dimensions: [],
      filters: [],
    },
  ],
  // A month's first-time buyers or cohort, "may" included (alone it is also the verb).
  [
    "june first-time buyers: how many bought again within 60 days",
    "cohorts",
    {
      period: { from: "2026-06-01", to: "2026-06-30" },
      groupBy: "first_touch_channel",
      ltvDays: 60,
      show: "repeat",
    },
  ],
  [
    "60 day repeat rate for the may cohort",
    "cohorts",
    {
      period: { from: "2026-05-01", to: "2026-05-31" },
      groupBy: "first_order_month",
      ltvDays: 60,
      show: "repeat",
    },
  ],
  [
    "90 day ltv of the may new customer cohort",
    "cohorts",
    { period: { from: "2026-05-01", to: "2026-05-31" }, groupBy: "first_touch_channel", ltvDays: 90 },
  ],
  // How fast a measure grows step to step, and each step's growth on the one before: the series.
  [
    "how fast is revenue growing month to month",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      grain: "month",
    },
  ],
  [
    "how fast are orders growing week to week",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-08-03", to: "2026-10-31" },
      grain: "week",
    },
  ],
  [
    "how fast has spend been growing quarter over quarter",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      grain: "quarter",
    },
  ],
  [
    "each month's orders growth vs the prior month this year",
    "query_metrics",
    {
      metrics: ["orders"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      grain: "month",
    },
  ],
  [
    "show every week's revenue growth vs the previous week for the last 3 months",
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
    "each quarter's new customers growth compared to the prior quarter",
    "query_metrics",
    {
      metrics: ["new_customers"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      grain: "quarter",
    },
  ],
  // para18-phrasings-asks.ts: a deck, a report or a board slide around an ask that names its own figures.
  [
    "prepping the mbr deck - top 5 channels by revenue last month",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
      orderBy: [{ field: "revenue", direction: "desc" }],
      limit: 5,
    },
  ],
  [
    "working on our monthly report top 3 campaigns by cpa in september",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["campaign"],
      filters: [{ field: "campaign", op: "neq", value: null }],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
      orderBy: [{ field: "cpa", direction: "desc" }],
      limit: 3,
    },
  ],
  [
    "for the exec slide, a pie of revenue by channel this year",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["channel"],
      filters: [],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
    },
  ],
  [
    "for the board deck a bar chart of spend by platform last quarter",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["platform"],
      filters: [],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    },
  ],
  [
    "for the weekly report i need last week's spend, revenue and roas",
    "query_metrics",
    {
      metrics: ["spend", "revenue", "roas", "mer"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-10-19", to: "2026-10-25" },
    },
  ],
  [
    "for the monthly recap pull sessions, orders and conversion rate for september",
    "query_metrics",
    {
      metrics: ["sessions", "orders", "conversion_rate"],
      dimensions: [],
      filters: [],
      timeRange: { from: "2026-09-01", to: "2026-09-30" },
    },
  ],
  // Bullets for someone: a short summary of the periods named.
  [
    "two bullets on q3 vs q2 for my boss",
    "overview",
    { period: { from: "2026-07-01", to: "2026-09-30" }, compareTo: { from: "2026-04-01", to: "2026-06-30" } },
  ],
  [
    "give me 5 bullets about last week vs the week before that i can share with the team",
    "overview",
    { period: { from: "2026-10-19", to: "2026-10-25" } },
  ],
  // A budget move said "model moving", "shifting", "simulate moving": the what-if of that move.
  [
    "model moving $2k a month from paid social to paid search next month",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [
        { dimension: "channel", value: "paid_social", changeAmount: -2000 },
        { dimension: "channel", value: "paid_search", changeAmount: 2000 },
      ],
      objective: "profit",
    },
  ],
  [
    "shifting $1,500 per month from affiliate to display in november, what happens to profit",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [
        { dimension: "channel", value: "affiliate", changeAmount: -1500 },
        { dimension: "channel", value: "display", changeAmount: 1500 },
      ],
      objective: "profit",
    },
  ],
  [
    "simulate moving $4k from display to paid social next month",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      level: "channel",
      lockedChannels: [],
      changes: [
        { dimension: "channel", value: "display", changeAmount: -4000 },
        { dimension: "channel", value: "paid_social", changeAmount: 4000 },
      ],
      objective: "profit",
    },
  ],
  // The low point of a series asked "tell me when it bottomed" or "which month was the lowest": not an alert.
  [
    "roas by month this year and tell me when it bottomed out",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      grain: "month",
      orderBy: [{ field: "roas", direction: "asc" }],
      limit: 10,
    },
  ],
  [
    "show aov by month ytd and which month was the lowest",
    "query_metrics",
    {
      metrics: ["average_order_value"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      grain: "month",
      orderBy: [{ field: "average_order_value", direction: "asc" }],
      limit: 10,
    },
  ],
  [
    "monthly cpa this year, tell me when it hit its low",
    "query_metrics",
    {
      metrics: ["cpa"],
      dimensions: ["date"],
      filters: [],
      timeRange: { from: "2026-01-01", to: "2026-11-01" },
      grain: "month",
      orderBy: [{ field: "cpa", direction: "asc" }],
      limit: 10,
    },
  ],
  // Time to convert for journeys that started on a channel, said "who first came in via".
  [
    "how long do customers who first came in through email take to convert",
    "journeys",
    { analysis: "time_to_convert", period: { from: "2026-08-03", to: "2026-10-31" }, firstTouch: ["email"] },
  ],
  [
    "how long do people who first landed on display take to buy",
    "journeys",
    {
      analysis: "time_to_convert",
      period: { from: "2026-08-03", to: "2026-10-31" },
      firstTouch: ["display"],
    },
  ],
  [
    "how long did customers whose first touch was affiliate take to purchase",
    "journeys",
    {
      analysis: "time_to_convert",
      period: { from: "2026-08-03", to: "2026-10-31" },
      firstTouch: ["affiliate"],
    },
  ],
  // The channel whose customers come back most, said "the most repeat customers".
  [
    "which channel drives the most returning customers",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "what channel gets the most loyal customers",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "which platform acquires the most repeat buyers",
    "cohorts",
    { period: { from: "2025-11-01", to: "2026-10-31" }, groupBy: "first_touch_channel", show: "repeat" },
  ],
  // Competitors on our brand terms, frequency said in words: not in the data, with the nearest.
  [
    "what are competitors doing on our brand keywords",
    "query_metrics",
    {
      metrics: ["impressions", "clicks"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
      timeRange: { from: "2026-10-02", to: "2026-10-31" },
    },
  ],
  [
    "what is our competitor up to around our branded search",
    "query_metrics",
    {
      metrics: ["impressions", "clicks"],
      dimensions: [],
      filters: [{ field: "campaign", op: "in", values: [1004] }],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
  [
    "how many times did people see the summer sale ads last month",
    "query_metrics",
    {
      // fix18f: frequency's nearest is impressions, clicks and CTR.
      metrics: ["impressions", "clicks", "ctr"],
      dimensions: [],
      filters: [{ field: "campaign", op: "in", values: [1005] }],
      timeRange: { from: "2026-10-01", to: "2026-10-31" },
    },
  ],
  [
    "how many times on average do users see our brand search ads",
    "query_metrics",
    {
      // fix18f: frequency's nearest is impressions, clicks and CTR.
      metrics: ["impressions", "clicks", "ctr"],
      dimensions: [],
      filters: [{ field: "campaign", op: "in", values: [1004] }],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
  // A holdout named by a bare "search": the paid search holdout.
  ["did the search holdout show anything", "campaigns", { analysis: "holdout", channel: "paid_search" }],
  ["search holdout results", "campaigns", { analysis: "holdout", channel: "paid_search" }],
  [
    "what did the search holdout tell us about search",
    "campaigns",
    { analysis: "holdout", channel: "paid_search" },
  ],
  // The best day to send email: the weekday with the best engagement.
  [
    "best day of the week to send newsletters",
    "query_metrics",
    {
      metrics: ["email_sends", "email_open_rate", "email_click_rate"],
      dimensions: ["day_of_week"],
      filters: [],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      orderBy: [{ field: "email_click_rate", direction: "desc" }],
    },
  ],
  [
    "whats the best weekday to send our emails",
    "query_metrics",
    {
      metrics: ["email_sends", "email_open_rate", "email_click_rate"],
      dimensions: ["day_of_week"],
      filters: [],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      orderBy: [{ field: "email_click_rate", direction: "desc" }],
    },
  ],
  [
    "best day to schedule the newsletter",
    "query_metrics",
    {
      metrics: ["email_sends", "email_open_rate", "email_click_rate"],
      dimensions: ["day_of_week"],
      filters: [],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      orderBy: [{ field: "email_click_rate", direction: "desc" }],
    },
  ],
  // "How did X compare year over year": that period against the same one a year before.
  [
    "how did september compare year over year",
    "compare_periods",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      period: { from: "2026-09-01", to: "2026-09-30" },
      compareTo: { from: "2025-09-01", to: "2025-09-30" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "how did q3 compare to last year",
    "compare_periods",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      period: { from: "2026-07-01", to: "2026-09-30" },
      compareTo: { from: "2025-07-01", to: "2025-09-30" },
      dimensions: [],
      filters: [],
    },
  ],
  [
    "how did last month compare yoy",
    "compare_periods",
    {
      metrics: ["revenue", "spend", "roas", "orders"],
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2025-10-01", to: "2025-10-31" },
      dimensions: [],
      filters: [],
    },
  ],
];
