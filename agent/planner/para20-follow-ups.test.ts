/** para20: set 14's follow-ups and asks said another way (para20-phrasings.ts and the readers it names). */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import { expectSameFollowUp, lastPlanOfThread } from "./testing-thread.ts";

const last = lastPlanOfThread;

describe("follow-ups said another way (para20)", () => {
  it("'why is #1 doing so poorly', 'what's wrong with the worst one': the rows with their parts", () => {
    expectSameFollowUp("worst 3 campaigns by roas with at least $500 spend ytd", "why is #1 so bad", [
      "why is #1 doing so poorly",
      "what's wrong with the worst one",
      "why is the first one so bad",
      "why is number 1 so bad",
    ]);
  });

  it("'is that a good number?': a verdict on the figure, as 'is that good?'", () => {
    expectSameFollowUp("yesterday's revenue", "is that good?", [
      "is that a good number?",
      "is this a healthy figure",
      "good or bad?",
      "is that normal?",
    ]);
  });

  it("'also remove affiliate': excluded too, not kept alone", () => {
    const first = "paid spend excluding brand search, last month";
    expectSameFollowUp(first, "ok now exclude affiliate too", [
      "also remove affiliate",
      "take out affiliate as well",
      "now also exclude affiliate",
      "and without affiliate too",
    ]);
    const plan = last(first, "also remove affiliate");
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args).toMatchObject({
      filters: expect.arrayContaining([{ field: "channel", op: "not_in", values: ["affiliate"] }]),
    });
  });

  it("other follow-up wordings that already read as the original", () => {
    expectSameFollowUp("how we doing", "is that good or bad?", ["is that any good", "should i be worried?"]);
    expectSameFollowUp("show me revenue by channel for the last ninety days", "as a pie", [
      "can you make it a pie",
      "show that as a pie chart",
    ]);
    expectSameFollowUp("what % of revenue came from first-time buyers in q3", "and q2?", [
      "same for q2",
      "how about q2",
    ]);
    expectSameFollowUp("anything weird in the last 30 days?", "drill into the biggest one", [
      "tell me more about the largest one",
      "explain the biggest anomaly",
    ]);
    expectSameFollowUp("where do people drop off most", "same but by channel", [
      "break that down by channel",
      "now by channel",
    ]);
    expectSameFollowUp("add to cart rate by channel last month", "how does that compare to last year", [
      "vs last year?",
      "compare to same time last year",
    ]);
  });
});

describe("asks said another way that the data cannot break down (para20)", () => {
  it("'margin by category', 'keywords ranked by spend': the breakdown the data lacks, said", () => {
    for (const [q, word] of [["what was the margin by category in q3", "product"]] as const) {
      const plan = planQuestion(q, testContext());
      expect(plan.kind, q).toBe("clarify");
      expect(plan.kind === "clarify" && plan.question).toContain(`no ${word} breakdown`);
    }
  });
});
