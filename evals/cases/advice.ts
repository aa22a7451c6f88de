/** Cases for the insight brief and ranked recommendations (issue #15). */
import type { Expectation, SourceCase } from "../types.ts";
import { P } from "./helpers.ts";

const brief = (period: Record<string, unknown>): Expectation => ({
  calls: [{ name: "brief", args: { period } }],
});
const recommend = (focus: string): Expectation => ({ calls: [{ name: "recommend", args: { focus } }] });

export const ADVICE_CASES: SourceCase[] = [
  {
    id: "brief.weekly",
    tags: ["brief"],
    questions: ["give me the weekly recap", "can you write a leadership summary"],
    expect: brief({ preset: "last_week" }),
  },
  {
    id: "brief.last-month",
    tags: ["brief"],
    questions: ["summarize last month for the exec team"],
    expect: brief(P.oct),
  },
  {
    id: "brief.weekly-beta",
    tags: ["brief"],
    org: "beta-bikes",
    questions: ["weekly summary please"],
    expect: brief({ preset: "last_week" }),
  },
  {
    id: "recommend.focus",
    tags: ["recommend"],
    questions: ["what should we prioritise this week", "what are the top priorities right now"],
    expect: recommend("all"),
  },
  {
    id: "recommend.one-channel",
    tags: ["recommend"],
    questions: ["what needs fixing on paid social", "top things to improve in our paid social ads"],
    expect: { calls: [{ name: "recommend", args: { focus: "all", channel: "paid_social" } }] },
  },
  {
    id: "recommend.one-platform",
    tags: ["recommend"],
    questions: ["what should we be fixing on facebook ads", "any quick wins on meta"],
    expect: { calls: [{ name: "recommend", args: { focus: "all", platform: "meta_ads" } }] },
  },
  {
    id: "recommend.counted",
    tags: ["recommend"],
    questions: ["give me two things to fix this week", "top 2 priorities right now"],
    expect: { calls: [{ name: "recommend", args: { focus: "all", limit: 2 } }] },
  },
  {
    id: "recommend.pause-campaigns",
    tags: ["recommend"],
    questions: ["which campaigns should I pause", "what campaigns should we turn off"],
    expect: recommend("campaigns"),
  },
  {
    id: "recommend.budget-beta",
    tags: ["recommend"],
    org: "beta-bikes",
    questions: ["what should we do with the marketing budget"],
    expect: recommend("budget"),
  },
];
