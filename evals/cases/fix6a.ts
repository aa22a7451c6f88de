/**
 * Cases for session 11's fix6a kinds: campaigns as things (their list with objective and daily
 * budget, filtered by objective or platform) and spend against the budget each campaign had
 * (pacing, days over the daily budget). Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const campaigns = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "campaigns", args }] });

export const FIX6A_CASES: SourceCase[] = [
  {
    id: "fix6a.campaign-settings",
    tags: ["campaigns"],
    questions: ["give me a table of our campaigns with objective and daily budget"],
    expect: campaigns({ analysis: "list" }),
  },
  {
    id: "fix6a.awareness-campaigns",
    tags: ["campaigns"],
    questions: ["which of our campaigns have the awareness objective"],
    expect: campaigns({ analysis: "list", objective: "awareness" }),
  },
  {
    id: "fix6a.count-tiktok-campaigns",
    tags: ["campaigns"],
    questions: ["how many campaigns do we have on tiktok"],
    expect: campaigns({ analysis: "list", platform: "tiktok_ads" }),
  },
  {
    id: "fix6a.over-daily-budget-sep",
    tags: ["campaigns", "budget"],
    questions: ["were any campaigns above their daily budget in september"],
    expect: campaigns({ analysis: "pacing", period: P.sep }),
  },
  {
    id: "fix6a.pacing-oct-social",
    tags: ["campaigns", "budget"],
    questions: ["paid social campaign spend against budget for october"],
    expect: campaigns({ analysis: "pacing", channel: "paid_social", period: P.oct }),
  },
  {
    id: "fix6a.campaign-after-raise",
    tags: ["campaigns", "comparison"],
    questions: ["what changed for the outdoor enthusiasts campaign once we upped its budget in july"],
    expect: campaigns({ analysis: "change", campaigns: [1007], around: P.jul }),
  },
];
