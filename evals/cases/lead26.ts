/**
 * Cases for session 26's lead kinds: the period the data covers, what marketing cost per order,
 * budget used, lapsed customers asked plainly, a judgement asked with the subject first, an
 * average per day in other word orders, a channel's campaigns but one against break-even, and what
 * was learned from the tests. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, notNone, P, qm } from "./helpers.ts";

const ALL_DATA = P.range("2025-11-01", "2026-10-31");
const cohorts = (args: Record<string, unknown>) => ({
  calls: [{ name: "cohorts", args: { period: ALL_DATA, ...args } }],
});
const campaigns = (args: Record<string, unknown>) => ({ calls: [{ name: "campaigns", args }] });

export const LEAD26_CASES: SourceCase[] = [
  {
    id: "lead26.data-coverage",
    tags: ["assistant"],
    questions: ["how far back does the data go", "when does the data start"],
    expect: qm({
      metrics: ["spend", "revenue", "orders"],
      dimensions: ["date"],
      grain: "month",
      timeRange: ALL_DATA,
    }),
  },
  {
    id: "lead26.cost-per-order",
    tags: ["cpa"],
    questions: ["what did marketing cost us per order in q3", "how much did each order cost us in ads in q3"],
    expect: qm({ metrics: ["paid_cpa", "cpa"], timeRange: P.q3 }),
  },
  {
    id: "lead26.budget-used",
    tags: ["campaigns", "budget"],
    questions: ["how much of the budget did we use in q3", "budget variance in q3"],
    expect: campaigns({ analysis: "pacing", period: P.q3 }),
  },
  {
    id: "lead26.lapsed-plain",
    tags: ["cohorts"],
    questions: ["how many customers are lapsed", "how many buyers are dormant"],
    expect: cohorts({ groupBy: "first_order_month", show: "lapsed", lapsedDays: 90 }),
  },
  {
    id: "lead26.who-lapsed",
    tags: ["cohorts"],
    questions: ["who hasn't ordered in 6 months", "who has not bought anything in 180 days"],
    expect: cohorts({ groupBy: "first_order_month", show: "lapsed", lapsedDays: 180 }),
  },
  {
    id: "lead26.verdict-subject-first",
    tags: ["verdict", "roas"],
    questions: ["meta ads is good or not in october", "is meta ads doing ok in october"],
    expect: {
      calls: [
        {
          name: "compare_periods",
          args: {
            metrics: ["roas"],
            period: P.oct,
            compareTo: P.sep,
            dimensions: [],
            filters: [f("platform", "meta_ads")],
          },
        },
        { name: "profitability", args: { analysis: "break_even", period: P.oct } },
      ],
    },
  },
  {
    id: "lead26.average-per-day",
    tags: ["average"],
    questions: ["revenue per day average last week please", "how much revenue do we make a day last week"],
    expect: qm({
      metrics: ["revenue"],
      dimensions: ["date"],
      grain: "day",
      average: "per_day",
      timeRange: P.lastWeek,
    }),
  },
  {
    id: "lead26.non-brand-break-even",
    tags: ["profitability", "campaigns"],
    questions: ["is non brand search profitable in q3", "did non brand search make money in q3"],
    expect: {
      calls: [
        { name: "profitability", args: { analysis: "break_even", period: P.q3 } },
        {
          name: "query_metrics",
          args: {
            metrics: ["spend", "attributed_revenue", "roas"],
            dimensions: ["campaign"],
            filters: [
              f("channel", "paid_search"),
              { field: "campaign", op: "not_in", values: [1001] },
              notNone("campaign"),
            ],
            timeRange: P.q3,
            orderBy: [{ field: "roas", direction: "desc" }],
          },
        },
      ],
    },
  },
  {
    id: "lead26.pmax-vs-regular-search",
    tags: ["campaigns", "compare"],
    questions: [
      "how is pmax doing vs regular search in october",
      "pmax vs normal search campaigns in october",
    ],
    expect: qm({
      metrics: ["revenue", "spend", "roas", "orders"],
      dimensions: ["campaign"],
      filters: [f("campaign", 1004, 1001, 1002, 1003, 1005), notNone("campaign")],
      timeRange: P.oct,
    }),
  },
  {
    id: "lead26.tests-learned",
    tags: ["experiments"],
    questions: ["what did we learn from the tests this year", "key takeaways from our experiments this year"],
    expect: {
      calls: [
        { name: "campaigns", args: { analysis: "planned", period: P.ytd } },
        { name: "campaigns", args: { analysis: "holdout", around: P.ytd } },
      ],
    },
  },
];
