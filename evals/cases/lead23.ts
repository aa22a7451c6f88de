/**
 * Cases for session 23's lead kinds: a sceptic's "how did you get X" asked first (the definition,
 * then the ratio with its inputs), waste words with where it is wasted, growth over a quarter to
 * date against the same days of the quarter before, and ad-product names as media buyers say them.
 * Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { f, notNone, P, qm } from "./helpers.ts";

const working = (metric: string, metrics: string[], timeRange: unknown): Expectation => ({
  calls: [
    { name: "describe_metric", args: { metric } },
    { name: "query_metrics", args: { metrics, timeRange } },
  ],
});

export const LEAD23_CASES: SourceCase[] = [
  {
    id: "lead23.show-working-cac",
    tags: ["definitions", "honesty"],
    questions: ["how did you come up with the cac figure", "how did you calculate cac"],
    expect: working("cac", ["cac", "spend", "new_customers"], P.last30),
  },
  {
    id: "lead23.show-working-aov-period",
    tags: ["definitions", "honesty"],
    questions: ["show me how you got aov for september", "where does the aov number come from in september"],
    expect: working("average_order_value", ["average_order_value", "revenue", "orders"], P.sep),
  },
  {
    id: "lead23.waste-anywhere",
    tags: ["campaigns", "profit"],
    questions: ["are we wasting money anywhere", "where are we burning cash on ads"],
    expect: qm({
      metrics: ["roas", "revenue", "spend", "orders"],
      dimensions: ["campaign"],
      filters: [notNone("campaign")],
      orderBy: [{ field: "roas", direction: "asc" }],
      timeRange: P.last30,
    }),
  },
  {
    id: "lead23.growth-quarter-to-date",
    tags: ["time", "compare"],
    questions: ["revenue growth this quarter", "how much has revenue grown this quarter"],
    expect: {
      calls: [{ name: "compare_periods", args: { metrics: ["revenue"], period: P.oct, compareTo: P.jul } }],
    },
  },
  {
    id: "lead23.ad-product-asc",
    tags: ["campaigns"],
    questions: ["how did ASC do in october", "how did advantage plus do in october"],
    expect: qm({
      metrics: ["revenue", "spend", "roas", "orders"],
      filters: [f("campaign", 1009)],
      timeRange: P.oct,
    }),
  },
  {
    id: "lead23.ad-product-pmax",
    tags: ["campaigns"],
    questions: ["performance max roas last month", "p max roas in october"],
    expect: qm({ metrics: ["roas"], filters: [f("campaign", 1004)], timeRange: P.oct }),
  },
];
