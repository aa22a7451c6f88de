/**
 * Phrasings for fix12c's kinds (session 17): a ranking by how a metric moved inside one named
 * period (against the period before), paid channels losing money at a margin, a platform's claim
 * set against "your" (the assistant's) figures, creative fatigue of a campaign or platform (its
 * weekly CTR), and which attribution model credits one member most (every model). My own
 * wordings; the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const r = (from: string, to: string) => ({ from, to });
/** The reported side, the tracked side, their gap and ratio, conversions then revenue. */
const GAP_METRICS = [
  "platform_conversions",
  "orders",
  "platform_conversions_minus_tracked",
  "platform_conversions_over_tracked",
  "platform_revenue",
  "revenue",
  "platform_revenue_minus_tracked",
  "platform_revenue_over_tracked",
];
const FATIGUE_METRICS = ["ctr", "impressions", "clicks"];
const EVERY_PATH_MODEL = [
  "first_touch",
  "last_touch",
  "last_non_direct",
  "linear",
  "linear_distinct",
  "time_decay",
  "position_based",
  "w_shaped",
  "markov",
  "shapley",
];

export const FIX12C: PhrasingRow[] = [
  // change-ranking.ts + metric-question.ts: one period named, ranked by the move from the one before.
  [
    "which channel saw the steepest fall in roas in september",
    "compare_periods",
    {
      metrics: ["roas"],
      dimensions: ["channel"],
      period: r("2026-09-01", "2026-09-30"),
      compareTo: r("2026-08-01", "2026-08-31"),
    },
  ],
  [
    "what campaign had the largest jump in spend last month",
    "compare_periods",
    {
      metrics: ["spend"],
      dimensions: ["campaign"],
      period: r("2026-10-01", "2026-10-31"),
      compareTo: r("2026-09-01", "2026-09-30"),
    },
  ],
  [
    "which platform's cpc rose the most in q3",
    "compare_periods",
    {
      metrics: ["cpc"],
      dimensions: ["platform"],
      period: r("2026-07-01", "2026-09-30"),
      compareTo: r("2026-04-01", "2026-06-30"),
    },
  ],
  // profitability-intent.ts: losing money is judged against break-even, at the margin stated.
  [
    "which paid channels lost money last quarter at a 40% margin",
    "profitability",
    { analysis: "channel_profit", period: r("2026-07-01", "2026-09-30"), grossMargin: 0.4 },
  ],
  [
    "what ad channels are underwater in september",
    "profitability",
    { analysis: "channel_profit", period: r("2026-09-01", "2026-09-30") },
  ],
  [
    "are any of our paid sources not breaking even this year",
    "profitability",
    { analysis: "channel_profit" },
  ],
  // platform-gap-intent.ts: "you" / "your numbers" are our tracked side.
  [
    "how come tiktok claims more sales than you show",
    "query_metrics",
    { metrics: GAP_METRICS, filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }] },
  ],
  [
    "why is google reporting more purchases than your numbers",
    "query_metrics",
    { metrics: GAP_METRICS, filters: [{ field: "platform", op: "in", values: ["google_ads"] }] },
  ],
  [
    "facebook counts way more conversions than this dashboard does, why",
    "query_metrics",
    { metrics: GAP_METRICS, filters: [{ field: "platform", op: "in", values: ["meta_ads"] }] },
  ],
  // creative-fatigue-intent.ts: the weekly CTR of what is named, with a note on what is missing.
  [
    "any sign of ad fatigue on the retargeting campaign",
    "query_metrics",
    {
      metrics: FATIGUE_METRICS,
      dimensions: ["date"],
      grain: "week",
      filters: [{ field: "campaign", op: "in", values: [1002] }],
    },
  ],
  [
    "are our tiktok videos getting stale? weekly click through rate since june",
    "query_metrics",
    { metrics: ["ctr"], dimensions: ["date"], grain: "week", timeRange: r("2026-06-01", "2026-11-01") },
  ],
  [
    "is the audience fatigued on facebook",
    "query_metrics",
    {
      metrics: FATIGUE_METRICS,
      dimensions: ["date"],
      grain: "week",
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
    },
  ],
  // models.ts: which model credits one member most: every model that runs on the paths.
  [
    "under which model does paid search get the most credit",
    "attribution",
    { models: EVERY_PATH_MODEL, channels: ["paid_search"] },
  ],
  [
    "what model is most generous to affiliate last quarter",
    "attribution",
    { models: EVERY_PATH_MODEL, channels: ["affiliate"], period: r("2026-07-01", "2026-09-30") },
  ],
  [
    "which attribution model gives email the least credit",
    "attribution",
    { models: EVERY_PATH_MODEL, channels: ["email"] },
  ],
];
