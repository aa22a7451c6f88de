/**
 * Phrasings for session 15's fix10c kinds (reconciliation, attribution settings, journeys and
 * precise specs): a platform's figure said not to match ours, platform ROAS against our own,
 * channel figures against the order total, a lookback window asked about, new customers split by
 * first touch (never every order's credit), one figure under two models side by side, repeat
 * buyers by where they were acquired, and one platform's first-touch vs last-touch role. Written
 * by hand as my own wordings of the kinds; the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const SEPT = { from: "2026-09-01", to: "2026-09-30" };
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const LAST30 = { from: "2026-10-02", to: "2026-10-31" };
const LAST90 = { from: "2026-08-03", to: "2026-10-31" };
const YTD = { from: "2026-01-01", to: "2026-11-01" };
const YEAR = { from: "2025-11-01", to: "2026-10-31" };
const GAP = [
  "platform_conversions",
  "orders",
  "platform_conversions_minus_tracked",
  "platform_conversions_over_tracked",
  "platform_revenue",
  "revenue",
  "platform_revenue_minus_tracked",
  "platform_revenue_over_tracked",
];
const ROAS_GAP = [
  "platform_roas",
  "roas",
  "platform_revenue_over_tracked",
  "spend",
  "platform_revenue",
  "revenue",
];

export const FIX10C: PhrasingRow[] = [
  // platform-gap-intent.ts: a platform's count said not to match ours is the gap, not a change.
  [
    "google's conversion count doesn't line up with what we see in the store",
    "query_metrics",
    { metrics: GAP, filters: [{ field: "platform", op: "in", values: ["google_ads"] }], timeRange: LAST30 },
  ],
  [
    "how come tiktok purchases in september are so much higher than our orders",
    "query_metrics",
    { metrics: GAP, filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }], timeRange: SEPT },
  ],
  [
    "why won't facebook's numbers reconcile with our backend",
    "query_metrics",
    { metrics: GAP, filters: [{ field: "platform", op: "in", values: ["meta_ads"] }] },
  ],
  // The ROAS each platform reports against the ROAS our attribution gives it.
  [
    "reported roas versus our own roas per platform last month",
    "query_metrics",
    { metrics: ROAS_GAP, timeRange: OCT },
  ],
  [
    "meta roas compared to our attributed roas last quarter",
    "query_metrics",
    { metrics: ROAS_GAP, filters: [{ field: "platform", op: "in", values: ["meta_ads"] }], timeRange: Q3 },
  ],
  [
    "in-platform roas against ours for each ad network in q3",
    "query_metrics",
    { metrics: ROAS_GAP, timeRange: Q3 },
  ],
  // channel-sum-intent.ts: channel credit, then the order total, with how they relate.
  [
    "channel sales in september sum to more than our store total - which is right",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["channel"], attributionModel: "last_touch", timeRange: SEPT },
  ],
  [
    "do orders per channel reconcile with total orders last month",
    "query_metrics",
    { metrics: ["orders"], dimensions: ["channel"], attributionModel: "last_touch", timeRange: OCT },
  ],
  [
    "the revenue of each channel doesn't match our overall revenue, what gives",
    "query_metrics",
    { metrics: ["revenue"], dimensions: ["channel"], attributionModel: "last_touch", timeRange: LAST30 },
  ],
  // lookback-intent.ts: another window cannot be re-run; time to convert is the nearest.
  [
    "how would channel credit shift with a 14-day attribution window",
    "journeys",
    { analysis: "time_to_convert", period: LAST90 },
  ],
  [
    "shorten our lookback to a week - what changes?",
    "journeys",
    { analysis: "time_to_convert", period: LAST90 },
  ],
  [
    "suppose the attribution window was 3 days, what happens to paid social",
    "journeys",
    { analysis: "time_to_convert" },
  ],
  // pipeline/metric-question.ts: new customers by first touch are counted, not every order's credit.
  [
    "donut of first-time customers by first touch channel this year",
    "query_metrics",
    { metrics: ["new_customers"], dimensions: ["channel"], attributionModel: "first_touch", timeRange: YTD },
  ],
  [
    "how many first-time buyers did each channel bring in under first touch in q3",
    "query_metrics",
    { metrics: ["new_customers"], dimensions: ["channel"], attributionModel: "first_touch", timeRange: Q3 },
  ],
  [
    "new-customer purchases per week by first touch channel since september",
    "query_metrics",
    {
      metrics: ["new_customers"],
      dimensions: ["date", "channel"],
      grain: "week",
      attributionModel: "first_touch",
    },
  ],
  // assemble.ts: one figure under two models, one query per model.
  [
    "cost to acquire a customer by channel, first click and last click side by side",
    "query_metrics",
    { metrics: ["cac"], dimensions: ["channel"], attributionModel: "first_touch" },
  ],
  [
    "cpa per channel under first touch versus last touch for q3",
    "query_metrics",
    { metrics: ["cpa"], dimensions: ["channel"], attributionModel: "first_touch", timeRange: Q3 },
  ],
  [
    "roas by channel first touch compared with last touch last month",
    "query_metrics",
    { metrics: ["roas"], dimensions: ["channel"], attributionModel: "first_touch", timeRange: OCT },
  ],
  // cohort-intent.ts: repeat buyers by where they were acquired.
  [
    "repeat customers per acquisition source",
    "cohorts",
    { groupBy: "first_touch_channel", show: "repeat", period: YEAR },
  ],
  [
    "which first-touch channel gives us the most repeat purchasers",
    "cohorts",
    { groupBy: "first_touch_channel", show: "repeat" },
  ],
  [
    "where were our repeat shoppers originally acquired",
    "cohorts",
    { groupBy: "first_touch_channel", show: "repeat" },
  ],
  // journey-intent.ts: one platform's role as first vs last touch is the two models' credit.
  [
    "is meta more often the first click or the last click before a sale",
    "attribution",
    { models: ["first_touch", "last_touch"], level: "platform", platforms: ["meta_ads"] },
  ],
  [
    "was google ads more often the first click or the last click in q3, by number of orders",
    "attribution",
    {
      models: ["first_touch", "last_touch"],
      level: "platform",
      platforms: ["google_ads"],
      metric: "conversions",
      period: Q3,
    },
  ],
  [
    "how many times was affiliate the first touch versus the last touch in september",
    "attribution",
    {
      models: ["first_touch", "last_touch"],
      level: "channel",
      channels: ["affiliate"],
      metric: "conversions",
      period: SEPT,
    },
  ],
  // campaign-groups.ts: an objective's campaigns judged one by one on sales.
  [
    "are any of our awareness campaigns bringing in revenue this year",
    "query_metrics",
    {
      metrics: ["revenue", "orders", "spend", "roas"],
      dimensions: ["campaign"],
      filters: [
        { field: "campaign_objective", op: "in", values: ["awareness"] },
        { field: "campaign", op: "neq", value: null },
      ],
      timeRange: YTD,
    },
  ],
  [
    "which awareness campaigns actually produce sales in q3",
    "query_metrics",
    { metrics: ["revenue", "orders", "spend", "roas"], dimensions: ["campaign"], timeRange: Q3 },
  ],
  [
    "do any of the awareness campaigns lead to orders",
    "query_metrics",
    { metrics: ["orders", "revenue", "spend", "roas"], dimensions: ["campaign"], timeRange: YEAR },
  ],
  // multi-part.ts: a list of measures after a brand vs non-brand lead-in stays one campaign table.
  [
    "brand vs non-brand search, q3: spend, cpc, cpa and roas",
    "query_metrics",
    { metrics: ["spend", "cpc", "cpa", "roas"], dimensions: ["campaign"], timeRange: Q3 },
  ],
  [
    "brand against nonbrand search last quarter - cpc, conversion rate, roas",
    "query_metrics",
    { metrics: ["cpc", "roas", "platform_conversion_rate"], dimensions: ["campaign"], timeRange: Q3 },
  ],
  [
    "branded vs unbranded search in september: ctr, cpc, cpa",
    "query_metrics",
    { metrics: ["ctr", "cpc", "cpa"], dimensions: ["campaign"], timeRange: SEPT },
  ],
];
