/**
 * Threads whose second turn refines the first answer rather than asking anew (session 10): the top
 * paths cut to fewer rows, a cohort table at another horizon, a figure added to the rows already
 * ranked, the same breakdown for another period with what changed, and the budget plan re-run at
 * a margin the user states. My own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { budget, cmp, P, qm } from "./helpers.ts";

const journeys = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "journeys", args }] });
const cohorts = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "cohorts", args }] });
const PAID = { field: "channel_group", op: "in", values: ["paid"] };
const YEAR_OF_COHORTS = { from: "2025-11-01", to: "2026-10-31" };

export const THREAD10_CASES: SourceCase[] = [
  {
    id: "thread10.paths-fewer-rows",
    tags: ["followup", "journeys"],
    turns: [
      {
        question: "most common paths to purchase in september",
        expect: journeys({ analysis: "top_paths", period: P.sep }),
      },
      {
        question: "dedupe repeated touches and only give me the top 3",
        expect: journeys({ analysis: "top_paths", period: P.sep, limit: 3, collapseRepeats: true }),
      },
    ],
  },
  {
    id: "thread10.cohort-horizon",
    tags: ["followup", "cohorts"],
    turns: [
      {
        question: "ltv by acquisition month",
        expect: cohorts({ groupBy: "first_order_month", period: YEAR_OF_COHORTS }),
      },
      {
        question: "and at the 60 day mark?",
        expect: cohorts({ groupBy: "first_order_month", period: YEAR_OF_COHORTS, ltvDays: 60 }),
      },
    ],
  },
  {
    id: "thread10.ranked-rows-add-metric",
    tags: ["followup", "ranking"],
    turns: [
      {
        question: "top 3 platforms by orders in q3",
        expect: qm({
          metrics: ["orders"],
          dimensions: ["platform"],
          timeRange: P.q3,
          orderBy: [{ field: "orders", direction: "desc" }],
          limit: 3,
        }),
      },
      {
        question: "and what was their roas",
        expect: qm({
          metrics: ["orders", "roas"],
          dimensions: ["platform"],
          timeRange: P.q3,
          orderBy: [{ field: "orders", direction: "desc" }],
          limit: 3,
        }),
      },
    ],
  },
  {
    id: "thread10.paid-only-then-earlier-month",
    tags: ["followup", "compare"],
    turns: [
      {
        question: "cpa by channel in august, paid channels only",
        expect: qm({ metrics: ["cpa"], dimensions: ["channel"], filters: [PAID], timeRange: P.aug }),
      },
      {
        question: "same for july, what's different?",
        expect: cmp({
          metrics: ["cpa"],
          dimensions: ["channel"],
          filters: [PAID],
          period: P.aug,
          compareTo: P.jul,
        }),
      },
    ],
  },
  {
    id: "thread10.budget-stated-margin",
    tags: ["followup", "budget"],
    turns: [
      {
        question: "how should I split $25k next month",
        expect: budget({ totalBudget: 25000, period: P.nextMonth }),
      },
      {
        question: "what if our margin was 40% instead",
        expect: budget({ totalBudget: 25000, period: P.nextMonth, grossMargin: 0.4 }),
      },
    ],
  },
  {
    id: "thread10.what-happened-recap",
    tags: ["overview"],
    questions: ["what happened in september?", "what was going on in september"],
    expect: { calls: [{ name: "overview", args: { period: P.sep } }] },
  },
  {
    id: "thread10.what-happened-then-loss",
    tags: ["followup", "overview"],
    turns: [
      {
        // fix7b: a day asked about is scanned with what moved it (day-diagnosis-intent.ts).
        question: "what happened on october 12?",
        expect: {
          calls: [
            {
              name: "detect_anomalies",
              args: {
                metrics: ["spend", "orders", "sessions", "revenue"],
                period: { from: "2026-10-12", to: "2026-10-12" },
              },
            },
          ],
        },
      },
      {
        question: "how many orders did we lose that day",
        expect: {
          calls: [
            {
              name: "detect_anomalies",
              args: { metrics: ["orders"], period: { from: "2026-10-12", to: "2026-10-12" } },
            },
          ],
        },
      },
    ],
  },
];
