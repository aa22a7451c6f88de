/**
 * lead24: a past budget move between two channels read on the side the money went to, spend
 * against a plan as pacing, a share of a channel's spend taken by one of its campaigns, and
 * "search" beside paid-only words read as paid search.
 */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import type { DimensionValue, Plan } from "./types.ts";

const ctx = () => testContext({ dataEnd: "2026-10-31", dataStart: "2025-11-01" });
const calls = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls : []);
const campaign = (value: number, label: string): DimensionValue => ({
  dimension: "campaign",
  value: String(value),
  label,
  aliases: [],
});

describe("a past budget move between two channels", () => {
  it.each([
    ["we shifted some money from display to paid social in may, did it pay off", { channel: "paid_social" }],
    ["we moved budget to affiliates from display in march - did it work?", { channel: "affiliate" }],
    ["did the budget shift from paid search to tiktok in september help", { platform: "tiktok_ads" }],
  ])("%s", (question, side) => {
    const [call] = calls(planQuestion(question, ctx()));
    expect(call?.name).toBe("campaigns");
    expect(call?.args).toMatchObject({ analysis: "change", ...side });
  });

  it("reads the month named as the past one, not the coming one", () => {
    const [call] = calls(planQuestion("did moving budget into paid social in june pay off", ctx()));
    expect(call?.args).toMatchObject({
      analysis: "change",
      around: { from: "2026-06-01", to: "2026-06-30" },
    });
  });

  it("keeps a move still ahead a what-if", () => {
    const [call] = calls(planQuestion("what if we shift 5k from display to paid social next month", ctx()));
    expect(call?.name).toBe("recommend_budget");
  });
});

describe("spend against a plan", () => {
  it.each([
    ["how far off were we from the october spend plan", { from: "2026-10-01", to: "2026-10-31" }],
    ["media plan vs actual for september", { from: "2026-09-01", to: "2026-09-30" }],
  ])("%s is pacing of that month", (question, period) => {
    const [call] = calls(planQuestion(question, ctx()));
    expect(call?.name).toBe("campaigns");
    expect(call?.args).toMatchObject({ analysis: "pacing", period });
  });
});

describe("a campaign's share of its platform's spend", () => {
  const values = [...DEMO_DIMENSION_VALUES, campaign(2001, "Prospecting - Broad - Advantage+")];
  it.each([
    "what share of meta spend goes to the advantage+ campaign",
    "how much of our meta budget goes to the advantage+ campaign",
  ])("%s: spend by campaign inside Meta", (question) => {
    const [call] = calls(planQuestion(question, testContext({ dimensionValues: values })));
    expect(call?.args).toMatchObject({
      metrics: ["spend"],
      dimensions: ["campaign"],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
    });
  });
});

describe("search beside paid-only words", () => {
  it("is paid search, not a clarification", () => {
    const [call] = calls(planQuestion("which search campaign should get more money", ctx()));
    expect(call).toMatchObject({ name: "recommend", args: { focus: "campaigns", channel: "paid_search" } });
  });

  it("still asks when nothing says which", () => {
    expect(planQuestion("search traffic last month", ctx()).kind).toBe("clarify");
  });
});
