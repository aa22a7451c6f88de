/**
 * Cases for session 11's fix6d kinds: what-ifs written loosely, moves between two channels (no
 * amount, or more than the source spends), a split on the 1st of a month, a channel's figures beside
 * a what-if, a target asked to be stored, a metric limit on a plan. Own wordings; the blind sets
 * are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { budget, f, P } from "./helpers.ts";

const ch = (value: string, change: Record<string, unknown>) => ({ dimension: "channel", value, ...change });
const pf = (value: string, change: Record<string, unknown>) => ({ dimension: "platform", value, ...change });
const calls = (...c: { name: string; args: Record<string, unknown> }[]): Expectation => ({ calls: c });
const whatIf = (changes: Record<string, unknown>[], level = "channel") => ({
  name: "recommend_budget",
  args: { period: P.nextMonth, level, lockedChannels: [], changes, objective: "profit" },
});

export const FIX6D_ANALYSIS_CASES: SourceCase[] = [
  {
    id: "fix6d.signed-percent-on-channel",
    tags: ["budget"],
    questions: ["-20% on display, how much revenue do we lose"],
    expect: budget({ period: P.nextMonth, changes: [ch("display", { changePercent: -20 })] }),
  },
  {
    id: "fix6d.extra-amount-on-platform",
    tags: ["budget"],
    questions: ["what would an extra 3k on google ads get us", "+$3k on google ads, worth it?"],
    expect: budget({
      period: P.nextMonth,
      level: "platform",
      changes: [pf("google_ads", { changeAmount: 3000 })],
    }),
  },
  {
    id: "fix6d.weighed-change-next-month",
    tags: ["budget"],
    questions: ["we're planning to cut display in half next month, what happens to profit"],
    expect: budget({ period: P.nextMonth, changes: [ch("display", { changePercent: -50 })] }),
  },
  {
    id: "fix6d.move-without-amount",
    tags: ["budget"],
    questions: ["is it worth shifting budget from affiliate to paid social"],
    expect: budget({
      period: P.nextMonth,
      changes: [ch("affiliate", { changePercent: -20 }), ch("paid_social", { receives: true })],
    }),
  },
  {
    id: "fix6d.move-more-than-source",
    tags: ["budget"],
    note: "affiliate spends under $1k a month: the tool moves all of it and the answer says so",
    questions: ["move $3k from affiliate to paid search next month, what changes"],
    expect: budget({
      period: P.nextMonth,
      changes: [ch("affiliate", { changeAmount: -3000 }), ch("paid_search", { changeAmount: 3000 })],
    }),
  },
  {
    id: "fix6d.split-on-the-first",
    tags: ["budget"],
    questions: ["we have 25k to spend on ads next month, how do we divide it"],
    expect: budget({ totalBudget: 25000, period: P.nextMonth }),
  },
  {
    id: "fix6d.figures-and-what-if",
    tags: ["budget"],
    questions: ["pull up paid search spend and roas for q3 and what 15% more would bring"],
    expect: calls(
      {
        name: "query_metrics",
        args: {
          metrics: ["spend", "roas"],
          dimensions: [],
          filters: [f("channel", "paid_search")],
          timeRange: P.q3,
        },
      },
      whatIf([ch("paid_search", { changePercent: 15 })]),
    ),
  },
  {
    id: "fix6d.target-with-figure",
    tags: ["budget"],
    questions: ["create a roas target of 3 for google ads"],
    expect: calls({
      name: "query_metrics",
      args: {
        metrics: ["roas"],
        dimensions: [],
        filters: [f("platform", "google_ads")],
        timeRange: P.oct,
        statedTargets: [{ metric: "roas", target: 3 }],
      },
    }),
  },
  {
    id: "fix6d.metric-limit-on-plan",
    tags: ["budget"],
    questions: ["how should I split 30k next month if I want cpa below $50"],
    expect: calls(
      {
        name: "recommend_budget",
        args: {
          totalBudget: 30000,
          period: P.nextMonth,
          level: "channel",
          lockedChannels: [],
          changes: [],
          objective: "profit",
        },
      },
      {
        name: "query_metrics",
        // leftC: CPA over everything is paid CPA with the blended cost per order beside it.
        args: { metrics: ["paid_cpa", "cpa"], dimensions: [], filters: [], timeRange: P.oct },
      },
    ),
  },
];
