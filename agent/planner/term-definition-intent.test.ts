/** fix13c: a measurement term is defined first, then the data's example of it follows. */
import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { termAsked } from "./term-definition-intent.ts";
import { testContext } from "./testing.ts";

describe("term definitions", () => {
  it.each([
    ["what's a holdout, the team keeps mentioning it", "campaigns", "A holdout is"],
    ["what does incrementality mean", "campaigns", "Incrementality is"],
    ["explain attribution models please", "attribution", "Attribution splits"],
  ])("%s leads with the definition", (question, tool, definition) => {
    const plan = planQuestion(question, testContext());
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls[0]?.name).toBe(tool);
    expect(plan.notes?.[0]?.startsWith(definition)).toBe(true);
  });

  it("leaves asks of a value or a result to their own answers", () => {
    expect(termAsked("what is the incrementality of paid search")).toBeUndefined();
    expect(termAsked("what was the lift from the affiliate holdout")).toBeUndefined();
    expect(termAsked("what is attribution revenue for email last month")).toBeUndefined();
  });
});
