/** para26: set 20's follow-ups and declined asks said another way (para26-phrasings.ts). */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import { expectSameFollowUp } from "./testing-thread.ts";

describe("follow-ups said another way (para26)", () => {
  it("'flip it, lowest five' after a top five: the bottom five", () => {
    expectSameFollowUp("top 5 campaigns by ROAS this year", "now the bottom 5", [
      "flip it, lowest five",
      "reverse it - bottom 5",
    ]);
  });

  it("'broken down per channel please' after a count: by channel", () => {
    expectSameFollowUp("how many new customers did we get in october", "by channel", [
      "broken down per channel please",
      "split out by channel",
    ]);
  });

  it("'why was that?' after the worst campaign: why", () => {
    expectSameFollowUp("worst performing campaign last month", "why?", [
      "why was that?",
      "why did that happen",
    ]);
  });

  it("'how does that compare with january's customers?' after black friday's: january's", () => {
    expectSameFollowUp(
      "did black friday bring in new customers who actually came back later?",
      "compared to the customers we got in january?",
      ["how does that compare with january's customers?", "vs the january cohort"],
    );
  });

  it("other wordings already read as the original", () => {
    expectSameFollowUp("revenue by channel for q3", "make it a pie chart", [
      "show that as a pie",
      "pie chart it please",
    ]);
    expectSameFollowUp("how much did we spend on paid social in september?", "what about tiktok alone", [
      "just tiktok",
      "and tiktok on its own?",
    ]);
    expectSameFollowUp("roas last 7 days", "by campaign", ["per campaign", "break it out by campaign"]);
    expectSameFollowUp("forecast revenue for november", "how confident are you in that?", [
      "how sure are you about that",
      "how reliable is that forecast?",
    ]);
  });
});

describe("declined asks said another way (para26)", () => {
  const textOf = (q: string) => {
    const plan = planQuestion(q, testContext());
    return plan.kind === "decline" ? plan.message : plan.kind;
  };

  it("'which hour of the day do we spend the most on ads': ad spend has no hour", () => {
    const want = textOf("which hour of the day do our ads spend the most?");
    expect(want).toMatch(/hour of day/);
    expect(textOf("what time of day do we spend the most on ads")).toBe(want);
  });

  it("'notify me if any campaign spends more than $1500 a day': the alert as first asked", () => {
    const want = textOf("alert me if daily spend on any campaign goes over $1,500");
    for (const q of [
      "notify me if any campaign spends more than $1500 a day",
      "set up an alert for campaigns spending over 1.5k per day",
      "alert when a campaign's daily spend exceeds 1500",
    ])
      expect(textOf(q), q).toBe(want);
  });
});
