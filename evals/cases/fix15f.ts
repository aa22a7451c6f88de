/**
 * Cases for session 20's fix15f (judgements and money questions): a quoted value judged against
 * break-even and our own figure, an amount per week moved between channels, a list of asks behind
 * dashes on one line, a year-ago month asked against a month with no data yet, and a spend
 * comparison asked whether it paid off. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const call = (name: string, args: Record<string, unknown>): Expectation => ({ calls: [{ name, args }] });
const prev30 = { from: "2026-09-02", to: "2026-10-01" };

export const FIX15F_CASES: SourceCase[] = [
  {
    id: "fix15f.quoted-value-verdict",
    tags: ["honesty", "profitability"],
    questions: ["would a roas of 3 be decent?", "is 1.2 roas terrible"],
    expect: {
      calls: [
        {
          name: "compare_periods",
          args: { metrics: ["roas"], period: P.last30, compareTo: prev30, dimensions: [], filters: [] },
        },
        { name: "profitability", args: { analysis: "break_even", period: P.last30 } },
      ],
    },
  },
  {
    id: "fix15f.weekly-budget-move",
    tags: ["budget", "what-if"],
    questions: ["reallocate 2k weekly from display to affiliate, good idea?"],
    expect: call("recommend_budget", {
      period: P.nextMonth,
      changes: [
        { dimension: "channel", value: "display", changeAmount: -8571.43 },
        { dimension: "channel", value: "affiliate", changeAmount: 8571.43 },
      ],
    }),
  },
  {
    id: "fix15f.inline-dash-list",
    tags: ["multi-part"],
    questions: [
      "for the monday sync: - ad spend last month - roas by channel last month - anything weird last month",
    ],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: { metrics: ["spend"], dimensions: [], filters: [], timeRange: P.oct },
        },
        {
          name: "query_metrics",
          args: { metrics: ["roas"], dimensions: ["channel"], filters: [], timeRange: P.oct },
        },
        {
          name: "detect_anomalies",
          args: {
            metrics: ["revenue", "orders", "spend", "roas", "sessions", "conversion_rate"],
            period: P.oct,
            filters: [],
          },
        },
      ],
    },
  },
  {
    id: "fix15f.empty-month-vs-year-ago",
    tags: ["periods", "honesty"],
    questions: ["revenue this month vs the same month last year", "this nov vs last nov revenue"],
    expect: call("query_metrics", {
      metrics: ["revenue"],
      dimensions: [],
      filters: [],
      timeRange: P.nov2025,
    }),
  },
  {
    id: "fix15f.spend-payoff",
    tags: ["compare", "profitability"],
    questions: ["spend jan vs dec, did the increase pay off?"],
    expect: call("compare_periods", {
      metrics: ["spend", "revenue", "roas", "mer"],
      period: { from: "2026-01-01", to: "2026-01-31" },
      compareTo: P.dec2025,
      dimensions: [],
      filters: [],
    }),
  },
];
