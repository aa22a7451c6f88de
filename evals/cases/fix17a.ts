/**
 * Cases for fix17a's kinds (session 22): words about the audience, the delivery or a quoted
 * figure's source are context, not the ask; campaigns and paid channels judged against break-even
 * at a margin (a stated one too); a slide since launch with a swapped channel; targets asked again.
 * Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, notNone, P, qm, why } from "./helpers.ts";

const ALL_TIME = P.range("2025-11-01", "2026-10-31");
const SLIDE = ["spend", "revenue", "roas", "cpa", "orders"];
const TARGET_METRICS = ["revenue", "spend", "roas", "orders", "cpa", "cac"];

export const FIX17A_CASES: SourceCase[] = [
  {
    id: "fix17a.asker-first",
    tags: ["explain", "conversational"],
    questions: [
      "my boss wants to know why revenue fell in september",
      "client's been asking why revenue dropped in september - need a blurb i can paste in slack",
    ],
    expect: why({ metric: "revenue", period: P.sep, compareTo: P.aug, dimensions: ["channel"], filters: [] }),
  },
  {
    id: "fix17a.quoted-figure-how",
    tags: ["query", "quoted"],
    questions: ["finance has roas at 3 for september. how is that calculated and do you get the same?"],
    expect: {
      calls: [
        { name: "describe_metric", args: { metric: "roas" } },
        {
          name: "query_metrics",
          args: { metrics: ["roas", "mer"], dimensions: [], filters: [], timeRange: P.sep },
        },
      ],
    },
  },
  {
    id: "fix17a.quoted-value-seen",
    tags: ["verdict", "quoted"],
    questions: ["the weekly report had CAC 52 - what does it mean and is it good?"],
    expect: {
      calls: [
        { name: "describe_metric", args: { metric: "cac" } },
        {
          name: "compare_periods",
          args: {
            metrics: ["cac"],
            period: P.last30,
            compareTo: P.range("2026-09-02", "2026-10-01"),
            dimensions: [],
            filters: [],
          },
        },
        { name: "profitability", args: { analysis: "break_even", period: P.last30 } },
      ],
    },
  },
  {
    id: "fix17a.recap-bullets",
    tags: ["brief", "review"],
    questions: ["september recap for leadership, three bullets max"],
    expect: {
      calls: [{ name: "brief", args: { period: P.sep, review: { wins: 3, concerns: 3, short: true } } }],
    },
  },
  {
    id: "fix17a.one-side-review",
    tags: ["brief", "review"],
    questions: ["top 2 highlights from august"],
    expect: {
      calls: [{ name: "brief", args: { period: P.aug, review: { wins: 2, concerns: 0, short: false } } }],
    },
  },
  {
    id: "fix17a.campaign-losses-margin",
    tags: ["campaigns", "profitability"],
    questions: ["with a 35% margin, which campaigns are under water?"],
    expect: {
      calls: [
        { name: "profitability", args: { analysis: "break_even", grossMargin: 0.35 } },
        {
          name: "query_metrics",
          args: {
            metrics: ["spend", "attributed_revenue", "roas"],
            dimensions: ["campaign"],
            filters: [notNone("campaign")],
            timeRange: P.last30,
            orderBy: [{ field: "roas", direction: "asc" }],
          },
        },
      ],
    },
  },
  {
    id: "fix17a.paid-channels-margin",
    tags: ["profitability"],
    questions: ["which ad channels even make money at our margin"],
    expect: { calls: [{ name: "profitability", args: { analysis: "channel_profit" } }] },
  },
  {
    id: "fix17a.slide-since-launch",
    tags: ["query", "conversational"],
    turns: [
      {
        question: "one pager on paid social since it launched for my boss",
        expect: qm({ metrics: SLIDE, filters: [f("channel", "paid_social")], timeRange: ALL_TIME }),
      },
      {
        question: "same but for display",
        expect: qm({ metrics: SLIDE, filters: [f("channel", "display")], timeRange: ALL_TIME }),
      },
    ],
  },
  {
    id: "fix17a.targets-again",
    tags: ["targets", "conversational"],
    turns: [
      { question: "do we have any targets", expect: qm({ metrics: TARGET_METRICS, timeRange: P.last30 }) },
      { question: "are we on pace with them", expect: qm({ metrics: TARGET_METRICS, timeRange: P.last30 }) },
    ],
  },
];
