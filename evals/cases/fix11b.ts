/**
 * Cases for session 16's fix11b kinds (derived series): every unit's change from the one before as
 * the series at that unit, a running total as the series at a grain that fits the period, and days
 * over a level written as a verb's bound as every day of data. Own wordings; the blind sets are
 * held out.
 */
import type { SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const LAST_12 = P.range("2025-11-01", "2026-10-31");

export const FIX11B_CASES: SourceCase[] = [
  {
    id: "fix11b.step-change-series",
    tags: ["trend", "growth"],
    questions: [
      "revenue mom % change month by month",
      "month over month growth rate of revenue, every month",
    ],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["revenue"],
            dimensions: ["date"],
            filters: [],
            timeRange: LAST_12,
            grain: "month",
          },
        },
      ],
    },
  },
  {
    id: "fix11b.running-total-series",
    tags: ["trend", "cumulative"],
    questions: ["cumulative orders this year", "orders this year as a running total"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: { metrics: ["orders"], dimensions: ["date"], filters: [], timeRange: P.ytd, grain: "month" },
        },
      ],
    },
  },
  {
    id: "fix11b.days-we-spent-over",
    tags: ["trend", "threshold"],
    questions: ["which days did we spend more than $1,000", "what days did we spend over 1k"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: { metrics: ["spend"], dimensions: ["date"], filters: [], timeRange: LAST_12, grain: "day" },
        },
      ],
    },
  },
];
