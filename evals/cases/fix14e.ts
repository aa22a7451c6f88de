/**
 * Cases for fix14e's kinds (session 19): two-step asks about what the first part finds, a why
 * that presumes a rank, a past pause with another member's figures asked, a why asked after an
 * overview, channels ranked by profit (a why after a funnel is in agent/planner/fix14e.test.ts: the
 * funnel compared by step is not yet fully grounded on its own). Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { f, notNone, P } from "./helpers.ts";

const OCT_VS_SEP = { period: P.oct, compareTo: P.sep };

export const FIX14E_CASES: SourceCase[] = [
  {
    id: "fix14e.top-week-then-channels",
    tags: ["two-step", "explain"],
    questions: ["identify the top revenue week in q3 and which channels drove it"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["revenue"],
            dimensions: ["date"],
            grain: "week",
            timeRange: P.q3,
            orderBy: [{ field: "revenue", direction: "desc" }],
            limit: 1,
          },
        },
        {
          name: "explain_change",
          args: {
            metric: "revenue",
            period: { from: "2026-08-03", to: "2026-08-09" },
            compareTo: "previous_period",
            dimensions: ["channel", "campaign"],
          },
        },
      ],
    },
  },
  {
    id: "fix14e.channel-change-then-campaigns",
    tags: ["two-step", "comparison"],
    questions: [
      "which channel's cpa climbed the most in october vs september, then which campaigns drove that",
    ],
    expect: {
      calls: [
        { name: "compare_periods", args: { metrics: ["cpa"], dimensions: ["channel"], ...OCT_VS_SEP } },
        {
          name: "compare_periods",
          args: {
            metrics: ["cpa"],
            dimensions: ["campaign"],
            filters: [f("channel", "paid_social"), notNone("campaign")],
            ...OCT_VS_SEP,
          },
        },
      ],
    },
  },
  {
    id: "fix14e.rank-premise-checked",
    tags: ["explain", "premise"],
    questions: ["how come display is our top roas channel"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["roas"],
            dimensions: ["channel"],
            filters: [],
            timeRange: P.last30,
            orderBy: [{ field: "roas", direction: "desc" }],
          },
        },
        {
          name: "explain_change",
          args: {
            metric: "roas",
            period: P.last30,
            compareTo: { from: "2026-09-02", to: "2026-10-01" },
            filters: [f("channel", "display")],
          },
        },
      ],
    },
  },
  {
    id: "fix14e.pause-then-other-channel",
    tags: ["trend", "premise"],
    questions: ["after we switched off paid search in september, did organic search sessions rise"],
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: {
            metrics: ["spend"],
            dimensions: ["date"],
            grain: "week",
            filters: [f("channel", "paid_search")],
            timeRange: { from: "2026-08-10", to: "2026-10-18" },
          },
        },
        {
          name: "query_metrics",
          args: {
            metrics: ["sessions"],
            dimensions: ["date"],
            grain: "week",
            filters: [f("channel", "organic_search")],
            timeRange: { from: "2026-08-10", to: "2026-10-18" },
          },
        },
      ],
    },
  },
  {
    id: "fix14e.biggest-move-after-overview",
    tags: ["explain", "follow-up"],
    turns: [
      {
        question: "quick overview of how we're doing",
        expect: { calls: [{ name: "overview", args: { period: P.last30 } }] },
      },
      {
        question: "what's behind the biggest move there",
        expect: {
          calls: [
            {
              name: "explain_change",
              args: {
                metric: "revenue",
                period: P.last30,
                compareTo: { from: "2026-09-02", to: "2026-10-01" },
                dimensions: ["channel"],
              },
            },
          ],
        },
      },
    ],
  },
  {
    id: "fix14e.channels-by-profit",
    tags: ["profitability"],
    questions: ["sort our channels by profit in q3 at a 40% margin"],
    expect: {
      calls: [
        { name: "profitability", args: { analysis: "channel_profit", period: P.q3, grossMargin: 0.4 } },
      ],
    },
  },
];
