/**
 * Cases for session 22's fixes (fix17f): what the spend just shown brought in, a plain fall over
 * days holding the tracking loss, influencer asks with an effect verb, metric names with short
 * words misspelt, campaigns with spend and no orders, and a platform's conversions said higher
 * than ours. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { anomalies, f, notNone, P, qm } from "./helpers.ts";

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
const AD_RETURN = ["spend", "paid_attributed_revenue", "roas", "mer"];

export const FIX17F_CASES: SourceCase[] = [
  {
    id: "fix17f.ad-return-follow-up",
    tags: ["followup", "performance"],
    turns: [
      { question: "what was our ad spend in july", expect: qm({ metrics: ["spend"], timeRange: P.jul }) },
      { question: "and what did it bring in", expect: qm({ metrics: AD_RETURN, timeRange: P.jul }) },
    ],
  },
  {
    id: "fix17f.ad-return-own-words",
    tags: ["performance"],
    questions: ["what did we get out of our ad budget in june"],
    expect: qm({ metrics: AD_RETURN, timeRange: P.jun }),
  },
  {
    id: "fix17f.dip-around-lost-day",
    tags: ["anomalies"],
    questions: ["why did orders dip between march 12 and march 19", "orders were low march 12-19, why?"],
    expect: anomalies({
      metrics: ["orders", "sessions", "spend"],
      period: { from: "2026-03-12", to: "2026-03-19" },
    }),
  },
  {
    id: "fix17f.influencer-effect-verb",
    tags: ["honesty", "campaigns"],
    questions: ["how much did the creator program drive in q2", "what did our influncer program drive in q2"],
    expect: qm({
      metrics: ["revenue", "spend", "roas"],
      dimensions: ["campaign"],
      filters: [notNone("campaign"), f("campaign", 1015, 1019)],
      timeRange: P.q2,
    }),
  },
  {
    id: "fix17f.metric-typos",
    tags: ["robustness"],
    questions: ["bounce rat by channel in september", "bounce rte per channel september"],
    expect: qm({ metrics: ["bounce_rate"], dimensions: ["channel"], timeRange: P.sep }),
  },
  {
    id: "fix17f.spend-no-orders",
    tags: ["campaigns", "ranking"],
    questions: [
      "campaigns that burned budget with zero conversions in q3",
      "which campaigns spent money but got no orders in q3",
    ],
    expect: qm({
      metrics: ["revenue", "spend", "roas", "orders"],
      dimensions: ["campaign"],
      filters: [
        notNone("campaign"),
        { field: "orders", op: "lte", value: 0 },
        { field: "spend", op: "gt", value: 0 },
      ],
      timeRange: P.q3,
    }),
  },
  {
    id: "fix17f.platform-claim-higher",
    tags: ["attribution"],
    questions: [
      "google ads conversions higher than ours in august",
      "google ads conv way above our orders in august",
    ],
    expect: qm({ metrics: GAP, filters: [f("platform", "google_ads")], timeRange: P.aug }),
  },
];
