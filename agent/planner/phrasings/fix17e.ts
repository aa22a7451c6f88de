/**
 * Phrasings for session 22's fixes (fix17e): asks joined inside one sentence (multi-part.ts
 * clauseParts; the first call is the first part's, fix17e.test.ts checks every part), money made
 * beside spend (paraphrase.ts), first-timers vs repeat buyers (groups.ts), spend on one side of the
 * budget (pacing-intent.ts), every attribution model (models.ts) and a rate this year against the
 * part of last year with data (last-year-partial.ts). Written by hand; the blind sets are held out.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const ALL_MODELS = [
  "first_touch",
  "last_touch",
  "linear",
  "time_decay",
  "position_based",
  "markov",
  "shapley",
];
const LAST_YEAR_PART = { from: "2025-11-01", to: "2025-12-31" };

export const FIX17E: PhrasingRow[] = [
  // Asks joined by ", and which", "plus which", "; also", "? and": each part answered.
  [
    "sessions by channel this quarter; also which channel had the worst bounce rate",
    "query_metrics",
    { metrics: ["sessions"], dimensions: ["channel"] },
  ],
  [
    "wats our roas last week, and whats the worst campain by cpa",
    "query_metrics",
    { metrics: ["roas", "mer"], timeRange: { from: "2026-10-19", to: "2026-10-25" } },
  ],
  [
    "give me total spend for q3 and also tell me the top 3 campaigns by revenue",
    "query_metrics",
    { metrics: ["spend"], timeRange: Q3 },
  ],
  [
    "what was revenue in sept? and how many orders came from email?",
    "query_metrics",
    { metrics: ["revenue"] },
  ],
  // Money made said beside the spend.
  [
    "how much did the tiktok campaigns spend and bring in last quarter",
    "query_metrics",
    { metrics: ["spend", "revenue"] },
  ],
  [
    "meta spent how much and made how much in oct",
    "query_metrics",
    { metrics: ["spend", "revenue"], timeRange: OCT },
  ],
  ["google ads - spent and generated, last 30 days", "query_metrics", { metrics: ["spend", "revenue"] }],
  // First-timers vs repeat buyers: a customer-type split.
  [
    "sales from first timers vs repeat buyers in sept",
    "query_metrics",
    { dimensions: ["customer_type"], timeRange: SEPT },
  ],
  ["revenue split repeat/new", "query_metrics", { dimensions: ["customer_type"] }],
  // Spend on one side of the budget: pacing.
  ["campaigns that came in below budget last month", "campaigns", { analysis: "pacing", period: OCT }],
  ["campigns that didnt spend there full budget in oct", "campaigns", { analysis: "pacing", period: OCT }],
  ["what campaigns fell short of budget last month", "campaigns", { analysis: "pacing", period: OCT }],
  ["any campaign spending way below its budget?", "campaigns", { analysis: "pacing" }],
  // Every attribution model.
  ["paid social conversions by each model", "attribution", { models: ALL_MODELS }],
  ["show all the models for affiliate revenue", "attribution", { models: ALL_MODELS }],
  ["email rev model by model", "attribution", { models: ALL_MODELS }],
  [
    "how does display look in each attribution model in q3",
    "attribution",
    { models: ALL_MODELS, period: Q3 },
  ],
  // A rate this year against the part of last year the data covers.
  [
    "aov this yr vs last yr",
    "compare_periods",
    { metrics: ["average_order_value"], compareTo: LAST_YEAR_PART },
  ],
  [
    "whats our ctr this year compared w/ last year",
    "compare_periods",
    { metrics: ["ctr"], compareTo: LAST_YEAR_PART },
  ],
  ["cpa 2026 vs last year?", "compare_periods", { metrics: ["cpa"], compareTo: LAST_YEAR_PART }],
];
