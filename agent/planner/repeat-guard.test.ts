import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const first = planQuestion("revenue by channel last month", testContext());
const next = (q: string) => planQuestion(q, testContext({ previous: first }));

describe("a follow-up that changed nothing", () => {
  it("says the change was not understood instead of repeating the answer", () => {
    for (const q of ["now only the ones that grew", "just those that went up"]) {
      const plan = next(q);
      expect(plan.kind).toBe("decline");
      if (plan.kind === "decline")
        expect(plan.message).toMatch(/^I couldn't tell what to change in the last answer/);
    }
  });

  it("lets asks about the answer's form, and plain restatements, keep the same calls", () => {
    for (const q of ["chart it", "as a chart", "revenue by channel last month"])
      expect(next(q).kind).toBe("tool_calls");
  });

  it("leaves follow-ups that change the plan alone", () => {
    const plan = next("only paid search");
    expect(plan.kind).toBe("tool_calls");
  });
});
