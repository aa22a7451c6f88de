/**
 * Cases for session 16's honest nearest answers (left16a): a cost the data does not hold answered
 * with the nearest recorded figure (affiliate spend per partner program for payouts, revenue per
 * send for email costs), a metric held against competitors answered with our own by channel
 * against the period before, and profit asked of one channel at a stated margin or of the business
 * as a whole. Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { cmp, f, P, qm } from "./helpers.ts";

export const LEFT16A_CASES: SourceCase[] = [
  {
    id: "left16a.payouts-nearest-spend",
    tags: ["query", "honesty"],
    questions: [
      "what commission did our affiliate partners earn from us in q3",
      "affiliate payouts by partner for q3",
    ],
    expect: qm({
      metrics: ["spend"],
      dimensions: ["campaign"],
      filters: [f("channel", "affiliate")],
      timeRange: P.q3,
    }),
  },
  {
    id: "left16a.email-cost-per-send",
    tags: ["query", "honesty", "email"],
    questions: [
      "what does each email send cost us in september",
      "email platform fees per send in september",
    ],
    expect: qm({ metrics: ["email_revenue", "email_sends", "email_revenue_per_send"], timeRange: P.sep }),
  },
  {
    id: "left16a.cpc-vs-rivals",
    tags: ["compare", "honesty"],
    questions: [
      "are our cpcs higher than our rivals in october",
      "october cpc compared with the competition",
    ],
    expect: cmp({
      metrics: ["cpc"],
      dimensions: ["channel"],
      period: P.oct,
      compareTo: P.sep,
    }),
  },
  {
    id: "left16a.channel-profit-at-margin",
    tags: ["profitability"],
    questions: [
      "is affiliate profitable at a 30% margin",
      "is affiliate making money if our margin is really 30%",
    ],
    expect: { calls: [{ name: "profitability", args: { analysis: "channel_profit", grossMargin: 0.3 } }] },
  },
  {
    id: "left16a.business-profit",
    tags: ["profitability"],
    questions: ["is the company profitable in q3", "were we making money in q3"],
    expect: {
      calls: [
        { name: "profitability", args: { analysis: "contribution_margin", period: P.q3 } },
        { name: "profitability", args: { analysis: "break_even", period: P.q3 } },
      ],
    },
  },
];
