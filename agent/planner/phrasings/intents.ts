/** Phrasings for comparisons, why-questions, attribution, budget, anomalies, definitions, catalog. */
import type { PhrasingRow } from "./index.ts";

/** Shared expected ranges at 2026-11-01 (New York). */
const LAST_MONTH = { from: "2026-10-01", to: "2026-10-31" };
const DEFAULT_30 = { from: "2026-10-02", to: "2026-10-31" };
const LAST_WEEK = { from: "2026-10-19", to: "2026-10-25" };
const WEEK_BEFORE = { from: "2026-10-12", to: "2026-10-18" };
const THIS_WEEK = { from: "2026-10-26", to: "2026-11-01" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
// Budget plans on the 1st plan the month starting today (fix6d: budget-period.ts).
const NEXT_MONTH = { from: "2026-11-01", to: "2026-11-30" };
const LAST_7 = { from: "2026-10-25", to: "2026-10-31" };
const meta = { field: "platform", op: "in", values: ["meta_ads"] };

export const COMPARE: PhrasingRow[] = [
  [
    "revenue this week vs last week",
    "compare_periods",
    { metrics: ["revenue"], period: THIS_WEEK, compareTo: LAST_WEEK },
  ],
  [
    "this week vs last week spend",
    "compare_periods",
    { metrics: ["spend"], period: THIS_WEEK, compareTo: LAST_WEEK },
  ],
  [
    "October vs September revenue",
    "compare_periods",
    { metrics: ["revenue"], period: LAST_MONTH, compareTo: SEPT },
  ],
  [
    "compare ROAS in october with september",
    "compare_periods",
    { metrics: ["roas"], period: LAST_MONTH, compareTo: SEPT },
  ],
  [
    "ROAS by channel last month vs the month before",
    "compare_periods",
    { metrics: ["roas"], dimensions: ["channel"], period: LAST_MONTH, compareTo: SEPT },
  ],
  [
    "revenue last month compared to the previous month",
    "compare_periods",
    { period: LAST_MONTH, compareTo: SEPT },
  ],
  [
    "revenue vs same period last year",
    "compare_periods",
    { period: DEFAULT_30, compareTo: { from: "2025-10-02", to: "2025-10-31" } },
  ],
  [
    "Q3 orders vs same period last year",
    "compare_periods",
    { period: Q3, compareTo: { from: "2025-07-01", to: "2025-09-30" } },
  ],
  [
    "YoY revenue growth for Q3",
    "compare_periods",
    { period: Q3, compareTo: { from: "2025-07-01", to: "2025-09-30" } },
  ],
  ["spend MoM", "compare_periods", { metrics: ["spend"], period: LAST_MONTH, compareTo: SEPT }],
  [
    "how did CAC change last month",
    "compare_periods",
    { metrics: ["cac"], period: LAST_MONTH, compareTo: SEPT },
  ],
  [
    "did revenue grow in Q3?",
    "compare_periods",
    { period: Q3, compareTo: { from: "2026-04-01", to: "2026-06-30" } },
  ],
  [
    "is CPA up or down last week",
    "compare_periods",
    { metrics: ["cpa"], period: LAST_WEEK, compareTo: WEEK_BEFORE },
  ],
  [
    "week over week sessions",
    "compare_periods",
    { metrics: ["sessions"], period: LAST_WEEK, compareTo: WEEK_BEFORE },
  ],
  [
    "Q3 vs Q2 spend by platform",
    "compare_periods",
    { dimensions: ["platform"], period: Q3, compareTo: { from: "2026-04-01", to: "2026-06-30" } },
  ],
  [
    "revenue in September versus August",
    "compare_periods",
    { period: SEPT, compareTo: { from: "2026-08-01", to: "2026-08-31" } },
  ],
  [
    "how does this month compare to last month for orders",
    "compare_periods",
    { metrics: ["orders"], period: { from: "2026-11-01", to: "2026-11-01" }, compareTo: LAST_MONTH },
  ],
  [
    "meta roas last week vs the week before",
    "compare_periods",
    { filters: [meta], period: LAST_WEEK, compareTo: WEEK_BEFORE },
  ],
];

export const EXPLAIN: PhrasingRow[] = [
  [
    "why did revenue drop last week?",
    "explain_change",
    { metric: "revenue", period: LAST_WEEK, compareTo: WEEK_BEFORE, dimensions: ["channel"] },
  ],
  ["Why is ROAS down this month?", "explain_change", { metric: "roas", dimensions: ["channel"] }],
  [
    "what caused the spike in CPA yesterday",
    "explain_change",
    {
      metric: "cpa",
      period: { from: "2026-10-31", to: "2026-10-31" },
      compareTo: { from: "2026-10-30", to: "2026-10-30" },
    },
  ],
  [
    "what drove the increase in orders in October",
    "explain_change",
    { metric: "orders", period: LAST_MONTH, compareTo: SEPT },
  ],
  ["explain the drop in sessions last week", "explain_change", { metric: "sessions", period: LAST_WEEK }],
  [
    "why did spend go up in Q3 by campaign",
    "explain_change",
    { metric: "spend", dimensions: ["campaign"], period: Q3 },
  ],
  [
    "reasons for the decline in conversion rate last month",
    "explain_change",
    { metric: "conversion_rate", period: LAST_MONTH },
  ],
  [
    "why was CAC higher in October than September",
    "explain_change",
    { metric: "cac", period: LAST_MONTH, compareTo: SEPT },
  ],
  [
    "how come revenue fell on Meta last week",
    "explain_change",
    { metric: "revenue", filters: [meta], period: LAST_WEEK },
  ],
  [
    "what is behind the dip in AOV this week",
    "explain_change",
    { metric: "average_order_value", period: THIS_WEEK },
  ],
];

export const ATTRIBUTION: PhrasingRow[] = [
  [
    "which channel drives the most revenue under a data-driven model",
    "attribution",
    { models: ["markov", "shapley"], level: "channel", metric: "revenue" },
  ],
  [
    "compare first and last touch for paid social",
    "attribution",
    { models: ["first_touch", "last_touch"], channels: ["paid_social"] },
  ],
  [
    "first touch vs last touch attribution by channel last quarter",
    "attribution",
    { models: ["first_touch", "last_touch"], level: "channel", period: Q3 },
  ],
  [
    "markov attribution by campaign in Q3",
    "attribution",
    { models: ["markov"], level: "campaign", period: Q3 },
  ],
  ["shapley credit per channel last month", "attribution", { models: ["shapley"], period: LAST_MONTH }],
  ["how much credit does email get under linear", "attribution", { models: ["linear"], channels: ["email"] }],
  [
    "compare all attribution models",
    "attribution",
    { models: ["first_touch", "last_touch", "linear", "time_decay", "position_based", "markov", "shapley"] },
  ],
  [
    "last click vs time decay for display",
    "attribution",
    { models: ["last_touch", "time_decay"], channels: ["display"] },
  ],
  [
    "u-shaped attribution of conversions",
    "attribution",
    { models: ["position_based"], metric: "conversions" },
  ],
  [
    "attributed orders by channel with a data driven model",
    "attribution",
    { models: ["markov", "shapley"], metric: "conversions" },
  ],
  [
    "what does attribution say about paid search",
    "attribution",
    { models: ["last_touch", "linear", "markov"], channels: ["paid_search"] },
  ],
  [
    "ROAS by channel under the markov model",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["channel"], attributionModel: "markov" },
  ],
  [
    "cpa by channel using first touch last month",
    "query_metrics",
    { metrics: ["cpa"], attributionModel: "first_touch", timeRange: LAST_MONTH },
  ],
];

export const BUDGET: PhrasingRow[] = [
  [
    "how should I split $50k next month",
    "recommend_budget",
    { totalBudget: 50000, period: NEXT_MONTH, level: "channel" },
  ],
  [
    "How should we allocate a $120,000 budget across channels in December?",
    "recommend_budget",
    { totalBudget: 120000, period: { from: "2026-12-01", to: "2026-12-31" } },
  ],
  ["where should I move budget", "recommend_budget", { period: NEXT_MONTH, changes: [] }],
  [
    "what if I cut TikTok by half",
    "recommend_budget",
    { level: "platform", changes: [{ dimension: "platform", value: "tiktok_ads", changePercent: -50 }] },
  ],
  [
    "what happens if we double Meta spend",
    "recommend_budget",
    { changes: [{ dimension: "platform", value: "meta_ads", changePercent: 100 }] },
  ],
  [
    "what if we pause display",
    "recommend_budget",
    { changes: [{ dimension: "channel", value: "display", changePercent: -100 }] },
  ],
  [
    "what if I increase paid search by 20%",
    "recommend_budget",
    { changes: [{ dimension: "channel", value: "paid_search", changePercent: 20 }] },
  ],
  [
    "what if we reduce google by $5k",
    "recommend_budget",
    { changes: [{ dimension: "platform", value: "google_ads", changeAmount: -5000 }] },
  ],
  [
    "move $10k from display to paid search",
    "recommend_budget",
    {
      changes: [
        { value: "display", changeAmount: -10000 },
        { value: "paid_search", changeAmount: 10000 },
      ],
    },
  ],
  [
    "allocate 1.2m next quarter but keep email fixed",
    "recommend_budget",
    { totalBudget: 1200000, period: { from: "2027-01-01", to: "2027-03-31" }, lockedChannels: ["email"] },
  ],
  [
    "split $80k in January, keep affiliate and email as is",
    "recommend_budget",
    { totalBudget: 80000, period: { from: "2027-01-01", to: "2027-01-31" } },
  ],
  ["should we spend more on paid social?", "recommend_budget", { period: NEXT_MONTH }],
  [
    "best budget mix for next month to maximize orders",
    "recommend_budget",
    { objective: "orders", period: NEXT_MONTH },
  ],
  ["optimize spend for next week", "recommend_budget", { period: { from: "2026-11-02", to: "2026-11-08" } }],
  [
    "what if we cut tiktok by 30% and put $5k more into meta",
    "recommend_budget",
    {
      changes: [
        { value: "tiktok_ads", changePercent: -30 },
        { value: "meta_ads", changeAmount: 5000 },
      ],
    },
  ],
];

export const ANOMALIES: PhrasingRow[] = [
  [
    "anything unusual last week?",
    "detect_anomalies",
    { period: LAST_WEEK, metrics: ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"] },
  ],
  [
    "any anomalies in spend yesterday",
    "detect_anomalies",
    { metrics: ["spend"], period: { from: "2026-10-31", to: "2026-10-31" } },
  ],
  ["did anything weird happen with CPC this month", "detect_anomalies", { metrics: ["cpc"] }],
  [
    "are there any spikes in revenue by channel",
    "detect_anomalies",
    { metrics: ["revenue"], dimension: "channel", period: LAST_7 },
  ],
  [
    "flag outliers in ROAS by campaign in October",
    "detect_anomalies",
    { metrics: ["roas"], dimension: "campaign", period: LAST_MONTH },
  ],
  ["something off with Meta spend?", "detect_anomalies", { metrics: ["spend"], filters: [meta] }],
  ["anything stand out in the past 7 days", "detect_anomalies", { period: LAST_7 }],
  [
    "any unexpected drops in sessions last month",
    "detect_anomalies",
    { metrics: ["sessions"], period: LAST_MONTH },
  ],
];

export const DEFINE: PhrasingRow[] = [
  ["what is ROAS here", "describe_metric", { metric: "roas" }],
  ["how do you calculate CAC", "describe_metric", { metric: "cac" }],
  ["what does AOV mean", "describe_metric", { metric: "average_order_value" }],
  ["define conversion rate", "describe_metric", { metric: "conversion_rate" }],
  ["how is CPA calculated?", "describe_metric", { metric: "cpa" }],
  ["what's the formula for ROI", "describe_metric", { metric: "roi" }],
  ["what is CTOR", "describe_metric", { metric: "email_click_to_open_rate" }],
  ["definition of platform roas", "describe_metric", { metric: "platform_roas" }],
  ["what do you mean by blended cac", "describe_metric", { metric: "cac" }],
  ["how is bounce rate measured", "describe_metric", { metric: "bounce_rate" }],
];

export const TYPOS_AND_CATALOG: PhrasingRow[] = [
  ["roaz last month", "query_metrics", { metrics: ["roas", "mer"], timeRange: LAST_MONTH }],
  ["convrsion rate by channel", "query_metrics", { metrics: ["conversion_rate"], dimensions: ["channel"] }],
  [
    "revnue by platform in Q3",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["platform"], timeRange: Q3 },
  ],
  ["impresions yesterday", "query_metrics", { metrics: ["impressions"] }],
  ["averge order value last month", "query_metrics", { metrics: ["average_order_value"] }],
  ["bouce rate last week", "query_metrics", { metrics: ["bounce_rate"] }],
  // Lifetime value is answered by the cohorts tool (customers of the last 12 months by first touch).
  [
    "what's our LTV?",
    "cohorts",
    { groupBy: "first_touch_channel", period: { from: "2025-11-01", to: "2026-10-31" } },
  ],
  // fix5b: NPS is known not to be tracked: said plainly, with the repeat-purchase rate as the nearest.
  ["what is our net promoter score last month", "cohorts", {}],
  ["what can you do", "search_catalog", { query: "" }],
  ["which metrics can I ask about", "search_catalog", { query: "" }],
  ["what channels do we have", "list_dimension_values", { dimension: "channel" }],
  ["list our campaigns", "list_dimension_values", { dimension: "campaign" }],
  ["which platforms are we running", "list_dimension_values", { dimension: "platform" }],
];
