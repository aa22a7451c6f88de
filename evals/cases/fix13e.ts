/**
 * Cases for fix13e's kinds (session 18): a plain forecast of an additive metric answered as an
 * estimate at the latest full month's pace with last year's same days beside it (project_run_rate),
 * never a bare refusal. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const NOV = { from: "2026-11-01", to: "2026-11-30" };
const DEC = { from: "2026-12-01", to: "2026-12-31" };
const runRate = (args: Record<string, unknown>): Expectation => ({
  calls: [{ name: "project_run_rate", args }],
});

export const FIX13E_CASES: SourceCase[] = [
  {
    id: "fix13e.next-month-revenue-estimate",
    tags: ["projection", "forecast"],
    questions: ["what's our revenue likely to come in at next month"],
    expect: runRate({ metric: "revenue", period: NOV, pace: P.oct }),
  },
  {
    id: "fix13e.december-orders-estimate",
    tags: ["projection", "forecast"],
    questions: ["give me a prediction for december orders"],
    expect: runRate({ metric: "orders", period: DEC, pace: P.oct }),
  },
  {
    id: "fix13e.november-spend-estimate",
    tags: ["projection", "forecast"],
    questions: ["forecast our ad spend for november"],
    expect: runRate({ metric: "spend", period: NOV, pace: P.oct }),
  },
  {
    id: "fix13e.worst-cpa-channel-then-campaigns",
    tags: ["two-step", "rank"],
    questions: [
      "pick out the channel with the worst cost per acquisition last month and then show its campaigns",
    ],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["cpa"],
            dimensions: ["channel"],
            timeRange: P.oct,
            orderBy: [{ field: "cpa", direction: "desc" }],
            limit: 1,
          },
        },
        {
          name: "query_metrics",
          args: {
            metrics: ["cpa", "spend"],
            dimensions: ["campaign"],
            filters: [
              { field: "channel", op: "in", values: ["paid_social"] },
              { field: "campaign", op: "neq", value: null },
            ],
            timeRange: P.oct,
          },
        },
      ],
    },
  },
  {
    id: "fix13e.top-week-then-drivers",
    tags: ["two-step", "explain"],
    questions: ["what was our biggest revenue week so far this year and what was behind it"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["revenue"],
            dimensions: ["date"],
            grain: "week",
            timeRange: P.ytd,
            orderBy: [{ field: "revenue", direction: "desc" }],
            limit: 1,
          },
        },
        {
          name: "explain_change",
          args: {
            metric: "revenue",
            period: { from: "2026-08-03", to: "2026-08-09" },
            compareTo: "previous_period",
            dimensions: ["channel", "campaign"],
          },
        },
      ],
    },
  },
];
