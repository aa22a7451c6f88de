/**
 * Phrasings from a probe of marketer shorthand, typos, period slices, side-by-side comparisons,
 * definitions, campaign words and rankings (two phrasings of each idea). now = 2026-11-01.
 */
import type { PhrasingRow } from "./index.ts";

const LAST_MONTH = { from: "2026-10-01", to: "2026-10-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const LATE_SEPT = { from: "2026-09-17", to: "2026-09-30" };
const BF_WEEK = { from: "2025-11-24", to: "2025-11-30" };
const paidSearch = { field: "channel", op: "in", values: ["paid_search"] };
const returning = { field: "customer_type", op: "in", values: ["returning"] };
const notNoneCampaign = { field: "campaign", op: "neq", value: null };

export const SHORTHAND: PhrasingRow[] = [
  // Weekends: the latest Saturday-Sunday already over, or the one of a named date.
  [
    "revenue last weekend",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-10-24", to: "2026-10-25" } },
  ],
  [
    "ad spend over the weekend of October 10",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2026-10-10", to: "2026-10-11" } },
  ],
  // Media getting pricier or cheaper is a monthly cost trend.
  [
    "is paid social getting more expensive",
    "query_metrics",
    {
      metrics: ["cpc", "cpm"],
      dimensions: ["date"],
      grain: "month",
      filters: [{ field: "channel", op: "in", values: ["paid_social"] }],
    },
  ],
  [
    "has meta gotten cheaper lately",
    "query_metrics",
    {
      metrics: ["cpc", "cpm"],
      dimensions: ["date"],
      grain: "month",
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
    },
  ],
  // Seasons (meteorological, northern hemisphere); "Summer26" stays a campaign name.
  [
    "how r we doing on email rev this summer",
    "query_metrics",
    {
      metrics: ["revenue"],
      filters: [{ field: "channel", op: "in", values: ["email"] }],
      timeRange: { from: "2026-06-01", to: "2026-08-31" },
    },
  ],
  [
    "revenue last winter",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2025-12-01", to: "2026-02-28" } },
  ],
  [
    "ad spend by channel in the spring of 2026",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["channel"], timeRange: { from: "2026-03-01", to: "2026-05-31" } },
  ],
  // 1. Shorthand: rev, custs, SEM/PPC, "make", "put into".
  [
    "how much rev did we do in aug",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-08-01", to: "2026-08-31" } },
  ],
  [
    "monthly rev trend 2026",
    "query_metrics",
    {
      metrics: ["revenue"],
      dimensions: ["date"],
      grain: "month",
      timeRange: { from: "2026-01-01", to: "2026-12-31" },
    },
  ],
  ["how many new custs did we get in Q3", "query_metrics", { metrics: ["new_customers"], timeRange: Q3 }],
  [
    "new custs by channel last month",
    "query_metrics",
    { metrics: ["new_customers"], dimensions: ["channel"], timeRange: LAST_MONTH },
  ],
  [
    "how much did we put into SEM in October",
    "query_metrics",
    { metrics: ["spend"], filters: [paidSearch], timeRange: LAST_MONTH },
  ],
  [
    "what did we pour into PPC last month",
    "query_metrics",
    { metrics: ["spend"], filters: [paidSearch], timeRange: LAST_MONTH },
  ],
  ["PPC spend last quarter", "query_metrics", { metrics: ["spend"], filters: [paidSearch], timeRange: Q3 }],
  [
    "ROAS on SEM in september",
    "query_metrics",
    { metrics: ["roas"], filters: [paidSearch], timeRange: SEPT },
  ],
  ["how much did we make in September", "query_metrics", { metrics: ["revenue"], timeRange: SEPT }],
  [
    "what did we earn from email last month",
    "query_metrics",
    {
      metrics: ["revenue"],
      filters: [{ field: "channel", op: "in", values: ["email"] }],
      timeRange: LAST_MONTH,
    },
  ],
  // 2. Typos in metric and dimension words.
  [
    "revnue by chanel in september",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["channel"], timeRange: SEPT },
  ],
  [
    "spend by platfrom last week",
    "query_metrics",
    { metrics: ["spend"], dimensions: ["platform"], timeRange: { from: "2026-10-19", to: "2026-10-25" } },
  ],
  [
    "orders per campiagn in october",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["campaign"], timeRange: LAST_MONTH },
  ],
  // 3. Holiday weeks, slices of a month, the data's last days.
  [
    "revenue for the week of Black Friday 2025",
    "query_metrics",
    { metrics: ["revenue"], timeRange: BF_WEEK },
  ],
  ["Black Friday week 2025 orders", "query_metrics", { metrics: ["orders"], timeRange: BF_WEEK }],
  [
    "revenue first week of October",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-10-01", to: "2026-10-07" } },
  ],
  [
    "spend in the first 10 days of september",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2026-09-01", to: "2026-09-10" } },
  ],
  ["revenue last 2 weeks of September", "query_metrics", { metrics: ["revenue"], timeRange: LATE_SEPT }],
  [
    "orders in the last week of August",
    "query_metrics",
    { metrics: ["orders"], timeRange: { from: "2026-08-25", to: "2026-08-31" } },
  ],
  [
    "revenue the last 30 days of the data",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-10-02", to: "2026-10-31" } },
  ],
  [
    "orders over the latest 2 weeks we have",
    "query_metrics",
    { metrics: ["orders"], timeRange: { from: "2026-10-18", to: "2026-10-31" } },
  ],
  // 4. How two metrics differ is a definitions question.
  ["what's the difference between ROAS and ROI", "describe_metric", { metric: "roas" }],
  ["how is CTR different from conversion rate", "describe_metric", { metric: "ctr" }],
  // 6. Two members of one dimension side by side.
  [
    "google vs meta ROAS in october",
    "query_metrics",
    {
      metrics: ["roas"],
      dimensions: ["platform"],
      filters: [{ field: "platform", op: "in", values: ["google_ads", "meta_ads"] }],
      timeRange: LAST_MONTH,
    },
  ],
  [
    "paid search versus paid social spend last month",
    "query_metrics",
    {
      metrics: ["spend"],
      dimensions: ["channel"],
      filters: [{ field: "channel", op: "in", values: ["paid_search", "paid_social"] }],
      timeRange: LAST_MONTH,
    },
  ],
  [
    "which did better in Q3, tiktok or meta",
    "query_metrics",
    {
      dimensions: ["platform"],
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads", "meta_ads"] }],
      timeRange: Q3,
    },
  ],
  // 7. A breakdown over a slice of a month is one query, not a comparison.
  [
    "ROAS by platform for the last 2 weeks of September",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["platform"], filters: [], timeRange: LATE_SEPT },
  ],
  [
    "CPA by channel in the first week of October",
    "query_metrics",
    { metrics: ["cpa"], dimensions: ["channel"], timeRange: { from: "2026-10-01", to: "2026-10-07" } },
  ],
  // 8. "make" from a customer type, two months compared.
  [
    "how much did we make from returning customers in August vs July",
    "compare_periods",
    {
      metrics: ["revenue"],
      filters: [returning],
      period: { from: "2026-08-01", to: "2026-08-31" },
      compareTo: { from: "2026-07-01", to: "2026-07-31" },
    },
  ],
  [
    "what did we make from new customers in september compared to august",
    "compare_periods",
    {
      metrics: ["revenue"],
      filters: [{ field: "customer_type", op: "in", values: ["new"] }],
      period: SEPT,
      compareTo: { from: "2026-08-01", to: "2026-08-31" },
    },
  ],
  // 10. "Best performing" campaigns: by ROAS, without the no-campaign row.
  [
    "best performing campaign last quarter",
    "query_metrics",
    {
      dimensions: ["campaign"],
      filters: [notNoneCampaign],
      orderBy: [{ field: "roas", direction: "desc" }],
      limit: 1,
      timeRange: Q3,
    },
  ],
  [
    "worst performing campaigns in September",
    "query_metrics",
    { dimensions: ["campaign"], filters: [notNoneCampaign], orderBy: [{ field: "roas", direction: "asc" }] },
  ],
  // 11. Campaign-name words as filters; a platform named "Google".
  [
    "revenue from Google in Q3 excluding brand search",
    "query_metrics",
    {
      metrics: ["revenue"],
      filters: [
        { field: "platform", op: "in", values: ["google_ads"] },
        { field: "campaign", op: "not_in", values: [1004] },
      ],
      timeRange: Q3,
    },
  ],
  [
    "spend on Sitewide campaigns in September",
    "query_metrics",
    { metrics: ["spend"], filters: [{ field: "campaign", op: "in", values: [1001, 1002] }], timeRange: SEPT },
  ],
  [
    "Prospecting ROAS",
    "query_metrics",
    {
      metrics: ["roas"],
      filters: [{ field: "campaign", op: "in", values: [1001, 1005] }],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    },
  ],
  // 12. "Did anything break around <holiday>": an anomaly scan over the weeks around it.
  [
    "did anything break in revenue around Black Friday 2025",
    "detect_anomalies",
    { metrics: ["revenue"], period: { from: "2025-11-17", to: "2025-12-07" } },
  ],
  [
    "did something go wrong with orders the week of cyber monday 2025",
    "detect_anomalies",
    { metrics: ["orders"], period: { from: "2025-12-01", to: "2025-12-07" } },
  ],
  // Money next to a currency word is never a year.
  [
    "shift 2000 EUR from google to meta in December",
    "recommend_budget",
    {
      period: { from: "2026-12-01", to: "2026-12-31" },
      changes: [
        { dimension: "platform", value: "google_ads", changeAmount: -2000 },
        { dimension: "platform", value: "meta_ads", changeAmount: 2000 },
      ],
    },
  ],
  [
    "move €2025 from meta to google next month",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      changes: [
        { dimension: "platform", value: "meta_ads", changeAmount: -2025 },
        { dimension: "platform", value: "google_ads", changeAmount: 2025 },
      ],
    },
  ],
  // Budget relative to current spend; imperative what-ifs plan ahead.
  [
    "if I had 20% more budget next month where would you put it",
    "recommend_budget",
    { totalBudgetChangePercent: 20, period: { from: "2026-11-01", to: "2026-11-30" }, changes: [] },
  ],
  [
    "increase the budget by 15% next quarter",
    "recommend_budget",
    { totalBudgetChangePercent: 15, period: { from: "2027-01-01", to: "2027-03-31" } },
  ],
  [
    "put an extra 5000 EUR into the budget for January",
    "recommend_budget",
    { extraBudget: 5000, period: { from: "2027-01-01", to: "2027-01-31" } },
  ],
  ["where should the next 5k euros go", "recommend_budget", { extraBudget: 5000 }],
  [
    "lock email and optimise the rest for January",
    "recommend_budget",
    { lockedChannels: ["email"], period: { from: "2027-01-01", to: "2027-01-31" } },
  ],
  [
    "keep paid search fixed and optimize the remainder next month",
    "recommend_budget",
    { lockedChannels: ["paid_search"], period: { from: "2026-11-01", to: "2026-11-30" } },
  ],
  [
    "cut Meta by 30% next month, what happens to revenue",
    "recommend_budget",
    {
      period: { from: "2026-11-01", to: "2026-11-30" },
      changes: [{ dimension: "platform", value: "meta_ads", changePercent: -30 }],
    },
  ],
  [
    "cut Meta by 30% in January",
    "recommend_budget",
    {
      period: { from: "2027-01-01", to: "2027-01-31" },
      changes: [{ dimension: "platform", value: "meta_ads", changePercent: -30 }],
    },
  ],
  // Parts of months, fortnights, windows ending with a month, the holiday season.
  [
    "from mid-August to mid-September revenue",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-08-15", to: "2026-09-15" } },
  ],
  [
    "spend between early July and late August",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2026-07-01", to: "2026-08-31" } },
  ],
  [
    "revenue in early August",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-08-01", to: "2026-08-10" } },
  ],
  [
    "spend late September",
    "query_metrics",
    { metrics: ["spend"], timeRange: { from: "2026-09-21", to: "2026-09-30" } },
  ],
  [
    "revenue the past fortnight",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-10-18", to: "2026-10-31" } },
  ],
  [
    "orders in the last fortnight of October",
    "query_metrics",
    { metrics: ["orders"], timeRange: { from: "2026-10-18", to: "2026-10-31" } },
  ],
  [
    "revenue the last 90 days of October",
    "query_metrics",
    { metrics: ["revenue"], timeRange: { from: "2026-08-03", to: "2026-10-31" } },
  ],
  [
    "orders in the last 60 days of September",
    "query_metrics",
    { metrics: ["orders"], timeRange: { from: "2026-08-02", to: "2026-09-30" } },
  ],
  [
    "revenue over the holidays",
    "query_metrics",
    { metrics: ["revenue"], filters: [], timeRange: { from: "2025-11-24", to: "2025-12-31" } },
  ],
  [
    "ROAS during the holiday season 2025",
    "query_metrics",
    { metrics: ["roas", "mer"], filters: [], timeRange: { from: "2025-11-24", to: "2025-12-31" } },
  ],
  // Email-only metrics need no email filter.
  [
    "newsletter open rate last month",
    "query_metrics",
    {
      metrics: ["email_open_rate"],
      filters: [{ field: "email_campaign", op: "in", values: ["weekly_newsletter"] }],
      timeRange: LAST_MONTH,
    },
  ],
  [
    "unsubscribe rate for email in September",
    "query_metrics",
    { metrics: ["email_unsubscribe_rate"], filters: [], timeRange: SEPT },
  ],
  // Ranking by a customer count; "what counts as" asks for a definition.
  [
    "top 3 channels by new customers since March",
    "query_metrics",
    {
      metrics: ["new_customers"],
      dimensions: ["channel"],
      filters: [],
      orderBy: [{ field: "new_customers", direction: "desc" }],
      limit: 3,
    },
  ],
  [
    "best 2 campaigns by new customers in Q3",
    "query_metrics",
    {
      metrics: ["new_customers"],
      dimensions: ["campaign"],
      orderBy: [{ field: "new_customers", direction: "desc" }],
      limit: 2,
    },
  ],
  ["what counts as a new customer", "describe_metric", { metric: "new_customers" }],
  ["what counts as a conversion rate here", "describe_metric", { metric: "conversion_rate" }],
];
