/** Cases for plain data questions: lookups, breakdowns, filters, time expressions, top N, trends. */
import type { SourceCase } from "../types.ts";
import { f, fNot, notNone, P, qm } from "./helpers.ts";

const top = (metric: string, dim: string, direction: "asc" | "desc", limit: number) => ({
  metrics: [metric],
  dimensions: [dim],
  orderBy: [{ field: metric, direction }],
  limit,
});

/** Single-metric and multi-metric totals for one period. */
export const LOOKUPS: SourceCase[] = [
  {
    id: "lookup.spend-oct",
    tags: ["lookup"],
    questions: ["How much did we spend on advertising in October?", "total ad spend for october 2026"],
    expect: qm({ metrics: ["spend"], timeRange: P.oct }),
  },
  {
    id: "lookup.revenue-sep",
    tags: ["lookup"],
    questions: ["What was our revenue in September?", "september sales total"],
    expect: qm({ metrics: ["revenue"], timeRange: P.sep }),
  },
  {
    id: "lookup.orders-last-week",
    tags: ["lookup"],
    questions: ["how many orders came in last week", "number of orders placed last week"],
    expect: qm({ metrics: ["orders"], timeRange: P.lastWeek }),
  },
  {
    // ROAS with no channel is paid-channel ROAS on attributed revenue, with MER beside it (#12).
    id: "lookup.roas-q3",
    tags: ["lookup"],
    questions: ["overall return on ad spend for July through September", "What was ROAS in Q3?"],
    expect: qm({ metrics: ["roas", "mer"], timeRange: P.q3 }),
  },
  {
    // Blended ROAS is MER: all tracked revenue over ad spend.
    id: "lookup.mer-q3",
    tags: ["lookup"],
    questions: ["What was blended ROAS in Q3?", "marketing efficiency ratio for Q3"],
    expect: qm({ metrics: ["mer"], timeRange: P.q3 }),
  },
  {
    id: "lookup.cac-oct",
    tags: ["lookup"],
    questions: ["What did it cost us to acquire a new customer in October?", "October CAC"],
    expect: qm({ metrics: ["cac"], timeRange: P.oct }),
  },
  {
    id: "lookup.aov-q2",
    tags: ["lookup"],
    questions: ["average order value in Q2", "what was the typical order size in the second quarter"],
    expect: qm({ metrics: ["average_order_value"], timeRange: P.q2 }),
  },
  {
    id: "lookup.new-customers-sep",
    tags: ["lookup"],
    questions: ["how many first-time buyers did we get in September"],
    expect: qm({ metrics: ["new_customers"], timeRange: P.sep }),
  },
  {
    id: "lookup.sessions-yesterday",
    tags: ["lookup"],
    questions: ["site visits yesterday", "how much traffic did the site get yesterday"],
    expect: qm({ metrics: ["sessions"], timeRange: P.yesterday }),
  },
  {
    id: "lookup.cvr-oct",
    tags: ["lookup"],
    questions: ["what was the site conversion rate in october", "october CVR"],
    expect: qm({ metrics: ["conversion_rate"], timeRange: P.oct }),
  },
  {
    id: "lookup.cpm-aug",
    tags: ["lookup"],
    questions: ["What was our CPM in August?"],
    expect: qm({ metrics: ["cpm"], timeRange: P.aug }),
  },
  {
    id: "lookup.clicks-impressions-sep",
    tags: ["lookup"],
    questions: ["ad clicks and impressions in September"],
    expect: qm({ metrics: ["clicks", "impressions"], timeRange: P.sep }),
  },
  {
    id: "lookup.email-open-rate-q3",
    tags: ["lookup"],
    questions: ["email open rate for Q3"],
    expect: qm({ metrics: ["email_open_rate"], timeRange: P.q3 }),
  },
  {
    id: "lookup.roi-h1",
    tags: ["lookup"],
    questions: ["return on investment for the first half of 2026"],
    expect: qm({ metrics: ["roi"], timeRange: P.h1 }),
  },
  {
    id: "lookup.rps-oct",
    tags: ["lookup"],
    questions: ["revenue per visit in October"],
    expect: qm({ metrics: ["revenue_per_session"], timeRange: P.oct }),
  },
  {
    id: "lookup.platform-roas-oct",
    tags: ["lookup"],
    questions: ["what ROAS did the ad platforms report for October"],
    expect: qm({ metrics: ["platform_roas"], timeRange: P.oct }),
  },
  {
    id: "lookup.spend-revenue-roas-sep",
    tags: ["lookup"],
    questions: ["spend, revenue and ROAS for September", "give me September's spend, sales and ROAS"],
    expect: qm({ metrics: ["spend", "revenue", "roas", "mer"], timeRange: P.sep }),
  },
  {
    id: "lookup.customers-q3",
    tags: ["lookup"],
    questions: ["how many unique customers bought in Q3"],
    expect: qm({ metrics: ["customers"], timeRange: P.q3 }),
  },
  {
    id: "lookup.unsubscribes-oct",
    tags: ["lookup"],
    questions: ["email unsubscribes in October"],
    expect: qm({ metrics: ["email_unsubscribes"], timeRange: P.oct }),
  },
  {
    id: "lookup.cpa-last-week",
    tags: ["lookup"],
    questions: ["what was our CPA last week?"],
    expect: qm({ metrics: ["paid_cpa", "cpa"], timeRange: P.lastWeek }),
  },
  {
    id: "lookup.beta-revenue-oct",
    tags: ["lookup", "beta"],
    org: "beta-bikes",
    questions: ["What was revenue in October?"],
    expect: qm({ metrics: ["revenue"], timeRange: P.oct }),
  },
  {
    id: "lookup.beta-spend-q3",
    tags: ["lookup", "beta"],
    org: "beta-bikes",
    questions: ["ad spend in the third quarter"],
    expect: qm({ metrics: ["spend"], timeRange: P.q3 }),
  },
];

/** One metric split by one or two dimensions. */
export const BREAKDOWNS: SourceCase[] = [
  {
    id: "breakdown.revenue-channel-sep",
    tags: ["breakdown"],
    questions: ["Revenue by channel in September", "break down september revenue by marketing channel"],
    expect: qm({ metrics: ["revenue"], dimensions: ["channel"], timeRange: P.sep }),
  },
  {
    id: "breakdown.spend-platform-oct",
    tags: ["breakdown"],
    questions: ["spend per ad platform in October", "how was October spend split across ad networks"],
    expect: qm({ metrics: ["spend"], dimensions: ["platform"], timeRange: P.oct }),
  },
  {
    id: "breakdown.orders-customer-type-q3",
    tags: ["breakdown"],
    questions: ["orders from new versus returning customers in Q3"],
    expect: qm({ metrics: ["orders"], dimensions: ["customer_type"], timeRange: P.q3 }),
  },
  {
    id: "breakdown.cpc-campaign-sep",
    tags: ["breakdown"],
    questions: ["CPC for each campaign in September"],
    expect: qm({ metrics: ["cpc"], dimensions: ["campaign"], timeRange: P.sep }),
  },
  {
    id: "breakdown.sessions-channel-oct",
    tags: ["breakdown"],
    questions: ["web sessions per channel in October"],
    expect: qm({ metrics: ["sessions"], dimensions: ["channel"], timeRange: P.oct }),
  },
  {
    id: "breakdown.roas-objective-q3",
    tags: ["breakdown"],
    questions: ["ROAS by campaign objective for Q3"],
    expect: qm({ metrics: ["roas"], dimensions: ["campaign_objective"], timeRange: P.q3 }),
  },
  {
    id: "breakdown.email-clicks-campaign-sep",
    tags: ["breakdown"],
    questions: ["email clicks per email campaign in September"],
    expect: qm({ metrics: ["email_clicks"], dimensions: ["email_campaign"], timeRange: P.sep }),
  },
  {
    id: "breakdown.cac-channel-oct",
    tags: ["breakdown"],
    questions: ["CAC per channel in October", "cost to acquire a customer by channel for October"],
    expect: qm({ metrics: ["cac"], dimensions: ["channel"], timeRange: P.oct }),
  },
  {
    id: "breakdown.spend-channel-platform-oct",
    tags: ["breakdown"],
    questions: ["spend by channel and platform in October"],
    expect: qm({ metrics: ["spend"], dimensions: ["channel", "platform"], timeRange: P.oct }),
  },
  {
    id: "breakdown.aov-channel-q2",
    tags: ["breakdown"],
    questions: ["average order value broken down by channel for Q2"],
    expect: qm({ metrics: ["average_order_value"], dimensions: ["channel"], timeRange: P.q2 }),
  },
  {
    id: "breakdown.ctr-campaign-last-week",
    tags: ["breakdown"],
    questions: ["click-through rate by campaign last week"],
    expect: qm({ metrics: ["ctr"], dimensions: ["campaign"], timeRange: P.lastWeek }),
  },
  {
    id: "breakdown.beta-revenue-channel-sep",
    tags: ["breakdown", "beta"],
    org: "beta-bikes",
    questions: ["revenue per channel in September"],
    expect: qm({ metrics: ["revenue"], dimensions: ["channel"], timeRange: P.sep }),
  },
];

/** Filters on channels, platforms, campaigns, objectives and customer type. */
export const FILTER_CASES: SourceCase[] = [
  {
    id: "filter.tiktok-spend-oct",
    tags: ["filter"],
    questions: ["how much did we spend on TikTok in October", "TikTok ad spend for october"],
    expect: qm({ metrics: ["spend"], filters: [f("platform", "tiktok_ads")], timeRange: P.oct }),
  },
  {
    id: "filter.meta-cpa-sep",
    tags: ["filter"],
    questions: ["Meta CPA in September", "cost per acquisition on Meta Ads in September"],
    expect: qm({ metrics: ["cpa"], filters: [f("platform", "meta_ads")], timeRange: P.sep }),
  },
  {
    id: "filter.google-clicks-q3",
    tags: ["filter"],
    questions: ["clicks on Google Ads in Q3"],
    expect: qm({ metrics: ["clicks"], filters: [f("platform", "google_ads")], timeRange: P.q3 }),
  },
  {
    id: "filter.email-revenue-sep",
    tags: ["filter"],
    questions: ["revenue from the email channel in September"],
    expect: qm({ metrics: ["revenue"], filters: [f("channel", "email")], timeRange: P.sep }),
  },
  {
    id: "filter.affiliate-orders-oct",
    tags: ["filter"],
    questions: [
      "orders from affiliates in October",
      "how many orders did the affiliate channel drive in October",
    ],
    expect: qm({ metrics: ["orders"], filters: [f("channel", "affiliate")], timeRange: P.oct }),
  },
  {
    id: "filter.revenue-without-direct-oct",
    tags: ["filter"],
    questions: ["October revenue without direct traffic"],
    expect: qm({ metrics: ["revenue"], filters: [fNot("channel", "direct")], timeRange: P.oct }),
  },
  {
    id: "filter.returning-revenue-q3",
    tags: ["filter"],
    questions: ["revenue from returning customers in Q3", "Q3 sales from repeat customers"],
    expect: qm({ metrics: ["revenue"], filters: [f("customer_type", "returning")], timeRange: P.q3 }),
  },
  {
    id: "filter.new-orders-oct",
    tags: ["filter"],
    questions: ["orders placed by new customers in October"],
    expect: qm({ metrics: ["orders"], filters: [f("customer_type", "new")], timeRange: P.oct }),
  },
  {
    id: "filter.paid-social-roas-sep",
    tags: ["filter"],
    questions: ["paid social ROAS in September"],
    expect: qm({ metrics: ["roas"], filters: [f("channel", "paid_social")], timeRange: P.sep }),
  },
  {
    id: "filter.display-spend-by-campaign-oct",
    tags: ["filter", "breakdown"],
    questions: ["display spend by campaign for October"],
    expect: qm({
      metrics: ["spend"],
      dimensions: ["campaign"],
      filters: [f("channel", "display")],
      timeRange: P.oct,
    }),
  },
  {
    id: "filter.bf25-revenue-nov2025",
    tags: ["filter"],
    questions: ["revenue from the BF25 campaigns in November 2025"],
    expect: qm({ metrics: ["revenue"], filters: [f("campaign", 1005, 1012)], timeRange: P.nov2025 }),
  },
  {
    id: "filter.summer26-spend-jul",
    tags: ["filter"],
    questions: ["how much did the Summer26 campaigns spend in July?"],
    expect: qm({ metrics: ["spend"], filters: [f("campaign", 1014, 1017)], timeRange: P.jul }),
  },
  {
    id: "filter.awareness-cpm-q3",
    tags: ["filter"],
    questions: ["CPM of awareness campaigns in Q3"],
    expect: qm({ metrics: ["cpm"], filters: [f("campaign_objective", "awareness")], timeRange: P.q3 }),
  },
  {
    id: "filter.google-meta-spend-sep",
    tags: ["filter"],
    questions: ["combined Google and Meta spend in September"],
    expect: qm({ metrics: ["spend"], filters: [f("platform", "google_ads", "meta_ads")], timeRange: P.sep }),
  },
  {
    id: "filter.tiktok-ctr-by-campaign-oct",
    tags: ["filter", "breakdown"],
    questions: ["CTR of each TikTok campaign in October"],
    expect: qm({
      metrics: ["ctr"],
      dimensions: ["campaign"],
      filters: [f("platform", "tiktok_ads")],
      timeRange: P.oct,
    }),
  },
  {
    id: "filter.paid-search-cpc-last-week",
    tags: ["filter"],
    questions: ["paid search CPC last week"],
    expect: qm({ metrics: ["cpc"], filters: [f("channel", "paid_search")], timeRange: P.lastWeek }),
  },
  {
    id: "filter.brand-search-spend-sep",
    tags: ["filter"],
    questions: ["spend on the Search - Brand - Exact campaign in September"],
    expect: qm({ metrics: ["spend"], filters: [f("campaign", 1001)], timeRange: P.sep }),
  },
];

/** Time expressions a marketer types. */
export const TIME_CASES: SourceCase[] = [
  {
    id: "time.last-seven-days",
    tags: ["time"],
    questions: ["revenue in the last seven days"],
    expect: qm({ metrics: ["revenue"], timeRange: P.last7 }),
  },
  {
    id: "time.past-two-weeks",
    tags: ["time"],
    questions: ["orders over the past 14 days"],
    expect: qm({ metrics: ["orders"], timeRange: P.last14 }),
  },
  {
    id: "time.yesterday-orders",
    tags: ["time"],
    questions: ["how many orders did we get yesterday?"],
    expect: qm({ metrics: ["orders"], timeRange: P.yesterday }),
  },
  {
    id: "time.this-week-spend",
    tags: ["time"],
    questions: ["spend so far this week", "week-to-date spend"],
    expect: qm({ metrics: ["spend"], timeRange: P.thisWeek }),
  },
  {
    id: "time.this-month-revenue",
    tags: ["time"],
    questions: ["revenue so far this month"],
    // On November 1 the month holds no data yet: the latest complete month, with a line saying so.
    expect: qm({ metrics: ["revenue"], timeRange: P.oct }),
  },
  {
    id: "time.since-august",
    tags: ["time"],
    questions: ["spend since August 1st"],
    expect: qm({ metrics: ["spend"], timeRange: P.range("2026-08-01", "2026-11-01") }),
  },
  {
    id: "time.day-month-range",
    tags: ["time"],
    questions: ["revenue between 5 October and 18 October"],
    expect: qm({ metrics: ["revenue"], timeRange: P.range("2026-10-05", "2026-10-18") }),
  },
  {
    id: "time.iso-range",
    tags: ["time"],
    questions: ["orders from 2026-09-10 to 2026-09-20"],
    expect: qm({ metrics: ["orders"], timeRange: P.range("2026-09-10", "2026-09-20") }),
  },
  {
    id: "time.year-2025",
    tags: ["time"],
    questions: ["total spend in 2025", "how much did we spend on ads during 2025"],
    expect: qm({ metrics: ["spend"], timeRange: P.y2025 }),
  },
  {
    id: "time.december-2025",
    tags: ["time"],
    questions: ["revenue in December 2025"],
    expect: qm({ metrics: ["revenue"], timeRange: P.dec2025 }),
  },
  {
    id: "time.first-quarter",
    tags: ["time"],
    questions: ["ROAS in the first quarter"],
    expect: qm({ metrics: ["roas", "mer"], timeRange: P.q1 }),
  },
  {
    id: "time.previous-quarter",
    tags: ["time"],
    questions: ["what was CAC in the previous quarter"],
    expect: qm({ metrics: ["cac"], timeRange: P.q3 }),
  },
  {
    id: "time.last-two-months",
    tags: ["time"],
    questions: ["spend over the last two months"],
    expect: qm({ metrics: ["spend"], timeRange: P.range("2026-09-01", "2026-10-31") }),
  },
  {
    id: "time.week-of",
    tags: ["time"],
    questions: ["revenue in the week of October 5"],
    expect: qm({ metrics: ["revenue"], timeRange: P.range("2026-10-05", "2026-10-11") }),
  },
  {
    id: "time.single-day",
    tags: ["time"],
    questions: ["orders on October 15th", "how many orders on Oct 15"],
    expect: qm({ metrics: ["orders"], timeRange: P.range("2026-10-15", "2026-10-15") }),
  },
  {
    id: "time.h1",
    tags: ["time"],
    questions: ["revenue in H1 2026"],
    expect: qm({ metrics: ["revenue"], timeRange: P.h1 }),
  },
  {
    id: "time.ytd-spend",
    tags: ["time"],
    questions: ["how much have we spent this year so far"],
    expect: qm({ metrics: ["spend"], timeRange: P.ytd }),
  },
  {
    id: "time.black-friday-2025",
    tags: ["time"],
    questions: ["revenue on Black Friday 2025"],
    expect: qm({ metrics: ["revenue"], timeRange: P.range("2025-11-28", "2025-11-28") }),
  },
  {
    id: "time.past-30-days-orders",
    tags: ["time"],
    questions: ["orders in the past 30 days"],
    expect: qm({ metrics: ["orders"], timeRange: P.last30 }),
  },
  {
    id: "time.beta-yesterday",
    tags: ["time", "beta"],
    org: "beta-bikes",
    questions: ["how much did we spend on ads yesterday?"],
    expect: qm({ metrics: ["spend"], timeRange: P.yesterday }),
  },
];

/** Rankings: top or bottom N by a metric. */
export const TOP_N: SourceCase[] = [
  {
    id: "topn.campaigns-revenue-oct",
    tags: ["topn"],
    questions: [
      "top 3 campaigns by revenue in October",
      "which three campaigns brought in the most revenue in October",
    ],
    // The "(none)" row (revenue no campaign drove) is not a campaign: left out of the ranking.
    expect: qm({
      ...top("revenue", "campaign", "desc", 3),
      filters: [notNone("campaign")],
      timeRange: P.oct,
    }),
  },
  {
    id: "topn.channel-orders-sep",
    tags: ["topn"],
    questions: [
      "which channel generated the most orders in September",
      "top channel for orders in September",
    ],
    expect: qm({ ...top("orders", "channel", "desc", 1), timeRange: P.sep }),
  },
  {
    id: "topn.worst-roas-campaign-q3",
    tags: ["topn"],
    questions: ["the campaign with the lowest ROAS in Q3"],
    expect: qm({ ...top("roas", "campaign", "asc", 1), filters: [notNone("campaign")], timeRange: P.q3 }),
  },
  {
    id: "topn.cheapest-cpc-platform-oct",
    tags: ["topn"],
    questions: ["which ad platform had the lowest cost per click in October"],
    expect: qm({ ...top("cpc", "platform", "asc", 1), timeRange: P.oct }),
  },
  {
    id: "topn.five-spend-campaigns-sep",
    tags: ["topn"],
    questions: ["5 biggest spending campaigns in September", "top five campaigns by spend for September"],
    expect: qm({ ...top("spend", "campaign", "desc", 5), timeRange: P.sep }),
  },
  {
    id: "topn.two-lowest-revenue-channels-oct",
    tags: ["topn"],
    questions: ["the two channels with the least revenue in October"],
    expect: qm({ ...top("revenue", "channel", "asc", 2), timeRange: P.oct }),
  },
  {
    id: "topn.best-ctr-campaign-last-week",
    tags: ["topn"],
    questions: ["which campaign had the best click-through rate last week"],
    expect: qm({ ...top("ctr", "campaign", "desc", 1), timeRange: P.lastWeek }),
  },
  {
    id: "topn.email-campaigns-open-rate-q3",
    tags: ["topn"],
    questions: ["top 3 email campaigns by open rate in Q3"],
    expect: qm({ ...top("email_open_rate", "email_campaign", "desc", 3), timeRange: P.q3 }),
  },
  {
    id: "topn.highest-cac-channel-oct",
    tags: ["topn"],
    questions: ["which channel had the highest CAC in October"],
    expect: qm({ ...top("cac", "channel", "desc", 1), timeRange: P.oct }),
  },
  {
    id: "topn.beta-best-roas-campaigns-sep",
    tags: ["topn", "beta"],
    org: "beta-bikes",
    questions: ["our five best campaigns by ROAS in September"],
    expect: qm({ ...top("roas", "campaign", "desc", 5), filters: [notNone("campaign")], timeRange: P.sep }),
  },
];

/** Series over time. */
export const TRENDS: SourceCase[] = [
  {
    id: "trend.daily-revenue-oct",
    tags: ["trend"],
    questions: ["daily revenue in October", "revenue per day for october"],
    expect: qm({ metrics: ["revenue"], dimensions: ["date"], grain: "day", timeRange: P.oct }),
  },
  {
    id: "trend.weekly-spend-q3",
    tags: ["trend"],
    questions: ["weekly ad spend during Q3", "spend per week in Q3"],
    expect: qm({ metrics: ["spend"], dimensions: ["date"], grain: "week", timeRange: P.q3 }),
  },
  {
    id: "trend.monthly-orders-2026",
    tags: ["trend"],
    questions: ["monthly orders this year", "orders by month in 2026 so far"],
    expect: qm({ metrics: ["orders"], dimensions: ["date"], grain: "month", timeRange: P.ytd }),
  },
  {
    id: "trend.weekly-roas-since-sep",
    tags: ["trend"],
    questions: ["ROAS week by week since September"],
    expect: qm({
      metrics: ["roas", "mer"],
      dimensions: ["date"],
      grain: "week",
      timeRange: P.range("2026-09-01", "2026-11-01"),
    }),
  },
  {
    id: "trend.daily-cpc-last-week",
    tags: ["trend"],
    questions: ["CPC each day last week"],
    expect: qm({ metrics: ["cpc"], dimensions: ["date"], grain: "day", timeRange: P.lastWeek }),
  },
  {
    id: "trend.monthly-sessions-h1",
    tags: ["trend"],
    questions: ["monthly sessions in the first half of 2026"],
    expect: qm({ metrics: ["sessions"], dimensions: ["date"], grain: "month", timeRange: P.h1 }),
  },
  {
    id: "trend.monthly-revenue-by-channel-q3",
    tags: ["trend", "breakdown"],
    questions: ["monthly revenue per channel in Q3"],
    expect: qm({ metrics: ["revenue"], dimensions: ["date", "channel"], grain: "month", timeRange: P.q3 }),
  },
  {
    id: "trend.quarterly-spend-2026",
    tags: ["trend"],
    questions: ["spend by quarter this year"],
    expect: qm({ metrics: ["spend"], dimensions: ["date"], grain: "quarter", timeRange: P.ytd }),
  },
  {
    id: "trend.daily-orders-14-days",
    tags: ["trend"],
    questions: ["chart daily orders for the past 14 days"],
    expect: qm({ metrics: ["orders"], dimensions: ["date"], grain: "day", timeRange: P.last14 }),
  },
  {
    id: "trend.monthly-aov-2026",
    tags: ["trend"],
    questions: ["average order value by month in 2026"],
    expect: qm({
      metrics: ["average_order_value"],
      dimensions: ["date"],
      grain: "month",
      timeRange: P.range("2026-01-01", "2026-12-31"),
    }),
  },
];
