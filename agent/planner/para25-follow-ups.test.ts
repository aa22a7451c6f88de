/** para25: set 19's follow-ups said another way (para25-phrasings.ts and the readers it names). */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import { expectSameFollowUp } from "./testing-thread.ts";

describe("follow-ups said another way (para25)", () => {
  it("'what about moving 10k' after a move between channels: the same move with that amount", () => {
    expectSameFollowUp(
      "If we moved $5k from display to paid search next month what would happen to revenue?",
      "what if it was 10k instead",
      ["what about moving 10k", "how about shifting 10k"],
    );
  });

  it("'which attribution model should i believe' after two models compared: which to trust", () => {
    expectSameFollowUp(
      "how different does paid social look under first touch vs last touch?",
      "which model should I trust?",
      ["which attribution model should i believe", "which one should we rely on"],
    );
  });

  it("'stack the bars' after a daily chart by channel: the stacked bars", () => {
    expectSameFollowUp("chart daily sessions by channel for october", "make it a stacked bar", [
      "stack the bars",
      "stack them",
    ]);
  });

  it("'how does ours compare' after a ROAS benchmark: ours", () => {
    expectSameFollowUp("is a 2x ROAS good?", "what about ours", [
      "how does ours compare",
      "how do we stack up",
    ]);
  });

  it("other wordings already read as the original", () => {
    expectSameFollowUp("how did we do last month?", "and the month before", ["and the one before that"]);
    expectSameFollowUp("roas by chnl oct", "and sep", ["same for sept"]);
    expectSameFollowUp("worst performing campaign last quarter?", "what should I do about it", [
      "what do you recommend doing about that",
    ]);
  });
});

describe("first questions said another way (para25)", () => {
  it("'schedule a monday report of ...': that report every Monday, as 'send me ... every monday'", () => {
    const original = planQuestion(
      "can you send me spend, revenue and ROAS per channel every monday?",
      testContext(),
    );
    const said = planQuestion("schedule a monday report of spend, revenue, roas per channel", testContext());
    const text = (p: typeof said) =>
      p.kind === "clarify" ? p.question : p.kind === "decline" ? p.message : JSON.stringify(p.calls);
    expect(said.kind).toBe(original.kind);
    expect(text(said)).toBe(text(original));
  });
});
