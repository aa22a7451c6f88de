/**
 * Cases for session 13's fix8c kinds (unit economics and advice): break-even ROAS and CPA with
 * current figures against them, the next dollar of one member at current spend, how far two
 * attribution models are apart on a member, scale-and-cut advice, and attributed ROAS read as
 * paid ROAS. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { attr, budget, P, qm } from "./helpers.ts";

const profitability = (args: Record<string, unknown>): Expectation => ({
  calls: [{ name: "profitability", args }],
});
const step = (dimension: string, value: string) => [{ dimension, value, changePercent: 10 }];

export const FIX8C_CASES: SourceCase[] = [
  {
    id: "fix8c.break-even-cpa",
    tags: ["profitability"],
    questions: ["how much can we afford to spend per new customer", "what cpa can we afford"],
    expect: profitability({ analysis: "break_even" }),
  },
  {
    id: "fix8c.break-even-roas-for-us",
    tags: ["profitability"],
    questions: ["is 1.5x a decent roas for our business", "what's a healthy roas to aim for"],
    expect: profitability({ analysis: "break_even" }),
  },
  {
    id: "fix8c.break-even-september",
    tags: ["profitability"],
    questions: ["break-even cac vs what we actually paid in september"],
    expect: profitability({ analysis: "break_even", period: P.sep }),
  },
  {
    id: "fix8c.marginal-platform-now",
    tags: ["budget"],
    questions: ["marginal return of google ads where we spend now"],
    expect: budget({ period: P.nextMonth, level: "platform", changes: step("platform", "google_ads") }),
  },
  {
    id: "fix8c.marginal-channel-now",
    tags: ["budget"],
    questions: ["what does the next dollar on affiliate return"],
    expect: budget({ period: P.nextMonth, changes: step("channel", "affiliate") }),
  },
  {
    id: "fix8c.model-gap-email",
    tags: ["attribution"],
    questions: ["how far apart are shapley and first touch on email"],
    expect: attr({
      models: ["shapley", "first_touch"],
      level: "channel",
      channels: ["email"],
      period: P.last30,
    }),
  },
  {
    id: "fix8c.model-gap-affiliate-sep",
    tags: ["attribution"],
    questions: ["whats the gap between linear and last touch for affiliate in september"],
    expect: attr({
      models: ["linear", "last_touch"],
      level: "channel",
      channels: ["affiliate"],
      period: P.sep,
    }),
  },
  {
    id: "fix8c.scale-and-cut",
    tags: ["advice"],
    questions: ["which campaigns should we grow and which should we cut"],
    expect: { calls: [{ name: "recommend", args: { focus: "campaigns" } }] },
  },
  {
    id: "fix8c.attributed-roas-by-channel",
    tags: ["attribution"],
    questions: ["roas by channel using the time decay model this year"],
    expect: qm({
      metrics: ["roas"],
      dimensions: ["channel"],
      timeRange: P.ytd,
      attributionModel: "time_decay",
    }),
  },
  {
    id: "fix8c.attributed-roas-overall",
    tags: ["attribution"],
    questions: ["attributed roas in q3"],
    expect: qm({ metrics: ["roas", "mer"], timeRange: P.q3 }),
  },
];
