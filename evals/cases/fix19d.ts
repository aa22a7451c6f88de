/**
 * Cases for fix19d's kinds (session 24): a future month asked with "will ... look like" is an
 * estimate at the latest month's pace; a goal against the year end is the projection with the goal
 * beside it; "over the year" is the year's months; "for a second order" is no period; a period and
 * a comparison said once after a list belong to each measure; a comparison's two periods never
 * overlap. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { cmp, P, qm } from "./helpers.ts";

const runRate = (args: Record<string, unknown>): Expectation => ({
  calls: [{ name: "project_run_rate", args }],
});
const YEAR = { from: "2026-01-01", to: "2026-12-31" };

export const FIX19D_CASES: SourceCase[] = [
  {
    id: "fix19d.future-month-look-like",
    tags: ["projection", "forecast"],
    questions: ["how will orders look in december"],
    expect: runRate({ metric: "orders", period: { from: "2026-12-01", to: "2026-12-31" }, pace: P.oct }),
  },
  {
    id: "fix19d.goal-by-year-end",
    tags: ["projection", "forecast"],
    questions: ["can we make $900k revenue by year end?"],
    expect: runRate({ metric: "revenue", period: YEAR, pace: P.oct, goal: 900_000 }),
  },
  {
    id: "fix19d.over-the-year-months",
    tags: ["time", "trend"],
    questions: ["orders over the course of the year, line chart"],
    expect: qm({ metrics: ["orders"], dimensions: ["date"], grain: "month", timeRange: P.ytd }),
  },
  {
    id: "fix19d.second-purchase-not-a-period",
    tags: ["cohorts"],
    questions: ["how soon do first time buyers come back for a 2nd purchase"],
    expect: {
      calls: [
        {
          name: "cohorts",
          args: {
            period: P.range("2025-11-01", "2026-10-31"),
            groupBy: "first_touch_channel",
            show: "repeat_gap",
          },
        },
      ],
    },
  },
  {
    id: "fix19d.list-shares-period-and-wow",
    tags: ["compare", "time"],
    questions: ["for the team sync: spend, clicks, cpa and roas last week, wow"],
    expect: cmp({
      metrics: ["spend", "clicks", "cpa", "roas"],
      period: P.range("2026-10-19", "2026-10-25"),
      compareTo: P.range("2026-10-12", "2026-10-18"),
    }),
  },
  {
    id: "fix19d.trend-then-last-quarter",
    tags: ["followup", "compare"],
    turns: [
      {
        question: "spend by week",
        expect: qm({
          metrics: ["spend"],
          dimensions: ["date"],
          grain: "week",
          timeRange: P.range("2026-08-03", "2026-10-31"),
        }),
      },
      {
        question: "and versus last quarter?",
        expect: cmp({
          metrics: ["spend"],
          period: P.range("2026-10-01", "2026-10-31"),
          compareTo: P.range("2026-07-01", "2026-07-31"),
        }),
      },
    ],
  },
];
