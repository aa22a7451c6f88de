/**
 * Cases for session 20's fix15d kinds: the shape or statistic asked of an answer. A bare sort
 * direction (then the other end as a follow-up), both ends of a ranking, the spread of a daily
 * series, figures in thousands, days with none of a figure and the first day over a level. Own
 * wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const call = (name: string, args: Record<string, unknown>): Expectation => ({ calls: [{ name, args }] });
const ALL_TIME = P.range("2025-11-01", "2026-10-31");
const notNoCampaign = { field: "campaign", op: "neq", value: null };

export const FIX15D_CASES: SourceCase[] = [
  {
    id: "fix15d.bare-sort-ascending",
    tags: ["rank"],
    turns: [
      {
        question: "cpa by campaign q3, low to high",
        expect: call("query_metrics", {
          metrics: ["cpa"],
          dimensions: ["campaign"],
          filters: [notNoCampaign],
          timeRange: P.q3,
          orderBy: [{ field: "cpa", direction: "asc" }],
        }),
      },
      {
        question: "only the lowest 3 please",
        expect: call("query_metrics", {
          metrics: ["cpa"],
          dimensions: ["campaign"],
          filters: [notNoCampaign],
          timeRange: P.q3,
          orderBy: [{ field: "cpa", direction: "asc" }],
          limit: 3,
        }),
      },
    ],
  },
  {
    id: "fix15d.both-ends-of-ranking",
    tags: ["rank"],
    questions: ["top 4 & bottom 4 campaigns by spend in sept"],
    expect: call("query_metrics", {
      metrics: ["spend"],
      dimensions: ["campaign"],
      timeRange: P.sep,
      orderBy: [{ field: "spend", direction: "desc" }],
    }),
  },
  {
    id: "fix15d.spread-of-daily-series",
    tags: ["trend"],
    questions: ["how volatile was ad spend in october", "std dev of daily spend last month"],
    expect: call("query_metrics", {
      metrics: ["spend"],
      dimensions: ["date"],
      grain: "day",
      timeRange: P.oct,
      spread: true,
    }),
  },
  {
    id: "fix15d.in-thousands",
    tags: ["query"],
    questions: ["spend by channel in q3 in thousands pls"],
    expect: call("query_metrics", { metrics: ["spend"], dimensions: ["channel"], timeRange: P.q3 }),
  },
  {
    id: "fix15d.days-with-none",
    tags: ["trend"],
    questions: ["what days didnt we send emails in sept"],
    expect: call("query_metrics", {
      metrics: ["email_sends"],
      dimensions: ["date"],
      grain: "day",
      timeRange: P.sep,
    }),
  },
  {
    id: "fix15d.first-day-over-level",
    tags: ["trend"],
    questions: ["first day revenue was over $1500", "earliest date daily revenue crossed $1500"],
    expect: call("query_metrics", {
      metrics: ["revenue"],
      dimensions: ["date"],
      grain: "day",
      timeRange: ALL_TIME,
    }),
  },
];
