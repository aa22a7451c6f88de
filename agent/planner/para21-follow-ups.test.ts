/** para21: set 15's follow-ups said another way (para21-phrasings.ts and the readers it names). */
import { describe, expect, it } from "vitest";
import { correctedPart } from "./correction-turns.ts";
import { callsOf, expectSameFollowUp, lastPlanOfThread } from "./testing-thread.ts";

const last = lastPlanOfThread;

describe("follow-ups said another way (para21)", () => {
  it("'no, revenue', 'actually conversion rate': the previous ask with the metric swapped", () => {
    expectSameFollowUp("show me orders by week for the last 8 weeks", "no I meant revenue", [
      "no, revenue",
      "sorry - revenue",
      "actually revenue not orders",
    ]);
    expectSameFollowUp("CTR by channel last month", "no I meant conversion rate", [
      "actually conversion rate",
      "no, cvr",
    ]);
  });

  it("a cue without a part is no correction", () => {
    for (const q of ["no thanks", "sorry, never mind", "actually that's fine", "no worries"])
      expect(correctedPart(q), q).toBeUndefined();
    expect(correctedPart("no, revenue")).toBe("revenue");
  });

  it("'campaign level?': the same ask broken down by campaign", () => {
    expectSameFollowUp("CVR by channel last 30 days", "by campaign", [
      "campaign level?",
      "now at the campaign level please",
    ]);
  });

  it("'bottom ones?': the other end of the ranking", () => {
    expectSameFollowUp("which states have the highest AOV", "and the bottom ones?", ["bottom ones?"]);
  });

  it("'any of them overspending?' after the budgets: the campaigns against their budgets", () => {
    expectSameFollowUp(
      "what's the daily budget on each campaign",
      "which ones are overspending their budget",
      ["any of them overspending?", "which ones spend more than their budget"],
    );
  });

  it("'and if paid social goes up 20%?': a what-if after a projection", () => {
    expectSameFollowUp("projected Q4 revenue", "and what if we raise paid social 20%", [
      "and if paid social goes up 20%?",
      "what happens if we raise paid social spend 20 percent",
    ]);
  });

  it("'was paid search roas higher than paid social': each channel's figure, also for the next period", () => {
    const plan = last("was paid search roas higher than paid social in q3?", "and last month?");
    expect(callsOf(plan)).toMatchObject([
      { name: "query_metrics", args: { dimensions: ["channel"], timeRange: { from: "2026-10-01" } } },
    ]);
  });
});
