/**
 * Cases for session 19's fix14f kinds: what-ifs with numbers (a cost per result twice as high at
 * the same spend, an amount per day on a channel, a budget cut by a share), the coming month at
 * unchanged budgets (run rates), history that sounds like the future (the outage's week, a pause
 * told as history, the days since a holdout) and follow-ups that change the period. Own wordings;
 * the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const r = (from: string, to: string) => ({ from, to });

const NOV = r("2026-11-01", "2026-11-30");
const call = (name: string, args: Record<string, unknown>): Expectation => ({ calls: [{ name, args }] });

export const FIX14F_CASES: SourceCase[] = [
  {
    id: "fix14f.cpa-doubles-same-spend",
    tags: ["query", "what-if"],
    questions: [
      "if tiktok's cost per acquisition doubled with spend unchanged, how many fewer orders would we get",
      "say tiktok cpa goes up 2x at flat budgets, how many orders go",
    ],
    expect: call("query_metrics", {
      metrics: ["spend", "orders", "cpa"],
      filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }],
      timeRange: P.oct,
    }),
  },
  {
    id: "fix14f.per-day-to-channel",
    tags: ["budget", "what-if"],
    questions: ["what if we put another 50 bucks a day into affiliate, is it worth it"],
    expect: call("recommend_budget", {
      period: NOV,
      changes: [{ dimension: "channel", value: "affiliate", changeAmount: 1500 }],
    }),
  },
  {
    id: "fix14f.budget-cut-share",
    tags: ["budget", "what-if"],
    questions: [
      "our budget gets cut 30% in november, where do we trim to protect profit",
      "with a 30% budget cut next month which channels should give up spend",
    ],
    expect: call("recommend_budget", { totalBudgetChangePercent: -30, period: NOV, objective: "profit" }),
  },
  {
    id: "fix14f.flat-budget-forecast",
    tags: ["run-rate", "forecast"],
    questions: [
      "how would november turn out at current budgets",
      "if we hold spend flat, what would next month bring in",
    ],
    expect: {
      calls: [
        { name: "project_run_rate", args: { metric: "revenue", period: NOV, pace: P.oct } },
        { name: "project_run_rate", args: { metric: "orders", period: NOV, pace: P.oct } },
      ],
    },
  },
  {
    id: "fix14f.outage-week-daily",
    tags: ["trend", "history"],
    questions: [
      "how did sales look during the week of the tracking outage",
      "sales in the week the pixel broke",
    ],
    expect: call("query_metrics", {
      metrics: ["revenue"],
      dimensions: ["date"],
      timeRange: r("2026-03-16", "2026-03-22"),
    }),
  },
  {
    id: "fix14f.pause-told-as-history",
    tags: ["campaigns", "history"],
    questions: [
      "display was switched off for a week in june, did sales drop while it was off",
      "we turned display off in june, did revenue notice",
    ],
    expect: call("campaigns", { analysis: "holdout", channel: "display", around: P.jun }),
  },
  {
    id: "fix14f.since-holdout-ended",
    tags: ["campaigns", "history"],
    questions: [
      "has paid search come back since its holdout ended",
      "post holdout, has paid search rebounded",
    ],
    expect: call("campaigns", { analysis: "holdout", channel: "paid_search", sideDays: 91 }),
  },
  {
    id: "fix14f.follow-up-same-days-before",
    tags: ["compare", "follow-up"],
    turns: [
      {
        question: "cpa and spend by channel since labor day",
        expect: call("query_metrics", {
          metrics: ["cpa", "spend"],
          dimensions: ["channel"],
          timeRange: r("2026-09-07", "2026-11-01"),
        }),
      },
      {
        question: "and for every channel combined vs the same number of days before labor day",
        expect: call("compare_periods", {
          metrics: ["cpa", "spend"],
          dimensions: [],
          period: r("2026-09-07", "2026-10-31"),
          compareTo: r("2026-07-14", "2026-09-06"),
        }),
      },
    ],
  },
  {
    id: "fix14f.follow-up-add-period",
    tags: ["compare", "follow-up"],
    turns: [
      {
        question: "roas by channel in september",
        expect: call("query_metrics", { metrics: ["roas"], dimensions: ["channel"], timeRange: P.sep }),
      },
      {
        question: "add august too",
        expect: call("compare_periods", {
          metrics: ["roas"],
          period: P.sep,
          compareTo: r("2026-08-01", "2026-08-31"),
        }),
      },
    ],
  },
];
