/**
 * Phrasings for the kinds of question blind set 4 showed answered as a different question: a
 * ranking of days (not "the last N days"), two named periods with a worry (a comparison, not an
 * anomaly scan), where journeys began against where they ended, actions asked for ("ways to lift
 * X"), and paid marketing's profit after the margin. Our own wordings of each kind; the blind
 * sets are held out and not copied here (evals/blind/README.md).
 */
import type { PhrasingRow } from "./index.ts";

const DEFAULT_30 = { from: "2026-10-02", to: "2026-10-31" };
const THIS_YEAR = { from: "2026-01-01", to: "2026-11-01" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };

export const UNDERSTAND4: PhrasingRow[] = [
  // A ranking of days, weeks or months by a metric: the date breakdown ordered, N rows.
  [
    "top 5 days for orders this year",
    "query_metrics",
    {
      dimensions: ["date"],
      grain: "day",
      orderBy: [{ field: "orders", direction: "desc" }],
      limit: 5,
      timeRange: THIS_YEAR,
    },
  ],
  [
    "show me our 10 biggest days for revenue in q3",
    "query_metrics",
    {
      dimensions: ["date"],
      grain: "day",
      orderBy: [{ field: "revenue", direction: "desc" }],
      limit: 10,
      timeRange: Q3,
    },
  ],
  [
    "top 3 weeks by spend in 2026",
    "query_metrics",
    { dimensions: ["date"], grain: "week", orderBy: [{ field: "spend", direction: "desc" }], limit: 3 },
  ],
  // Two named periods with a worry ("did something break"): the comparison answers it.
  [
    "did something go wrong with meta cpa in september compared to august",
    "compare_periods",
    {
      metrics: ["cpa"],
      period: { from: "2026-09-01", to: "2026-09-30" },
      compareTo: { from: "2026-08-01", to: "2026-08-31" },
    },
  ],
  [
    "email revenue june vs may, anything broken?",
    "compare_periods",
    {
      metrics: ["revenue"],
      period: { from: "2026-06-01", to: "2026-06-30" },
      compareTo: { from: "2026-05-01", to: "2026-05-31" },
    },
  ],
  // Where journeys began against where they ended.
  [
    "of customers who came in via email, how many ended up converting on paid search",
    "journeys",
    { analysis: "first_last", firstChannel: "email", period: DEFAULT_30 },
  ],
  [
    "when people first discover us on referral sites do they eventually purchase through ads",
    "journeys",
    { analysis: "first_last", firstChannel: "referral", period: DEFAULT_30 },
  ],
  ["first touch vs last touch channel matrix for q3", "journeys", { analysis: "first_last", period: Q3 }],
  // Actions asked for: the recommendations, not the metric's figure.
  ["a couple of ways to lift our conversion rate", "recommend", { focus: "all" }],
  ["what can we do next month to bring down cac", "recommend", { focus: "all" }],
  ["five ideas we could try to boost roas", "recommend", { focus: "all" }],
  // Paid marketing's profit after the margin, with break-even beside each channel.
  ["are our ads really making us money", "profitability", { analysis: "channel_profit" }],
  ["is advertising profitable once you count cost of goods", "profitability", { analysis: "channel_profit" }],
  ["is our paid media profitable overall", "profitability", { analysis: "channel_profit" }],
  // CAC payback: when gross profit per customer covers CAC (cohorts), not CAC alone.
  ["what's our cac payback period", "cohorts", { groupBy: "first_touch_channel", show: "payback" }],
  ["how many months before a new customer pays back their acquisition cost", "cohorts", { show: "payback" }],
  ["how fast do we recoup cac by channel", "cohorts", { groupBy: "first_touch_channel", show: "payback" }],
  // One model judged against the others: the multi-touch models beside it.
  [
    "which channels does first click shortchange",
    "attribution",
    { models: ["first_touch", "linear", "markov"] },
  ],
  ["what is last touch over-crediting", "attribution", { models: ["last_touch", "linear", "markov"] }],
];
