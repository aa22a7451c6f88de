/**
 * Cases for session 15's fix10c kinds (reconciliation, attribution settings, journeys and precise
 * specs): a platform's figure said not to match ours is the gap, platform ROAS against our own,
 * channel credit against the order total, a lookback window answered by time to convert, new
 * customers by first touch counted per channel, one figure under two models side by side, repeat
 * buyers by acquisition channel, one platform's first vs last touch credit. Own wordings; the
 * blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { attr, f, notNone, P, qm } from "./helpers.ts";

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
const LAST90 = P.range("2026-08-03", "2026-10-31");
const YEAR = P.range("2025-11-01", "2026-10-31");

const byModel = (metric: string, models: string[], timeRange: { from: string; to: string }): Expectation => ({
  calls: models.map((attributionModel) => ({
    name: "query_metrics",
    args: { metrics: [metric], dimensions: ["channel"], filters: [], timeRange, attributionModel },
  })),
});

export const FIX10C_CASES: SourceCase[] = [
  {
    id: "fix10c.platform-count-mismatch",
    tags: ["reconciliation", "platform"],
    questions: ["tiktok's purchase numbers in september don't match our orders at all"],
    expect: qm({ metrics: GAP, filters: [f("platform", "tiktok_ads")], timeRange: P.sep }),
  },
  {
    id: "fix10c.platform-roas-vs-ours",
    tags: ["reconciliation", "platform"],
    questions: ["the roas google reports against our attributed roas for q3"],
    expect: qm({ metrics: ROAS_GAP, filters: [f("platform", "google_ads")], timeRange: P.q3 }),
  },
  {
    // The note says channel credit sums to the order total; both figures follow.
    id: "fix10c.channel-sum-vs-total",
    tags: ["reconciliation"],
    questions: ["in october, why would channel revenue not add up to the total revenue figure"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["revenue"],
            dimensions: ["channel"],
            filters: [],
            timeRange: P.oct,
            attributionModel: "last_touch",
          },
        },
        {
          name: "query_metrics",
          args: { metrics: ["revenue"], dimensions: [], filters: [], timeRange: P.oct },
        },
      ],
    },
  },
  {
    // The answer states the current window and the share of orders a 7-day window keeps whole.
    id: "fix10c.lookback-what-if",
    tags: ["attribution", "journeys", "honesty"],
    questions: ["what would happen to attribution with a 7 day lookback window instead of ours"],
    expect: { calls: [{ name: "journeys", args: { analysis: "time_to_convert", period: LAST90 } }] },
  },
  {
    id: "fix10c.new-customers-first-touch",
    tags: ["attribution", "chart"],
    questions: ["donut chart of first-time customers by first-touch channel for q3"],
    expect: qm({
      metrics: ["new_customers"],
      dimensions: ["channel"],
      timeRange: P.q3,
      attributionModel: "first_touch",
    }),
  },
  {
    id: "fix10c.cac-two-models",
    tags: ["attribution", "cac"],
    questions: ["customer acquisition cost per channel in october, first touch vs last touch"],
    expect: byModel("cac", ["first_touch", "last_touch"], P.oct),
  },
  {
    id: "fix10c.repeat-buyers-by-acquisition",
    tags: ["cohort"],
    questions: ["which acquisition source gives us the most repeat customers"],
    expect: {
      calls: [{ name: "cohorts", args: { period: YEAR, groupBy: "first_touch_channel", show: "repeat" } }],
    },
  },
  {
    id: "fix10c.platform-first-vs-last",
    tags: ["attribution", "journeys"],
    questions: ["in q3, how many times was meta the first touch versus the last touch"],
    expect: attr({
      models: ["first_touch", "last_touch"],
      level: "platform",
      metric: "conversions",
      period: P.q3,
      platforms: ["meta_ads"],
    }),
  },
  {
    // Each awareness campaign's orders, revenue, spend and ROAS (the model named in the answer).
    id: "fix10c.objective-campaigns-judged",
    tags: ["campaigns"],
    questions: ["are any of the awareness campaigns bringing in sales in q3"],
    expect: qm({
      metrics: ["revenue", "orders", "spend", "roas"],
      dimensions: ["campaign"],
      filters: [f("campaign_objective", "awareness"), notNone("campaign")],
      timeRange: P.q3,
    }),
  },
  {
    // A list of measures after the lead-in stays one table of the search campaigns.
    id: "fix10c.brand-nonbrand-measure-list",
    tags: ["campaigns", "multi-part"],
    questions: ["brand vs non-brand search in september: spend, cpc, cpa and roas"],
    // fix20b: "non-brand search" names the NonBrand search campaigns (PMax is neither side).
    expect: qm({
      metrics: ["spend", "cpc", "cpa", "roas"],
      dimensions: ["campaign"],
      filters: [f("campaign", 1001, 1002, 1003), notNone("campaign")],
      timeRange: P.sep,
    }),
  },
];
