/**
 * Phrasings for session 25's lead kinds (lead25): what is working now, pause candidates, lift in
 * past-tense wordings, what a channel returned, efficiency as MER/ROAS/CAC, a season as the
 * baseline, organic keywords, the attribution lookback, the gap before a second order, spend
 * against a plan, single customers ranked, what each kind of customer spends, one side of a
 * review, and payback by channel. Written by hand; the blind sets (evals/blind/) are held out.
 */
import type { PhrasingRow } from "./index.ts";

const SPRING = { from: "2026-03-01", to: "2026-05-31" };
const LAST_3_MONTHS = { from: "2026-08-01", to: "2026-10-31" };
const ALL_DATA = { from: "2025-11-01", to: "2026-10-31" };
const RECOMMEND_CAMPAIGNS = { focus: "campaigns" };
const RETURN_MEASURES = { metrics: ["spend", "revenue", "roas"] };
const EFFICIENCY = { metrics: ["mer", "roas", "cac"] };
const ORGANIC_NEAREST = {
  metrics: ["sessions", "orders", "revenue"],
  filters: [{ field: "channel", op: "in", values: ["organic_search"] }],
};
const REPEAT_GAP = { period: ALL_DATA, groupBy: "first_touch_channel", show: "repeat_gap" };
const PAYBACK = { groupBy: "first_touch_channel", show: "payback" };
const BY_TYPE = { metrics: ["revenue_per_customer", "average_order_value"], dimensions: ["customer_type"] };

export const LEAD25: PhrasingRow[] = [
  ["whats working right now", "brief", { review: { wins: 3, concerns: 0 } }],
  ["so what is actually working these days", "brief", { review: { wins: 3, concerns: 0 } }],
  ["what's not working lately", "brief", { review: { wins: 0, concerns: 3 } }],
  ["what's working and what isn't", "brief", { review: { wins: 3, concerns: 3 } }],
  ["what were the highlights last month", "brief", { review: { wins: 3, concerns: 0 } }],
  ["what are our concerns", "brief", { review: { wins: 0, concerns: 3 } }],
  ["pause candidates", "recommend", RECOMMEND_CAMPAIGNS],
  ["candidates to pause?", "recommend", RECOMMEND_CAMPAIGNS],
  ["anything we should pause?", "recommend", RECOMMEND_CAMPAIGNS],
  ["what should we turn off", "recommend", RECOMMEND_CAMPAIGNS],
  ["kill list", "recommend", RECOMMEND_CAMPAIGNS],
  ["what was the lift from paid search", "campaigns", { analysis: "holdout", channel: "paid_search" }],
  ["what lift did we get from display", "campaigns", { analysis: "holdout", channel: "display" }],
  ["how big was the lift from paid social", "campaigns", { analysis: "holdout", channel: "paid_social" }],
  [
    "what did display return in q2",
    "query_metrics",
    { ...RETURN_MEASURES, timeRange: { from: "2026-04-01", to: "2026-06-30" } },
  ],
  ["what has tiktok returned this year", "query_metrics", RETURN_MEASURES],
  ["what are we getting back from affiliates", "query_metrics", RETURN_MEASURES],
  ["what did paid social generate last month", "query_metrics", RETURN_MEASURES],
  [
    "what worked best over bfcm",
    "query_metrics",
    { dimensions: ["campaign"], orderBy: [{ field: "roas", direction: "desc" }] },
  ],
  ["which campaigns worked best in september", "query_metrics", { dimensions: ["campaign"] }],
  ["are we more efficient than last quarter", "compare_periods", EFFICIENCY],
  [
    "are we more efficient than we were in the spring",
    "compare_periods",
    { ...EFFICIENCY, period: LAST_3_MONTHS, compareTo: SPRING },
  ],
  ["efficiency this quarter vs last", "compare_periods", EFFICIENCY],
  ["is our marketing getting less efficient", "compare_periods", EFFICIENCY],
  [
    "is revenue higher than in the spring",
    "compare_periods",
    { metrics: ["revenue"], period: LAST_3_MONTHS, compareTo: SPRING },
  ],
  [
    "orders now vs the spring",
    "compare_periods",
    { metrics: ["orders"], period: LAST_3_MONTHS, compareTo: SPRING },
  ],
  [
    "is cac lower than it was in q1",
    "compare_periods",
    { metrics: ["cac"], compareTo: { from: "2026-01-01", to: "2026-03-31" } },
  ],
  ["what keywords drive organic traffic in september", "query_metrics", ORGANIC_NEAREST],
  ["top seo keywords last quarter", "query_metrics", ORGANIC_NEAREST],
  ["what lookback window do you use", "attribution", {}],
  ["how long until a new customer orders again", "cohorts", REPEAT_GAP],
  ["how long before a first time buyer comes back", "cohorts", REPEAT_GAP],
  [
    "how much did we spend vs plan in q3",
    "campaigns",
    { analysis: "pacing", period: { from: "2026-07-01", to: "2026-09-30" } },
  ],
  [
    "did we stick to the budget in september",
    "campaigns",
    { analysis: "pacing", period: { from: "2026-09-01", to: "2026-09-30" } },
  ],
  [
    "how close were we to budget in october",
    "campaigns",
    { analysis: "pacing", period: { from: "2026-10-01", to: "2026-10-31" } },
  ],
  ["who are our best customers", "cohorts", { groupBy: "first_touch_channel" }],
  ["list our top 10 customers", "cohorts", { groupBy: "first_touch_channel" }],
  ["are returning customers spending more than new ones", "query_metrics", BY_TYPE],
  ["do repeat customers spend more", "query_metrics", BY_TYPE],
  ["new vs returning customer spend", "query_metrics", BY_TYPE],
  ["which channel has the best payback", "cohorts", PAYBACK],
  ["fastest payback channel", "cohorts", PAYBACK],
  ["which source pays back quickest", "cohorts", PAYBACK],
];
