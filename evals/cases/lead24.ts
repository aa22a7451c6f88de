/**
 * Cases for session 24's lead kinds: a past budget move between two channels read before and after
 * it on the side the money went to, spend against a plan as pacing, lift from a channel as its
 * holdout, a channel switched off as a what-if, the gap between orders, a campaign's share of its
 * channel's spend, and which campaigns deserve more money. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { budget, f, P, qm } from "./helpers.ts";

const campaigns = (args: Record<string, unknown>) => ({ calls: [{ name: "campaigns", args }] });

export const LEAD24_CASES: SourceCase[] = [
  {
    id: "lead24.moved-budget-past",
    tags: ["campaigns", "budget"],
    questions: [
      "did moving budget into paid social in june pay off",
      "we shifted money from display to paid social in june, did it work",
    ],
    expect: campaigns({ analysis: "change", around: P.jun, channel: "paid_social" }),
  },
  {
    id: "lead24.spend-plan-gap",
    tags: ["campaigns", "budget"],
    questions: ["how far off were we from the september spend plan", "media plan vs actual for september"],
    expect: campaigns({ analysis: "pacing", period: P.sep }),
  },
  {
    id: "lead24.lift-from-channel",
    tags: ["incrementality"],
    questions: ["how much lift do we get from display", "whats the true uplift from display"],
    expect: campaigns({ analysis: "holdout", channel: "display" }),
  },
  {
    id: "lead24.switch-off-what-if",
    tags: ["budget", "what-if"],
    questions: [
      "how much revenue would we lose if we turned off affiliates",
      "what happens if we turn affiliates off",
    ],
    expect: budget({
      period: P.nextMonth,
      changes: [{ dimension: "channel", value: "affiliate", changePercent: -100 }],
    }),
  },
  {
    id: "lead24.gap-between-orders",
    tags: ["cohorts"],
    questions: ["avg days between orders", "whats the typical gap between purchases"],
    expect: {
      calls: [
        {
          name: "cohorts",
          args: {
            period: P.range("2025-11-01", "2026-10-31"),
            groupBy: "first_touch_channel",
            show: "repeat_gap",
          },
        },
      ],
    },
  },
  {
    id: "lead24.brand-share-of-search",
    tags: ["share", "campaigns"],
    questions: ["how much of our search budget goes to brand", "what share of paid search spend is brand"],
    expect: qm({
      metrics: ["spend"],
      dimensions: ["campaign"],
      filters: [f("channel", "paid_search")],
      timeRange: P.last30,
    }),
  },
  {
    id: "lead24.campaigns-deserve-more",
    tags: ["advice", "campaigns"],
    questions: [
      "which search campaign should get more money",
      "what search campaigns deserve a bigger budget",
    ],
    expect: { calls: [{ name: "recommend", args: { focus: "campaigns", channel: "paid_search" } }] },
  },
];
