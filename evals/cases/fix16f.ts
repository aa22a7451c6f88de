/**
 * Cases for session 21's plain asks (fix16f): ads, creatives and keywords asked (the campaigns, or
 * the one campaign named, instead), size words ranking by revenue with spend, a platform's claim
 * against what we count, the same ranked rows in another period, a bare "why" after a scan and
 * attribution described instead of named. Own wordings; the blind sets
 * are held out. (A schedule's new time is in automation-change.test.ts: evals ask with a viewer key.)
 */
import type { SourceCase } from "../types.ts";
import { anomalies, attr, cmp, f, notNone, P, qm } from "./helpers.ts";

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
const SCAN = ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"];

export const FIX16F_CASES: SourceCase[] = [
  {
    id: "fix16f.ads-as-campaigns",
    tags: ["campaigns", "honesty"],
    questions: ["what creatives work best on tiktok in q3", "best performing ads on tiktok q3"],
    expect: qm({
      metrics: ["roas", "revenue", "spend", "orders"],
      dimensions: ["campaign"],
      filters: [f("platform", "tiktok_ads"), notNone("campaign")],
      timeRange: P.q3,
      orderBy: [{ field: "roas", direction: "desc" }],
    }),
  },
  {
    id: "fix16f.keywords-one-campaign",
    tags: ["campaigns", "honesty"],
    questions: ["which headlines did best in the cart abandoners campaign this year"],
    expect: qm({
      metrics: ["roas", "revenue", "spend", "orders"],
      filters: [f("campaign", 1011)],
      timeRange: P.ytd,
    }),
  },
  {
    id: "fix16f.size-words",
    tags: ["ranking"],
    questions: ["our major channels in q3", "biggest channels in q3?"],
    expect: qm({
      metrics: ["revenue", "spend"],
      dimensions: ["channel"],
      timeRange: P.q3,
      orderBy: [{ field: "revenue", direction: "desc" }],
    }),
  },
  {
    id: "fix16f.claim-vs-count",
    tags: ["attribution"],
    questions: ["meta claims more purchases than we count, how big is the gap in august"],
    expect: qm({ metrics: GAP, filters: [f("platform", "meta_ads")], timeRange: P.aug }),
  },
  {
    id: "fix16f.ranked-rows-other-period",
    tags: ["followup"],
    turns: [
      {
        question: "top 3 platforms by spend in q3",
        expect: qm({
          metrics: ["spend"],
          dimensions: ["platform"],
          timeRange: P.q3,
          orderBy: [{ field: "spend", direction: "desc" }],
          limit: 3,
        }),
      },
      {
        question: "how did those do in q2",
        expect: cmp({
          metrics: ["spend", "revenue", "roas"],
          dimensions: ["platform"],
          period: P.q3,
          compareTo: P.q2,
          limit: 3,
        }),
      },
    ],
  },
  {
    id: "fix16f.why-after-scan",
    tags: ["followup", "anomalies"],
    turns: [
      { question: "any anomalies in september", expect: anomalies({ metrics: SCAN, period: P.sep }) },
      { question: "what caused that", expect: anomalies({ metrics: SCAN, period: P.sep, focus: "biggest" }) },
    ],
  },
  {
    id: "fix16f.attribution-described",
    tags: ["attribution", "newcomer"],
    questions: ["is there a report that shows which emails someone opened before buying?"],
    expect: attr({
      models: ["last_touch", "linear", "markov"],
      level: "channel",
      metric: "revenue",
      period: P.last30,
    }),
  },
];
