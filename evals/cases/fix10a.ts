/**
 * Cases for session 15's fix10a kinds, open asks and follow-ups: a correction of the previous ask
 * (its metric or its period swapped), a restriction that keeps the breakdown, a filter after an
 * overview that keeps its comparison, a period added that lies before the data, a margin what-if
 * after a profitability answer, a review of a period (the brief), the usual numbers (the overview),
 * the single biggest lever (the top recommendation) and spend planned from last year's holiday.
 * Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { cmp, f, P, qm } from "./helpers.ts";

const brief = (period: unknown): Expectation => ({ calls: [{ name: "brief", args: { period } }] });
const overview = (period: unknown): Expectation => ({ calls: [{ name: "overview", args: { period } }] });
const contribution = (extra: Record<string, unknown> = {}): Expectation => ({
  calls: [{ name: "profitability", args: { analysis: "contribution_margin", period: P.q2, ...extra } }],
});
const YEAR = P.range("2025-11-01", "2026-10-31");
const CM25 = P.range("2025-12-01", "2025-12-01");
const CM26 = P.range("2026-11-30", "2026-11-30");

export const FIX10A_CASES: SourceCase[] = [
  {
    id: "fix10a.correct-metric",
    tags: ["followup", "correction"],
    turns: [
      {
        question: "which 3 channels brought the most revenue in september",
        expect: qm({
          metrics: ["revenue"],
          dimensions: ["channel"],
          timeRange: P.sep,
          orderBy: [{ field: "revenue", direction: "desc" }],
          limit: 3,
        }),
      },
      {
        question: "sorry, I meant sessions, not revenue",
        expect: qm({
          metrics: ["sessions"],
          dimensions: ["channel"],
          timeRange: P.sep,
          orderBy: [{ field: "sessions", direction: "desc" }],
          limit: 3,
        }),
      },
    ],
  },
  {
    id: "fix10a.correct-period",
    tags: ["followup", "correction", "time"],
    turns: [
      {
        question: "orders by platform in q3",
        expect: qm({ metrics: ["orders"], dimensions: ["platform"], timeRange: P.q3 }),
      },
      {
        question: "oops, I was asking about q2",
        expect: qm({ metrics: ["orders"], dimensions: ["platform"], timeRange: P.q2 }),
      },
    ],
  },
  {
    id: "fix10a.restriction-keeps-breakdown",
    tags: ["followup", "filter"],
    turns: [
      {
        question: "revenue split new vs returning by month",
        expect: qm({
          metrics: ["revenue"],
          dimensions: ["date", "customer_type"],
          timeRange: YEAR,
          grain: "month",
        }),
      },
      {
        question: "paid channels only",
        expect: qm({
          metrics: ["revenue"],
          dimensions: ["date", "customer_type"],
          filters: [f("channel_group", "paid")],
          timeRange: YEAR,
          grain: "month",
        }),
      },
    ],
  },
  {
    id: "fix10a.overview-narrowed",
    tags: ["followup", "overview"],
    turns: [
      { question: "how'd things go last week", expect: overview(P.lastWeek) },
      {
        question: "only new customers",
        expect: cmp({
          metrics: ["revenue", "orders"],
          period: P.lastWeek,
          compareTo: P.weekBefore,
          filters: [f("customer_type", "new")],
        }),
      },
    ],
  },
  {
    id: "fix10a.added-period-before-data",
    tags: ["followup", "time", "honesty"],
    turns: [
      {
        question: "revenue and orders for august vs july",
        expect: cmp({ metrics: ["revenue", "orders"], period: P.aug, compareTo: P.jul }),
      },
      {
        question: "can you include august 2025 as well",
        expect: cmp({ metrics: ["revenue", "orders"], period: P.aug, compareTo: P.jul }),
      },
    ],
  },
  {
    id: "fix10a.margin-what-if",
    tags: ["followup", "profit"],
    turns: [
      { question: "profit after ad spend in q2", expect: contribution() },
      { question: "and if our gross margin were 40%?", expect: contribution({ grossMargin: 0.4 }) },
    ],
  },
  {
    id: "fix10a.review-brief",
    tags: ["advice", "brief"],
    questions: ["give me the wins and the worries from august"],
    expect: brief(P.aug),
  },
  {
    id: "fix10a.usual-numbers",
    tags: ["overview"],
    questions: ["pull our standard kpis for september"],
    expect: overview(P.sep),
  },
  {
    id: "fix10a.biggest-lever",
    tags: ["advice"],
    questions: ["if we could change one thing, what's our number one lever right now"],
    expect: { calls: [{ name: "recommend", args: { focus: "all", limit: 1 } }] },
  },
  {
    id: "fix10a.plan-from-last-year",
    tags: ["budget", "time", "honesty"],
    questions: ["what should we spend on cyber monday this year"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: { metrics: ["spend", "revenue", "roas", "orders"], dimensions: ["channel"], timeRange: CM25 },
        },
        { name: "recommend_budget", args: { period: CM26, level: "channel", objective: "profit" } },
      ],
    },
  },
];
