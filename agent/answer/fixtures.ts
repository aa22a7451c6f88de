/** Realistic template inputs shared by the answer and chart tests (awkward, unrounded numbers). */
import type { AnswerInput, MetricSpec, MetricTableAnswerInput } from "./types.ts";

export const SPEND: MetricSpec = { key: "spend", label: "Spend", unit: "currency", format: "currency" };
export const ROAS: MetricSpec = { key: "roas", label: "ROAS", unit: "ratio", format: "multiplier" };
export const CTR: MetricSpec = { key: "ctr", label: "CTR", unit: "percent", format: "percent" };
export const ORDERS: MetricSpec = { key: "orders", label: "Orders", unit: "count", format: "integer" };
export const REVENUE: MetricSpec = { key: "revenue", label: "Revenue", unit: "currency", format: "currency" };

export const OCTOBER = { from: "2026-10-01", to: "2026-10-31", timeZone: "America/New_York" };
export const SEPTEMBER = { from: "2026-09-01", to: "2026-09-30", timeZone: "America/New_York" };

/** Spend, ROAS and CTR by channel in October vs September. */
export const BY_CHANNEL: MetricTableAnswerInput = {
  kind: "metric_table",
  metrics: [SPEND, ROAS, CTR],
  dimensions: [{ key: "channel", label: "Channel" }],
  rows: [
    { channel: "Paid Search", spend: 1_234_567.89, roas: 3.2147, ctr: 0.04213 },
    { channel: "Paid Social", spend: 412_345.5, roas: 1.8731, ctr: 0.01187 },
    { channel: "Display", spend: 98_765.43, roas: 0.9154, ctr: 0.00412 },
  ],
  totals: { spend: 1_745_678.82, roas: 2.7319, ctr: 0.02534 },
  comparison: {
    period: SEPTEMBER,
    totals: { spend: 1_554_321.07, roas: 2.9012, ctr: 0.02611 },
    rows: [
      { channel: "Paid Search", spend: 1_100_000.12, roas: 3.4001, ctr: 0.04402 },
      { channel: "Paid Social", spend: 360_210.95, roas: 1.7011, ctr: 0.01099 },
      { channel: "Display", spend: 94_110, roas: 0.9921, ctr: 0.00433 },
    ],
  },
  period: OCTOBER,
  currency: "USD",
};

/** One example input per template kind. */
export const EXAMPLES: Record<AnswerInput["kind"] | "metric_totals" | "top_n", AnswerInput> = {
  metric_table: BY_CHANNEL,
  metric_totals: {
    kind: "metric_table",
    metrics: [REVENUE, ORDERS],
    dimensions: [],
    rows: [],
    totals: { revenue: 482_913.27, orders: 6_421 },
    comparison: { period: SEPTEMBER, totals: { revenue: 501_337.9, orders: 6_388 } },
    period: OCTOBER,
    currency: "EUR",
  },
  top_n: {
    ...BY_CHANNEL,
    comparison: undefined,
    metrics: [ROAS],
    rows: BY_CHANNEL.rows.slice(0, 2),
    topN: { n: 2, direction: "top" },
  },
  trend: {
    kind: "trend",
    metric: SPEND,
    grain: "week",
    points: [
      { date: "2026-10-05", value: 40_112.37 },
      { date: "2026-10-12", value: 52_978.04 },
      { date: "2026-10-19", value: 38_220.5 },
      { date: "2026-10-26", value: 47_630.81 },
    ],
    period: OCTOBER,
    currency: "USD",
  },
  attribution: {
    kind: "attribution",
    model: "position-based",
    metric: REVENUE,
    rows: [
      { name: "Email", credit: 88_004.12, share: 0.1822 },
      { name: "Paid Search", credit: 214_377.4, share: 0.4439 },
      { name: "Paid Social", credit: 180_531.75, share: 0.3739 },
    ],
    period: OCTOBER,
    currency: "GBP",
  },
  budget: {
    kind: "budget",
    totalBudget: 150_000,
    rows: [
      { name: "Paid Search", current: 70_000, recommended: 82_500, expectedReturn: 265_210.33 },
      { name: "Paid Social", current: 50_000, recommended: 41_250.5, expectedReturn: 77_981.2 },
      { name: "Display", current: 30_000, recommended: 26_249.5, expectedReturn: 23_004.9 },
    ],
    returnMetric: REVENUE,
    period: { from: "2026-11-01", to: "2026-11-30" },
    currency: "USD",
  },
  anomalies: {
    kind: "anomalies",
    metric: CTR,
    anomalies: [
      { date: "2026-10-14", value: 0.00871, expected: 0.02502, segment: "Paid Social" },
      { date: "2026-10-22", value: 0.04977, expected: 0.02544 },
    ],
    period: OCTOBER,
    currency: "USD",
  },
  change_explanation: {
    kind: "change_explanation",
    metric: REVENUE,
    dimension: { key: "channel", label: "Channel" },
    current: 482_913.27,
    previous: 501_337.9,
    contributors: [
      { name: "Paid Search", current: 214_377.4, previous: 240_100.05, change: -25_722.65 },
      { name: "Email", current: 88_004.12, previous: 80_391.6, change: 7_612.52 },
      { name: "Paid Social", current: 180_531.75, previous: 180_846.25, change: -314.5 },
    ],
    period: OCTOBER,
    comparisonPeriod: SEPTEMBER,
    currency: "USD",
  },
  definition: {
    kind: "definition",
    label: "CPM",
    description: "Ad spend per thousand impressions.",
    formula: "spend / impressions * 1000",
    synonyms: ["cost per mille", "cost per 1000 impressions"],
  },
  clarification: {
    kind: "clarification",
    question: "Which revenue do you mean?",
    options: [
      { id: "metric:net_revenue", label: "Net revenue" },
      { id: "metric:gross_revenue", label: "Gross revenue" },
      { id: "metric:platform_revenue", label: "Platform-reported revenue" },
    ],
  },
  decline: {
    kind: "decline",
    reason: "the catalog has no metric for customer satisfaction.",
    suggestions: ["Net revenue", "Orders", "ROAS"],
  },
};
