/**
 * Cases for session 15's fix10b kinds (statistics and derived measures): days crossing a level as
 * the daily series, a ratio of two members' figures as each member's figure, a moving average over
 * the daily series, a measure's share named after its member, and both ends of a ranking of
 * months. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, P } from "./helpers.ts";

export const FIX10B_CASES: SourceCase[] = [
  {
    id: "fix10b.days-over-level",
    tags: ["trend", "threshold"],
    questions: [
      "list the days in september when spend went above 400",
      "which days in september did spend go above 400",
    ],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: { metrics: ["spend"], dimensions: ["date"], filters: [], timeRange: P.sep, grain: "day" },
        },
      ],
    },
  },
  {
    id: "fix10b.ratio-of-two-channels",
    tags: ["query", "ratio"],
    questions: ["ratio of paid social cpa to paid search cpa last quarter"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["cpa"],
            dimensions: ["channel"],
            filters: [f("channel", "paid_social", "paid_search")],
            timeRange: P.q3,
          },
        },
      ],
    },
  },
  {
    id: "fix10b.moving-average-series",
    tags: ["trend", "moving-average"],
    questions: ["7dma of spend last month", "show me spend with a 7 day moving average for october"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: { metrics: ["spend"], dimensions: ["date"], filters: [], timeRange: P.oct, grain: "day" },
        },
      ],
    },
  },
  {
    id: "fix10b.member-share-named-first",
    tags: ["query", "share"],
    questions: ["what was the affiliate spend share in september"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: { metrics: ["spend"], dimensions: ["channel"], filters: [], timeRange: P.sep },
        },
      ],
    },
  },
  {
    id: "fix10b.best-and-worst-month",
    tags: ["trend", "seasonality"],
    questions: ["strongest month and also our slowest for revenue"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["revenue"],
            dimensions: ["date"],
            filters: [],
            timeRange: P.range("2025-11-01", "2026-10-31"),
            grain: "month",
          },
        },
      ],
    },
  },
];
