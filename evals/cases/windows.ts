/**
 * Cases for period shorthand, current periods with no data yet, comparisons that would set a
 * period against itself, a named email send, and short follow-ups that keep the thread (a chart,
 * a new budget amount, a funnel by channel, a metric added, a clarification skipped). Written from
 * the kinds of failure the third blind set showed; its questions (evals/blind/questions-3.jsonl)
 * are held out and not copied. The eval data runs through 2026-10-31; today is 2026-11-01.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { budget, clarify, cmp, f, notNone, P, qm } from "./helpers.ts";

const day = (d: string) => ({ from: d, to: d });
const CONVERSIONS = ["metric:orders", "metric:platform_conversions", "metric:attributed_conversions"];
/** The three campaigns with the lowest ROAS in August (campaigns only: no "(none)" row). */
const worst3 = {
  dimensions: ["campaign"],
  filters: [notNone("campaign")],
  timeRange: P.aug,
  orderBy: [{ field: "roas", direction: "asc" }],
  limit: 3,
};
const funnel = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "funnel", args }] });

/** Single questions. */
export const WINDOW_CASES: SourceCase[] = [
  {
    id: "windows.rolling-days",
    tags: ["time"],
    questions: ["14 day cpa by channel", "14d cpa per channel"],
    expect: qm({ metrics: ["cpa"], dimensions: ["channel"], timeRange: P.last14 }),
  },
  {
    id: "windows.rolling-days-short",
    tags: ["time"],
    questions: ["L7D orders", "trailing 7 days orders"],
    expect: qm({ metrics: ["orders"], timeRange: P.last7 }),
  },
  {
    id: "windows.since-start-of",
    tags: ["time"],
    questions: ["spend by month since the beginning of q2"],
    expect: qm({
      metrics: ["spend"],
      dimensions: ["date"],
      grain: "month",
      timeRange: P.range("2026-04-01", "2026-11-01"),
    }),
  },
  {
    id: "windows.vs-prior-n",
    tags: ["compare"],
    questions: [
      "cac last 14 days vs the previous 14",
      "cac over the past 14 days against the 14 days before",
    ],
    expect: cmp({ metrics: ["cac"], period: P.last14, compareTo: P.range("2026-10-04", "2026-10-17") }),
  },
  {
    id: "windows.mtd-without-data",
    tags: ["time"],
    questions: ["orders so far this month", "orders mtd"],
    // November has no data on November 1: the latest complete month, with a line saying so.
    expect: qm({ metrics: ["orders"], timeRange: P.oct }),
  },
  {
    id: "windows.mtd-without-data-ratio",
    tags: ["time"],
    questions: ["aov month to date"],
    expect: qm({ metrics: ["average_order_value"], timeRange: P.oct }),
  },
  {
    id: "windows.this-vs-last-without-data",
    tags: ["compare"],
    questions: ["sessions month to date vs last month", "sessions this month compared to the previous"],
    expect: cmp({ metrics: ["sessions"], period: P.oct, compareTo: P.sep }),
  },
  {
    id: "windows.same-month-twice",
    tags: ["compare"],
    questions: ["orders this september vs last september"],
    expect: cmp({ metrics: ["orders"], period: P.sep, compareTo: P.range("2025-09-01", "2025-09-30") }),
  },
];

/** Threads. */
export const THREAD_CASES: SourceCase[] = [
  {
    id: "thread.same-weekday-a-week-earlier",
    tags: ["followup"],
    turns: [
      {
        question: "orders by platform last thursday",
        expect: qm({ metrics: ["orders"], dimensions: ["platform"], timeRange: day("2026-10-29") }),
      },
      {
        question: "compared with the same day the week before?",
        expect: cmp({
          metrics: ["orders"],
          dimensions: ["platform"],
          period: day("2026-10-29"),
          compareTo: day("2026-10-22"),
        }),
      },
    ],
  },
  {
    id: "thread.funnel-split-by-channel",
    tags: ["followup"],
    turns: [
      { question: "conversion funnel in august", expect: funnel({ period: P.aug }) },
      { question: "split that by channel", expect: funnel({ period: P.aug, byChannel: true }) },
    ],
  },
  {
    id: "thread.budget-new-amount",
    tags: ["followup"],
    turns: [
      {
        question: "how should I spend an extra 8k next month",
        expect: budget({ extraBudget: 8000, period: P.nextMonth }),
      },
      { question: "what about 15k?", expect: budget({ extraBudget: 15_000, period: P.nextMonth }) },
    ],
  },
  {
    id: "thread.chart-of-a-breakdown",
    tags: ["followup"],
    turns: [
      {
        question: "revenue by platform in july",
        expect: qm({ metrics: ["revenue"], dimensions: ["platform"], timeRange: P.jul }),
      },
      {
        question: "can you chart it",
        expect: qm({ metrics: ["revenue"], dimensions: ["platform"], timeRange: P.jul }),
      },
    ],
  },
  {
    id: "thread.chart-of-a-figure",
    tags: ["followup"],
    turns: [
      { question: "cpa in september", expect: qm({ metrics: ["paid_cpa", "cpa"], timeRange: P.sep }) },
      {
        question: "show it as a line",
        expect: qm({ metrics: ["paid_cpa", "cpa"], dimensions: ["date"], grain: "day", timeRange: P.sep }),
      },
    ],
  },
  {
    id: "thread.add-a-metric",
    tags: ["followup"],
    turns: [
      {
        question: "worst 3 campaigns by roas in august",
        expect: qm({ ...worst3, metrics: ["roas"] }),
      },
      {
        question: "add spend as well",
        expect: qm({ ...worst3, metrics: ["roas", "spend"] }),
      },
    ],
  },
  {
    id: "thread.clarification-skipped",
    tags: ["followup"],
    turns: [
      { question: "top 3 platforms by conversions in july", expect: clarify(CONVERSIONS) },
      {
        question: "include cac",
        expect: qm({ metrics: ["orders", "cac"], dimensions: ["platform"], timeRange: P.jul, limit: 3 }),
      },
    ],
  },
  {
    id: "thread.filtered-then-chart",
    tags: ["followup"],
    turns: [
      {
        question: "paid social spend by week in q3",
        expect: qm({
          metrics: ["spend"],
          dimensions: ["date"],
          grain: "week",
          filters: [f("channel", "paid_social")],
          timeRange: P.q3,
        }),
      },
      {
        question: "as a bar chart please",
        expect: qm({
          metrics: ["spend"],
          dimensions: ["date"],
          grain: "week",
          filters: [f("channel", "paid_social")],
          timeRange: P.q3,
        }),
      },
    ],
  },
];
