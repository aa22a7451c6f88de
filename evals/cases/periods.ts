/**
 * Cases for weekday periods, misspelled period words, a period named only as the baseline, funnel
 * comparisons and the site funnel's steps as metrics. Written from the kinds of failure the second
 * blind set showed; its questions (evals/blind/questions-2.jsonl) are held out and not copied.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { cmp, define, P, qm } from "./helpers.ts";

const day = (d: string) => ({ from: d, to: d });
const funnel = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "funnel", args }] });

export const PERIOD_CASES: SourceCase[] = [
  {
    id: "periods.weekday-last",
    tags: ["time"],
    questions: ["revenue last wednesday", "what was revenue on wednesday"],
    expect: qm({ metrics: ["revenue"], timeRange: day("2026-10-28") }),
  },
  {
    id: "periods.weekday-of-last-week",
    tags: ["time"],
    questions: ["orders on tuesday last week", "last week's tuesday orders"],
    expect: qm({ metrics: ["orders"], timeRange: day("2026-10-20") }),
  },
  {
    id: "periods.weekday-by-channel",
    tags: ["time"],
    questions: ["spend by channel last friday"],
    expect: qm({ metrics: ["spend"], dimensions: ["channel"], timeRange: day("2026-10-30") }),
  },
  {
    id: "periods.misspelled-yesterday",
    tags: ["time"],
    questions: ["orders yesteday", "how many orders yestarday"],
    expect: qm({ metrics: ["orders"], timeRange: P.yesterday }),
  },
  {
    id: "periods.misspelled-month",
    tags: ["time"],
    questions: ["spend in septmber", "ad spend for septembr"],
    expect: qm({ metrics: ["spend"], timeRange: P.sep }),
  },
  {
    id: "periods.baseline-only-month",
    tags: ["compare"],
    questions: ["orders versus september", "how do orders compare with september"],
    expect: cmp({ metrics: ["orders"], period: P.oct, compareTo: P.sep }),
  },
  {
    id: "periods.baseline-only-quarter",
    tags: ["compare"],
    questions: ["revenue against q2"],
    expect: cmp({ metrics: ["revenue"], period: P.q3, compareTo: P.q2 }),
  },
  {
    id: "periods.funnel-vs-month",
    tags: ["funnel"],
    questions: ["did the funnel get worse compared to september", "funnel step conversion vs september"],
    expect: funnel({ period: P.oct, compareTo: P.sep }),
  },
  {
    id: "periods.funnel-follow-up",
    tags: ["funnel"],
    turns: [
      { question: "conversion funnel for october", expect: funnel({ period: P.oct }) },
      {
        question: "which stage got worse than the month before",
        expect: funnel({ period: P.oct, compareTo: P.sep }),
      },
    ],
  },
  {
    id: "periods.engaged-sessions",
    tags: ["lookup"],
    questions: ["how many engaged sessions did we have in october", "non bounced sessions in october"],
    expect: qm({ metrics: ["engaged_sessions"], timeRange: P.oct }),
  },
  {
    id: "periods.engagement-rate-by-channel",
    tags: ["lookup"],
    questions: ["engagement rate by channel in september"],
    expect: qm({ metrics: ["engagement_rate"], dimensions: ["channel"], timeRange: P.sep }),
  },
  {
    id: "periods.checkouts-trend",
    tags: ["trend"],
    questions: ["checkouts started by week in q3"],
    expect: qm({ metrics: ["checkouts"], dimensions: ["date"], timeRange: P.q3, grain: "week" }),
  },
  {
    id: "periods.define-engaged-session",
    tags: ["define"],
    questions: ["what is an engaged session", "define engaged sessions"],
    expect: define("engaged_sessions"),
  },
];
