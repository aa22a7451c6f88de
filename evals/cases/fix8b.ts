/**
 * Cases for session 13's fix8b kinds: pacing asked of a month with no data yet (the latest whole
 * month paced instead), spend over a daily budget told with "over", a budget flight named as a
 * test (read over its own days), the recorded planned changes listed, a pause told as history
 * checked against the recorded holdouts, and overspending asked of one campaign. Own wordings;
 * the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const campaigns = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "campaigns", args }] });

export const FIX8B_CASES: SourceCase[] = [
  {
    id: "fix8b.on-track-this-month",
    tags: ["campaigns", "budget"],
    questions: ["are we on track to use up this month's ad budget"],
    expect: campaigns({ analysis: "pacing", period: P.oct }),
  },
  {
    id: "fix8b.spent-over-daily-budget",
    tags: ["campaigns", "budget"],
    questions: ["which campaigns spent over their daily budget in september"],
    expect: campaigns({ analysis: "pacing", period: P.sep }),
  },
  {
    id: "fix8b.flight-test-results",
    tags: ["campaigns", "comparison"],
    questions: ["how did the affiliate budget flight go in september"],
    expect: campaigns({ analysis: "change", channel: "affiliate", around: P.sep }),
  },
  {
    id: "fix8b.planned-list-year",
    tags: ["campaigns"],
    questions: ["what experiments have we run this year"],
    expect: campaigns({ analysis: "planned", period: P.ytd }),
  },
  {
    id: "fix8b.pause-not-recorded",
    tags: ["campaigns", "incrementality"],
    questions: ["since we stopped affiliate in september have sales fallen"],
    expect: campaigns({ analysis: "holdout", channel: "affiliate", around: P.sep }),
  },
  {
    id: "fix8b.campaign-too-much",
    tags: ["budget"],
    questions: ["are we putting too much money into brand search"],
    expect: { calls: [{ name: "profitability", args: { analysis: "overspend" } }] },
  },
];
