/**
 * Cases for session 17's para17b: other wordings of set 11's asks, each with the figures the core
 * computes (an open end said "until now", a window against the one before said "compare ... with",
 * the days over a level said "did we ever", break-even said "stop losing money", contribution said
 * "minus ad spend", a coast pair said "by coast", the collection launch emails). Own wordings; the
 * blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { cmp, f, P, qm } from "./helpers.ts";

const profitability = (args: Record<string, unknown>) => ({ calls: [{ name: "profitability", args }] });

export const PARA17B_CASES: SourceCase[] = [
  {
    id: "para17b.from-a-day-until-now",
    tags: ["query", "period"],
    questions: ["affiliate orders from labor day until now"],
    expect: qm({
      metrics: ["orders"],
      filters: [f("channel", "affiliate")],
      timeRange: { from: "2026-09-07", to: "2026-11-01" },
    }),
  },
  {
    id: "para17b.compare-window-with-the-one-before",
    tags: ["compare", "period"],
    questions: ["compare the last four weeks with the four weeks before on cac"],
    expect: cmp({
      metrics: ["cac"],
      period: { from: "2026-10-04", to: "2026-10-31" },
      compareTo: { from: "2026-09-06", to: "2026-10-03" },
    }),
  },
  {
    id: "para17b.did-we-ever-spend-over",
    tags: ["trend", "threshold"],
    questions: ["did we ever spend more than $600 in a day"],
    expect: qm({
      metrics: ["spend"],
      dimensions: ["date"],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
      grain: "day",
    }),
  },
  {
    id: "para17b.stop-losing-money",
    tags: ["profit"],
    questions: ["at what cpa do we stop losing money"],
    expect: profitability({ analysis: "break_even" }),
  },
  {
    id: "para17b.contribution-minus-spend",
    tags: ["profit"],
    questions: ["q2 contribution minus ad spend"],
    expect: profitability({ analysis: "contribution_margin", period: P.q2 }),
  },
];
