/**
 * Cases for session 19's para19: other wordings of set 13's asks, each with the figures the core
 * computes (a budget move with a bare amount or an arrow, days pre / post a holiday, non-brand
 * search alone, a slash list of measures, a fiscal quarter spelled out with its stated start, a
 * comparison typed earlier period first, "why 50%?" after a profit table). Own wordings; the blind
 * sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { budget, cmp, f, fNot, P, qm } from "./helpers.ts";

const PROFIT_BY_MONTH = {
  calls: [
    { name: "profitability", args: { analysis: "contribution_margin", period: P.ytd, grain: "month" } },
  ],
};

export const PARA19_CASES: SourceCase[] = [
  {
    id: "para19.budget-move-bare-amount",
    tags: ["budget"],
    questions: [
      "reallocate 1500 of paid social budget into affiliate next month, what happens",
      "move 1.5k paid social -> affiliate for november",
    ],
    expect: budget({
      period: P.nextMonth,
      changes: [
        { dimension: "channel", value: "paid_social", changeAmount: -1500 },
        { dimension: "channel", value: "affiliate", changeAmount: 1500 },
      ],
    }),
  },
  {
    id: "para19.days-pre-and-post-a-holiday",
    tags: ["compare", "period"],
    questions: [
      "sessions 7 days pre cyber monday vs 7 days post",
      "cyber monday: 7 days before vs 7 days after, sessions",
    ],
    expect: cmp({
      metrics: ["sessions"],
      period: { from: "2025-12-02", to: "2025-12-08" },
      compareTo: { from: "2025-11-24", to: "2025-11-30" },
    }),
  },
  {
    id: "para19.non-brand-search-alone",
    tags: ["trend", "filters"],
    questions: [
      "weekly clicks for non-brand search since september",
      "nonbrand search clicks by week from sept 1",
    ],
    expect: qm({
      metrics: ["clicks"],
      dimensions: ["date"],
      filters: [f("channel", "paid_search"), fNot("campaign", 1001)],
      timeRange: { from: "2026-09-01", to: "2026-11-01" },
      grain: "week",
    }),
  },
  {
    id: "para19.slash-list-of-measures",
    tags: ["query"],
    questions: ["orders / sessions / aov by channel in september"],
    expect: qm({
      metrics: ["orders", "sessions", "average_order_value"],
      dimensions: ["channel"],
      timeRange: P.sep,
    }),
  },
  {
    id: "para19.fiscal-quarter-spelled-out-with-its-start",
    tags: ["query", "period"],
    questions: ["orders for fiscal quarter 2, our fiscal year starts feb 1"],
    expect: qm({ metrics: ["orders"], timeRange: { from: "2026-05-01", to: "2026-07-31" } }),
  },
  {
    id: "para19.earlier-period-typed-first",
    tags: ["compare", "period"],
    questions: ["compare orders september 2025 to september 2026"],
    expect: cmp({
      metrics: ["orders"],
      period: { from: "2025-09-01", to: "2025-09-30" },
      compareTo: { from: "2026-09-01", to: "2026-09-30" },
    }),
  },
  {
    id: "para19.why-the-margin-after-a-profit-table",
    tags: ["profitability", "follow-up"],
    turns: [
      { question: "gross profit after ad spend by month this year", expect: PROFIT_BY_MONTH },
      { question: "why 50%?", expect: PROFIT_BY_MONTH },
    ],
  },
];
