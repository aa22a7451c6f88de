/**
 * Cases for session 12's fix7a kinds: a comparison whose baseline is named only by its place
 * ("the 14 prior", "week prior", "the prior weekend"), a "normal" baseline for a short stretch, an
 * order floor in an aside, a campaign set against a group of campaigns, one member's share of each
 * month, and two named customer cohorts. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { cmp, f, fNot, notNone, P, qm } from "./helpers.ts";

const YEAR = P.range("2025-11-01", "2026-10-31");
const cohortPair = (a: { from: string; to: string }, b: { from: string; to: string }): Expectation => ({
  calls: [
    { name: "cohorts", args: { period: a, groupBy: "first_touch_channel" } },
    { name: "cohorts", args: { period: b, groupBy: "first_touch_channel" } },
  ],
});

export const FIX7A_CASES: SourceCase[] = [
  {
    id: "fix7a.place-baseline-days",
    tags: ["compare"],
    questions: [
      "orders past 14 days and the 14 prior",
      "orders in the past fortnight against the 14 days preceding",
    ],
    expect: cmp({ metrics: ["orders"], period: P.last14, compareTo: P.range("2026-10-04", "2026-10-17") }),
  },
  {
    id: "fix7a.place-baseline-week",
    tags: ["compare"],
    questions: [
      "cpc per platform last week against week prior",
      "cost per click by platform last week and the one before",
    ],
    expect: cmp({ metrics: ["cpc"], dimensions: ["platform"], period: P.lastWeek, compareTo: P.weekBefore }),
  },
  {
    id: "fix7a.weekend-before",
    tags: ["compare"],
    questions: ["revenue on the black friday weekend 2025 vs the prior weekend"],
    expect: cmp({
      metrics: ["revenue"],
      period: P.range("2025-11-28", "2025-11-30"),
      compareTo: P.range("2025-11-21", "2025-11-23"),
    }),
  },
  {
    id: "fix7a.normal-ratio",
    tags: ["compare"],
    questions: ["aov during bfcm 2025 vs a normal week"],
    expect: cmp({
      metrics: ["average_order_value"],
      period: P.range("2025-11-28", "2025-12-01"),
      compareTo: YEAR,
    }),
  },
  {
    id: "fix7a.order-floor",
    tags: ["rank"],
    questions: ["top states by aov, minimum 60 orders"],
    expect: qm({
      metrics: ["average_order_value", "orders"],
      dimensions: ["region"],
      filters: [fNot("region", "other"), { field: "orders", op: "gte", value: 60 }],
      timeRange: YEAR,
      orderBy: [{ field: "average_order_value", direction: "desc" }],
      limit: 10,
    }),
  },
  {
    id: "fix7a.campaign-vs-group",
    tags: ["compare"],
    questions: ["how does advantage+ compare with our retargeting campaigns on roas"],
    expect: qm({
      metrics: ["roas"],
      dimensions: ["campaign"],
      filters: [f("campaign", 1011, 1009), notNone("campaign")],
      timeRange: YEAR,
    }),
  },
  {
    id: "fix7a.member-share-by-month",
    tags: ["trend"],
    questions: ["paid social share of ad spend per month"],
    expect: qm({ metrics: ["spend"], dimensions: ["date", "channel"], timeRange: YEAR, grain: "month" }),
  },
  {
    id: "fix7a.two-cohorts",
    tags: ["cohorts"],
    questions: ["repeat rate of customers acquired in q1 vs q3"],
    expect: cohortPair(P.q1, P.q3),
  },
];
