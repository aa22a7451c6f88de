/**
 * Cases for fix15a (session 20): follow-ups that lean on the previous answer. Plain words, how
 * sure and the board's figure answer the previous question again, led by a note (the board's with
 * MER beside revenue and spend); "what do we do" gives the ranked actions for what the answer was
 * about; "what's next on the list" one more action; "what caused that" after the top or worst
 * week or day its movers (a day against the same weekday a week before); "closest you've got?"
 * after a breakdown the data lacks, the nearest one it has. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { clarify, cmp, f, notNone, P, qm } from "./helpers.ts";

const breakEven = (period: { from: string; to: string }) => ({
  name: "profitability",
  args: { analysis: "break_even", period },
});
const prev30 = { from: "2026-09-02", to: "2026-10-01" };
const medianQ3 = {
  calls: [
    {
      name: "cohorts",
      args: {
        period: P.q3,
        groupBy: "first_order_month",
        show: "order_value",
        orderValueBy: "none",
        percentiles: [50],
      },
    },
  ],
};
const holdout = { calls: [{ name: "campaigns", args: { analysis: "holdout", channel: "paid_search" } }] };
const recommend = (args: Record<string, unknown>) => ({ calls: [{ name: "recommend", args }] });
const BREAKDOWNS = clarify(
  ["dimension:channel", "dimension:none"],
  [
    "dimension:channel_group",
    "dimension:platform",
    "dimension:campaign",
    "dimension:campaign_objective",
    "dimension:source_medium",
    "dimension:source",
    "dimension:email_campaign",
    "dimension:customer_type",
    "dimension:region",
    "dimension:day_of_week",
    "dimension:hour_of_day",
  ],
);
const topOrderDay = {
  name: "query_metrics",
  args: {
    metrics: ["orders"],
    dimensions: ["date"],
    grain: "day",
    filters: [],
    timeRange: P.oct,
    orderBy: [{ field: "orders", direction: "desc" }],
    limit: 1,
  },
};

export const FIX15A_CASES: SourceCase[] = [
  {
    id: "fix15a.plain-words-after-median",
    tags: ["followup", "stats"],
    turns: [
      { question: "what's the median order value last quarter", expect: medianQ3 },
      { question: "eli5 pls", expect: medianQ3 },
    ],
  },
  {
    id: "fix15a.how-sure-after-holdout",
    tags: ["followup", "tests"],
    turns: [
      { question: "what did the paid search holdout show", expect: holdout },
      { question: "how confident should i be in this", expect: holdout },
    ],
  },
  {
    id: "fix15a.board-figure-after-quarters",
    tags: ["followup", "compare"],
    turns: [
      {
        question: "revenue and spend q3 vs q2",
        expect: cmp({ metrics: ["revenue", "spend"], period: P.q3, compareTo: P.q2 }),
      },
      {
        question: "what do i tell the investors",
        expect: cmp({ metrics: ["revenue", "spend", "mer"], period: P.q3, compareTo: P.q2 }),
      },
    ],
  },
  {
    id: "fix15a.actions-after-verdict",
    tags: ["followup", "recommend"],
    turns: [
      {
        question: "should we be worried about display",
        expect: {
          calls: [
            {
              name: "compare_periods",
              args: {
                metrics: ["roas"],
                period: P.last30,
                compareTo: prev30,
                dimensions: [],
                filters: [f("channel", "display")],
              },
            },
            breakEven(P.last30),
          ],
        },
      },
      { question: "so what do we do", expect: recommend({ focus: "all", channel: "display", limit: 3 }) },
    ],
  },
  {
    id: "fix15a.next-action",
    tags: ["followup", "recommend"],
    turns: [
      { question: "top 2 things to fix", expect: recommend({ focus: "all", limit: 2 }) },
      { question: "what's next on the list", expect: recommend({ focus: "all", limit: 3 }) },
    ],
  },
  {
    id: "fix15a.nearest-after-creative",
    tags: ["followup", "clarification", "honesty"],
    turns: [
      { question: "roas by ad creative for paid search in september", expect: BREAKDOWNS },
      {
        question: "closest you've got?",
        expect: qm({
          metrics: ["roas"],
          dimensions: ["campaign"],
          filters: [f("channel", "paid_search"), notNone("campaign")],
          timeRange: P.sep,
        }),
      },
    ],
  },
  {
    id: "fix15a.day-drivers",
    tags: ["followup", "explain", "records"],
    turns: [
      { question: "what was our top order day last month", expect: { calls: [topOrderDay] } },
      {
        question: "what happened that day",
        expect: {
          calls: [
            topOrderDay,
            {
              name: "explain_change",
              args: {
                metric: "orders",
                period: P.range("2026-10-05", "2026-10-05"),
                compareTo: P.range("2026-09-28", "2026-09-28"),
                dimensions: ["channel", "campaign"],
              },
            },
          ],
        },
      },
    ],
  },
];
