/**
 * Cases for session 25's fixes (fix20b): a window counted in months watched by month, campaigns
 * named by "non-brand" plus a campaign word or by a promotion code before a paid measure, a stretch
 * against the rest of its month (per day), ad spend as a share of revenue with a by-quarter
 * follow-up, and a goal forecast typed with "wil". Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { f, P, qm } from "./helpers.ts";

const SHARE = ["spend_to_revenue", "spend", "revenue"];
const MAY_OCT = P.range("2026-05-01", "2026-10-31");
const ALL_TIME = P.range("2025-11-01", "2026-10-31");

/** A stretch beside the rest of its month, each with its average per day. */
const restOfMonth = (
  metrics: string[],
  stretch: { from: string; to: string },
  label: string,
  month: { from: string; to: string },
  rest: string,
): Expectation => ({
  calls: [
    {
      name: "query_metrics",
      args: { metrics, dimensions: [], filters: [], timeRange: stretch, average: "per_day", label },
    },
    {
      name: "query_metrics",
      args: {
        metrics,
        dimensions: [],
        filters: [],
        timeRange: month,
        average: "per_day",
        days: { exclude: [stretch] },
        label: rest,
      },
    },
  ],
});

export const FIX20B_CASES: SourceCase[] = [
  {
    id: "fix20b.months-window-by-month",
    tags: ["trend", "time"],
    questions: ["roas trend 6 mos", "how has roas moved over the past half year, by month"],
    expect: qm({ metrics: ["roas", "mer"], dimensions: ["date"], grain: "month", timeRange: MAY_OCT }),
  },
  {
    id: "fix20b.months-window-spend",
    tags: ["trend", "time"],
    questions: ["spend trend last six mo", "ad spend trend 6m"],
    expect: qm({ metrics: ["spend"], dimensions: ["date"], grain: "month", timeRange: MAY_OCT }),
  },
  {
    id: "fix20b.nonbrand-campaign-word",
    tags: ["trend", "campaigns"],
    questions: [
      "non-brand boots cpc by week since august",
      "weekly cpc for non brand hiking boots since august",
    ],
    expect: qm({
      metrics: ["cpc"],
      dimensions: ["date"],
      grain: "week",
      filters: [f("campaign", 1003)],
      timeRange: P.range("2026-08-01", "2026-11-01"),
    }),
  },
  {
    id: "fix20b.promo-code-spend",
    tags: ["query", "campaigns"],
    questions: ["bf25 spend and revenue"],
    expect: qm({ metrics: ["spend", "revenue"], filters: [f("campaign", 1005, 1012)], timeRange: ALL_TIME }),
  },
  {
    id: "fix20b.promo-code-spend-holiday",
    tags: ["query", "campaigns"],
    questions: ["what did holiday25 spend vs bring in"],
    expect: qm({ metrics: ["spend", "revenue"], filters: [f("campaign", 1008, 1013)], timeRange: ALL_TIME }),
  },
  {
    id: "fix20b.rest-of-month",
    tags: ["compare", "time"],
    questions: [
      "black friday vs the rest of november revenue",
      "was black friday busier than the other november days, revenue",
    ],
    expect: restOfMonth(
      ["revenue"],
      P.range("2025-11-28", "2025-11-28"),
      "Black Friday",
      P.nov2025,
      "Rest of November 2025",
    ),
  },
  {
    id: "fix20b.spend-share-of-revenue",
    tags: ["query", "finance"],
    turns: [
      {
        question: "ad spend as a percentage of sales this year",
        expect: qm({ metrics: SHARE, timeRange: P.ytd }),
      },
      {
        question: "per quarter",
        expect: qm({ metrics: SHARE, dimensions: ["date"], grain: "quarter", timeRange: P.ytd }),
      },
    ],
  },
  {
    id: "fix20b.goal-forecast-typo",
    tags: ["forecast"],
    questions: ["wil we make 400k in sales by dec 31"],
    expect: {
      calls: [
        {
          name: "project_run_rate",
          args: {
            metric: "revenue",
            period: P.range("2026-01-01", "2026-12-31"),
            pace: P.oct,
            goal: 400000,
          },
        },
      ],
    },
  },
];
