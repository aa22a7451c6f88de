/**
 * Cases for session 14's leftovers (leftC): amount thresholds as filters on the rows, paid CPA
 * beside the blended cost per order, contribution after ad spend asked by what is left, offline
 * media with a region, and a customer type's share by period. Own wordings; the blind sets are
 * held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { f, notNone, P, qm } from "./helpers.ts";

const HEADLINE = ["revenue", "spend", "roas", "orders"];
const profitability = (args: Record<string, unknown>): Expectation => ({
  calls: [{ name: "profitability", args }],
});

export const LEFTC_CASES: SourceCase[] = [
  {
    id: "leftc.spend-floor-k",
    tags: ["filters"],
    questions: ["campaigns with more than $1k in spend in q3", "q3 campaigns that spent over 1K"],
    expect: qm({
      metrics: HEADLINE,
      dimensions: ["campaign"],
      filters: [notNone("campaign"), { field: "spend", op: "gt", value: 1000 }],
      timeRange: P.q3,
    }),
  },
  {
    id: "leftc.spend-ceiling",
    tags: ["filters"],
    questions: [
      "campaigns under 500 bucks of spend last month",
      "campaigns with less than $500 spend in october",
    ],
    expect: qm({
      metrics: HEADLINE,
      dimensions: ["campaign"],
      filters: [notNone("campaign"), { field: "spend", op: "lt", value: 500 }],
      timeRange: P.oct,
    }),
  },
  {
    id: "leftc.impressions-floor",
    tags: ["filters"],
    questions: ["which campaigns got over 50K impressions in september"],
    expect: qm({
      metrics: [...HEADLINE, "impressions"],
      dimensions: ["campaign"],
      filters: [notNone("campaign"), { field: "impressions", op: "gt", value: 50000 }],
      timeRange: P.sep,
    }),
  },
  {
    id: "leftc.paid-cpa",
    tags: ["unit-economics"],
    questions: ["attributed cost per acquisition last month", "what was our cpa in october"],
    expect: qm({ metrics: ["paid_cpa", "cpa"], timeRange: P.oct }),
  },
  {
    id: "leftc.contribution-left",
    tags: ["profitability"],
    questions: [
      "how much margin was left in october once we paid for ads",
      "what did we keep after marketing costs last month",
    ],
    expect: profitability({ analysis: "contribution_margin", period: P.oct }),
  },
  {
    id: "leftc.offline-in-a-state",
    tags: ["honesty"],
    questions: ["what did we put into tv in california last month"],
    expect: qm({
      metrics: ["revenue", "orders"],
      dimensions: ["region"],
      filters: [f("region", "CA")],
      timeRange: P.oct,
    }),
  },
  {
    id: "leftc.customer-type-share",
    tags: ["breakdowns"],
    questions: ["new buyers share of revenue by quarter"],
    expect: qm({
      metrics: ["revenue"],
      dimensions: ["date", "customer_type"],
      timeRange: P.range("2025-11-01", "2026-10-31"),
      grain: "quarter",
    }),
  },
];
