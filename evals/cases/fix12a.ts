/**
 * Cases for session 17's fix12a kinds (table layouts and derived series): a table laid out by two
 * sides (months as rows, a breakdown as columns), a top N with the rest as one computed row, the
 * compound growth rate per month between two ends, and a follow-up that turns a monthly series
 * into its running total. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const LAST_12 = P.range("2025-11-01", "2026-10-31");
const series = (metric: string, timeRange: unknown, dimensions = ["date"], grain = "month") => ({
  calls: [{ name: "query_metrics", args: { metrics: [metric], dimensions, filters: [], timeRange, grain } }],
});

export const FIX12A_CASES: SourceCase[] = [
  {
    id: "fix12a.pivot-month-platform",
    tags: ["trend", "pivot"],
    questions: [
      "spend grid: one row for each month, platforms as the columns",
      "give me spend with platforms across the top and months down the side",
    ],
    expect: series("spend", LAST_12, ["date", "platform"]),
  },
  {
    id: "fix12a.pivot-week-channel",
    tags: ["trend", "pivot"],
    questions: ["orders for q3 as a table: rows are weeks, a column per channel"],
    expect: series("orders", P.q3, ["date", "channel"], "week"),
  },
  {
    id: "fix12a.top-and-rest",
    tags: ["rank", "rest"],
    questions: [
      "top 4 campaigns by revenue so far this year, and all the others as one figure",
      "our 4 biggest campaigns by revenue this year plus the rest combined",
    ],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["revenue"],
            dimensions: ["campaign"],
            filters: [{ field: "campaign", op: "neq", value: null }],
            timeRange: P.ytd,
            orderBy: [{ field: "revenue", direction: "desc" }],
            limit: 4,
          },
        },
      ],
    },
  },
  {
    id: "fix12a.compound-monthly-growth",
    tags: ["trend", "growth"],
    questions: [
      "compounded growth per month in orders from march to september",
      "cmgr of orders, march through september",
    ],
    expect: series("orders", P.range("2026-03-01", "2026-09-30")),
  },
  {
    id: "fix12a.cumulative-follow-up",
    tags: ["followup", "cumulative"],
    turns: [
      { question: "monthly orders", expect: series("orders", LAST_12) },
      { question: "now plot it as a running total", expect: series("orders", LAST_12) },
    ],
  },
];
