/**
 * para15: other wordings of asks for data the organization does not have still lead with what is
 * missing (a note) and give the nearest figure; wordings that need a clarification still ask one.
 */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

function notesOf(question: string): string {
  const plan = planQuestion(question, testContext());
  return plan.kind === "tool_calls" ? (plan.notes ?? []).join(" ") : `${plan.kind}: ${JSON.stringify(plan)}`;
}

describe("para15: the missing part is said first, in other words too", () => {
  it.each([
    ["august heatwave - did it hurt orders?", /no data on "heatwave"/],
    ["the storm impact on sales last week", /no data on "storm"/],
    ["did july's heatwave boost revenue", /no data on "heatwave"/],
    ["how many paid social orders got returned", /Returns and refunds are not tracked/],
    ["do customers return items often", /Returns and refunds are not tracked/],
    ["how many times does the average person see our tiktok ads", /needs reach/],
    ["how often do users see our display ads", /needs reach/],
    ["is anybody bidding on our brand terms", /no competitor or auction data/],
    ["do other brands bid on our name", /no competitor or auction data/],
    ["impression share on brand keywords", /no competitor or auction data/],
    ["what time of day is best for our ads", /recorded per day, not per hour/],
  ])("%s", (question, note) => {
    expect(notesOf(question)).toMatch(note);
  });

  it.each([
    ["revenue by customer age", /demographics/],
    ["clicks by landing page last week", /landing page/],
  ])("%s asks which breakdown the data has", (question, words) => {
    const plan = planQuestion(question, testContext());
    expect(plan.kind).toBe("clarify");
    if (plan.kind === "clarify") expect(plan.question).toMatch(words);
  });

  it("other brands in the auction are not another organization's data", () => {
    expect(planQuestion("are other brands bidding on our keywords", testContext()).kind).toBe("tool_calls");
    expect(planQuestion("show me another brand's revenue", testContext()).kind).toBe("decline");
  });
});
