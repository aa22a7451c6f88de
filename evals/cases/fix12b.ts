/**
 * Cases for session 17's fix12b kinds: a dated stretch of days left out of a period's figures,
 * and the first or last days of every month, month by month (MetricQuery `days`). Own wordings;
 * the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const ALL_TIME = { from: "2025-11-01", to: "2026-10-31" };

const monthly = (metric: string, days: Record<string, unknown>): Expectation => ({
  calls: [
    {
      name: "query_metrics",
      args: {
        metrics: [metric],
        dimensions: ["date"],
        filters: [],
        timeRange: ALL_TIME,
        grain: "month",
        days,
      },
    },
  ],
});

export const FIX12B_CASES: SourceCase[] = [
  {
    id: "fix12b.monthly-without-bf-window",
    tags: ["trend", "exclusion"],
    questions: [
      "monthly sales leaving out the black friday stretch",
      "revenue month by month, not counting black friday weeks",
    ],
    expect: monthly("revenue", { exclude: [{ from: "2025-11-20", to: "2025-12-02" }] }),
  },
  {
    id: "fix12b.q1-weekly-without-outage",
    tags: ["trend", "exclusion"],
    questions: [
      "weekly sessions in q1, leaving out march 17",
      "sessions by week for q1 ignoring the outage day",
    ],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["sessions"],
            dimensions: ["date"],
            filters: [],
            timeRange: P.q1,
            grain: "week",
            days: { exclude: [{ from: "2026-03-17", to: "2026-03-17" }] },
          },
        },
      ],
    },
  },
  {
    id: "fix12b.first-days-each-month",
    tags: ["trend", "calendar"],
    questions: ["sales over the opening 7 days of every month", "revenue on days 1 through 7 of each month"],
    expect: monthly("revenue", { monthDays: { edge: "first", count: 7 } }),
  },
  {
    id: "fix12b.last-week-each-month",
    tags: ["trend", "calendar"],
    questions: ["new customers in the last week of every month", "final 7 days of each month: new customers"],
    expect: monthly("new_customers", { monthDays: { edge: "last", count: 7 } }),
  },
];
