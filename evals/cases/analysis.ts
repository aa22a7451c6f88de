/** Cases for analysis questions: comparisons, why-questions, attribution, budget, anomalies. */
import type { ExpectedCall, SourceCase } from "../types.ts";
import { anomalies, attr, budget, cmp, f, P, qm, why } from "./helpers.ts";

const jan2027 = P.range("2027-01-01", "2027-01-31");
const noValues = (e: { calls?: ExpectedCall[] }) => ({
  calls: e.calls?.map((c) => ({ ...c, noValues: true })),
});

/** Two periods side by side. */
export const COMPARISONS: SourceCase[] = [
  {
    id: "compare.revenue-oct-vs-sep",
    tags: ["comparison"],
    questions: ["How did October revenue compare with September?", "revenue in october versus september"],
    expect: cmp({ metrics: ["revenue"], period: P.oct, compareTo: P.sep }),
  },
  {
    id: "compare.spend-last-week-vs-prior",
    tags: ["comparison"],
    questions: [
      "spend last week compared with the week before",
      "week-over-week change in ad spend for last week",
    ],
    expect: cmp({ metrics: ["spend"], period: P.lastWeek, compareTo: P.weekBefore }),
  },
  {
    id: "compare.roas-q3-vs-q2",
    tags: ["comparison"],
    questions: ["ROAS in Q3 against Q2", "compare ROAS between Q2 and Q3"],
    expect: cmp({ metrics: ["roas"], period: P.q3, compareTo: P.q2 }),
  },
  {
    id: "compare.orders-oct-yoy",
    tags: ["comparison"],
    questions: ["orders in October compared to October last year"],
    expect: cmp({ metrics: ["orders"], period: P.oct, compareTo: P.oct2025 }),
  },
  {
    id: "compare.cac-by-channel-oct-vs-sep",
    tags: ["comparison", "breakdown"],
    questions: ["CAC by channel, October versus September"],
    expect: cmp({ metrics: ["cac"], dimensions: ["channel"], period: P.oct, compareTo: P.sep }),
  },
  {
    id: "compare.sessions-this-week",
    tags: ["comparison"],
    questions: ["how do this week's sessions stack up against last week's"],
    // This week has data through Saturday: the same six days of last week, like for like.
    expect: cmp({
      metrics: ["sessions"],
      period: P.range("2026-10-26", "2026-10-31"),
      compareTo: P.range("2026-10-19", "2026-10-24"),
    }),
  },
  {
    id: "compare.meta-spend-sep-vs-aug",
    tags: ["comparison", "filter"],
    questions: ["Meta spend in September vs August"],
    expect: cmp({
      metrics: ["spend"],
      filters: [f("platform", "meta_ads")],
      period: P.sep,
      compareTo: P.aug,
    }),
  },
  {
    id: "compare.aov-sep-to-oct",
    tags: ["comparison"],
    questions: ["how did AOV change from September to October"],
    expect: cmp({ metrics: ["average_order_value"], period: P.oct, compareTo: P.sep }),
  },
  {
    id: "compare.revenue-spend-q3-vs-q2",
    tags: ["comparison"],
    questions: ["revenue and spend, Q3 compared to Q2"],
    expect: cmp({ metrics: ["revenue", "spend"], period: P.q3, compareTo: P.q2 }),
  },
  {
    id: "compare.cvr-aug-vs-jul",
    tags: ["comparison"],
    questions: ["did conversion rate improve in August over July?"],
    expect: cmp({ metrics: ["conversion_rate"], period: P.aug, compareTo: P.jul }),
  },
  {
    id: "compare.cpc-platform-oct-vs-sep",
    tags: ["comparison", "breakdown"],
    questions: ["CPC per platform in October vs September"],
    expect: cmp({ metrics: ["cpc"], dimensions: ["platform"], period: P.oct, compareTo: P.sep }),
  },
  {
    id: "compare.beta-revenue-oct-vs-sep",
    tags: ["comparison", "beta"],
    org: "beta-bikes",
    questions: ["compare October's revenue with September's"],
    expect: cmp({ metrics: ["revenue"], period: P.oct, compareTo: P.sep }),
  },
];

/** What explains a change. */
export const WHY: SourceCase[] = [
  {
    id: "why.orders-oct",
    tags: ["why"],
    questions: [
      "Why did orders change in October compared with September?",
      "what drove the change in orders from September to October",
    ],
    expect: why({ metric: "orders", period: P.oct, compareTo: P.sep, dimensions: ["channel"] }),
  },
  {
    id: "why.roas-last-week",
    tags: ["why"],
    questions: ["what's behind the ROAS movement last week?"],
    expect: why({ metric: "roas", period: P.lastWeek, compareTo: P.weekBefore }),
  },
  {
    id: "why.spend-q3-by-platform",
    tags: ["why"],
    questions: ["why did spend rise in Q3? break it down by platform"],
    expect: why({ metric: "spend", period: P.q3, compareTo: P.q2, dimensions: ["platform"] }),
  },
  {
    id: "why.cac-oct",
    tags: ["why"],
    questions: ["why did our CAC go up in October", "explain October's CAC increase"],
    expect: why({ metric: "cac", period: P.oct, compareTo: P.sep }),
  },
  {
    id: "why.sessions-sep",
    tags: ["why"],
    questions: ["what explains the drop in traffic in September"],
    expect: why({ metric: "sessions", period: P.sep, compareTo: P.aug }),
  },
  {
    id: "why.revenue-yesterday",
    tags: ["why"],
    questions: ["why was revenue so low yesterday?"],
    expect: why({ metric: "revenue", period: P.yesterday, compareTo: P.dayBefore }),
  },
  {
    id: "why.spend-oct-by-campaign",
    tags: ["why"],
    questions: ["which campaigns drove the change in spend in October?"],
    expect: why({ metric: "spend", period: P.oct, compareTo: P.sep, dimensions: ["campaign"] }),
  },
  {
    id: "why.meta-spend-last-week",
    tags: ["why", "filter"],
    questions: ["why did Meta spend move last week?"],
    expect: why({
      metric: "spend",
      filters: [f("platform", "meta_ads")],
      period: P.lastWeek,
      compareTo: P.weekBefore,
    }),
  },
  {
    id: "why.aov-aug",
    tags: ["why"],
    questions: ["what made average order value change in August?"],
    expect: why({ metric: "average_order_value", period: P.aug, compareTo: P.jul }),
  },
  {
    id: "why.beta-orders-oct",
    tags: ["why", "beta"],
    org: "beta-bikes",
    questions: ["why did orders change in October?"],
    expect: why({ metric: "orders", period: P.oct, compareTo: P.sep }),
  },
];

/** Multi-touch attribution, and metrics under a chosen model. */
export const ATTRIBUTION_CASES: SourceCase[] = [
  {
    id: "attribution.markov-channel-q3",
    tags: ["attribution"],
    questions: [
      "credit per channel under the Markov model for Q3",
      "Q3 markov chain attribution per channel",
    ],
    expect: attr({ models: ["markov"], level: "channel", period: P.q3 }),
  },
  {
    id: "attribution.first-vs-last-oct",
    tags: ["attribution"],
    questions: ["first-touch versus last-touch revenue by channel in October"],
    expect: attr({
      models: ["first_touch", "last_touch"],
      level: "channel",
      metric: "revenue",
      period: P.oct,
    }),
  },
  {
    id: "attribution.shapley-campaign-sep",
    tags: ["attribution"],
    questions: [
      "Shapley attribution by campaign in September",
      "campaign-level shapley credit for September",
    ],
    expect: attr({ models: ["shapley"], level: "campaign", period: P.sep }),
  },
  {
    id: "attribution.linear-orders-oct",
    tags: ["attribution"],
    questions: ["linear attribution of orders by channel in October"],
    expect: attr({ models: ["linear"], level: "channel", metric: "conversions", period: P.oct }),
  },
  {
    id: "attribution.time-decay-email-q3",
    tags: ["attribution", "filter"],
    questions: ["how much revenue does time decay credit to email in Q3"],
    expect: attr({ models: ["time_decay"], channels: ["email"], metric: "revenue", period: P.q3 }),
  },
  {
    id: "attribution.position-paid-social-sep",
    tags: ["attribution", "filter"],
    questions: ["position-based credit for paid social in September"],
    expect: attr({ models: ["position_based"], channels: ["paid_social"], period: P.sep }),
  },
  {
    id: "attribution.w-shaped-oct",
    tags: ["attribution"],
    questions: ["W-shaped attribution by channel for October"],
    expect: attr({ models: ["w_shaped"], level: "channel", period: P.oct }),
  },
  {
    id: "attribution.data-driven-oct",
    tags: ["attribution"],
    note: "any data-driven model set is fine as long as it includes markov, whose credits are checked",
    questions: ["which channel gets the most credit with data-driven attribution in October"],
    expect: {
      calls: [
        {
          name: "attribution",
          args: { level: "channel", period: P.oct },
          compute: { models: ["markov"], level: "channel", period: P.oct },
        },
      ],
    },
  },
  {
    id: "attribution.last-non-direct-q3",
    tags: ["attribution"],
    questions: ["last non-direct click attribution by channel in Q3"],
    expect: attr({ models: ["last_non_direct"], level: "channel", period: P.q3 }),
  },
  {
    id: "attribution.counterfactual-oct",
    tags: ["attribution"],
    questions: ["counterfactual attribution of revenue by channel in October"],
    expect: attr({ models: ["counterfactual"], level: "channel", metric: "revenue", period: P.oct }),
  },
  {
    id: "attribution.roas-markov-sep",
    tags: ["attribution", "breakdown"],
    questions: ["ROAS by channel in September using Markov attribution"],
    expect: qm({ metrics: ["roas"], dimensions: ["channel"], attributionModel: "markov", timeRange: P.sep }),
  },
  {
    id: "attribution.cpa-first-touch-oct",
    tags: ["attribution", "breakdown"],
    questions: ["CPA per channel with first-touch attribution in October"],
    expect: qm({
      metrics: ["cpa"],
      dimensions: ["channel"],
      attributionModel: "first_touch",
      timeRange: P.oct,
    }),
  },
  {
    id: "attribution.beta-markov-oct",
    tags: ["attribution", "beta"],
    org: "beta-bikes",
    questions: ["markov attribution by channel for October"],
    expect: attr({ models: ["markov"], level: "channel", period: P.oct }),
  },
];

/** Budget splits and what-ifs (amounts in the question are inputs, not data). */
export const BUDGET_CASES: SourceCase[] = [
  {
    id: "budget.split-60k-dec",
    tags: ["budget"],
    questions: [
      "How would you allocate $60k across channels in December?",
      "split a 60,000 dollar budget over our channels for December",
    ],
    expect: budget({ totalBudget: 60000, period: P.dec2026, level: "channel" }),
  },
  {
    id: "budget.split-25k-next-week",
    tags: ["budget"],
    questions: ["plan a $15,000 budget for next week"],
    expect: budget({ totalBudget: 15000, period: P.nextWeek }),
  },
  {
    id: "budget.lock-affiliate-jan",
    tags: ["budget"],
    questions: ["how should we reshuffle our current spend in January while keeping affiliate where it is?"],
    expect: budget({ period: jan2027, lockedChannels: ["affiliate"] }),
  },
  {
    id: "budget.what-if-tiktok-cut",
    tags: ["budget"],
    questions: [
      "what would happen if we cut TikTok spend by 25% next month",
      "impact of reducing TikTok budget by a quarter next month",
    ],
    expect: budget({
      period: P.nextMonth,
      changes: [{ dimension: "platform", value: "tiktok_ads", changePercent: -25 }],
    }),
  },
  {
    id: "budget.what-if-meta-raise",
    tags: ["budget"],
    questions: ["predict the effect of raising Meta spend 50% in December"],
    expect: budget({
      period: P.dec2026,
      changes: [{ dimension: "platform", value: "meta_ads", changePercent: 50 }],
    }),
  },
  {
    id: "budget.what-if-affiliate-off",
    tags: ["budget"],
    questions: ["what if we turned off affiliate next month"],
    expect: budget({
      period: P.nextMonth,
      changes: [{ dimension: "channel", value: "affiliate", changePercent: -100 }],
    }),
  },
  {
    id: "budget.what-if-display-less",
    tags: ["budget"],
    questions: ["what if display got $500 less next month"],
    expect: budget({
      period: P.nextMonth,
      changes: [{ dimension: "channel", value: "display", changeAmount: -500 }],
    }),
  },
  {
    id: "budget.max-orders-next-quarter",
    tags: ["budget"],
    questions: ["best split of our current spend to maximize orders next quarter"],
    expect: budget({ objective: "orders", period: P.nextQuarter, changes: [] }),
  },
  {
    id: "budget.platforms-40k",
    tags: ["budget"],
    questions: ["how should we divide $40k between ad platforms next month"],
    expect: budget({ totalBudget: 40000, level: "platform", period: P.nextMonth }),
  },
  {
    id: "budget.reallocate",
    tags: ["budget"],
    questions: ["where should next month's budget go?"],
    expect: budget({ period: P.nextMonth, changes: [] }),
  },
  {
    id: "budget.double-paid-search",
    tags: ["budget"],
    questions: ["what if we doubled paid search in December"],
    expect: budget({
      period: P.dec2026,
      changes: [{ dimension: "channel", value: "paid_search", changePercent: 100 }],
    }),
  },
  {
    id: "budget.beta-split-15k",
    tags: ["budget", "beta"],
    org: "beta-bikes",
    questions: ["how should we allocate €15k next month"],
    expect: budget({ totalBudget: 15000, period: P.nextMonth }),
  },
];

/** Unusual days. */
export const ANOMALY_CASES: SourceCase[] = [
  {
    id: "anomaly.spend-oct",
    tags: ["anomaly"],
    questions: ["were there any unusual days in spend during October?", "spend anomalies in October"],
    expect: anomalies({ metrics: ["spend"], period: P.oct }),
  },
  {
    id: "anomaly.revenue-by-channel-last-week",
    tags: ["anomaly"],
    questions: [
      "any revenue anomalies by channel last week?",
      "did any channel's revenue behave abnormally last week",
    ],
    expect: anomalies({ metrics: ["revenue"], dimension: "channel", period: P.lastWeek }),
  },
  {
    id: "anomaly.roas-last-14",
    tags: ["anomaly"],
    questions: ["flag abnormal ROAS days in the last 14 days"],
    expect: anomalies({ metrics: ["roas"], period: P.last14 }),
  },
  {
    id: "anomaly.orders-sep",
    tags: ["anomaly"],
    questions: ["did orders spike or crash anywhere in September"],
    expect: anomalies({ metrics: ["orders"], period: P.sep }),
  },
  {
    id: "anomaly.cpc-by-campaign-oct",
    tags: ["anomaly"],
    questions: ["unusual CPC by campaign in October"],
    expect: anomalies({ metrics: ["cpc"], dimension: "campaign", period: P.oct }),
  },
  {
    id: "anomaly.tiktok-spend-last-week",
    tags: ["anomaly", "filter"],
    questions: ["anything odd about TikTok spend last week"],
    expect: anomalies({ metrics: ["spend"], filters: [f("platform", "tiktok_ads")], period: P.lastWeek }),
  },
  {
    id: "anomaly.sessions-high-sensitivity",
    tags: ["anomaly"],
    questions: ["scan sessions for anomalies in October with high sensitivity"],
    expect: anomalies({ metrics: ["sessions"], period: P.oct, sensitivity: "high" }),
  },
  {
    id: "anomaly.anything-this-week",
    tags: ["anomaly"],
    note: "which metrics to scan is the agent's choice",
    questions: ["anything strange going on this week?"],
    expect: noValues(anomalies({ period: P.thisWeek })),
  },
  {
    id: "anomaly.beta-revenue-last-week",
    tags: ["anomaly", "beta"],
    org: "beta-bikes",
    questions: ["any anomalies in revenue last week?"],
    expect: anomalies({ metrics: ["revenue"], period: P.lastWeek }),
  },
];
