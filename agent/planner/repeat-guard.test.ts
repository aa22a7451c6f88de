import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const first = planQuestion("revenue by channel last month", testContext());
const next = (q: string) => planQuestion(q, testContext({ previous: first }));

describe("a follow-up that changed nothing", () => {
  it("says the change was not understood instead of repeating the answer", () => {
    for (const q of ["now only the purple ones", "just the fancy ones"]) {
      const plan = next(q);
      expect(plan.kind).toBe("decline");
      if (plan.kind === "decline")
        expect(plan.message).toMatch(/^I couldn't tell what to change in the last answer/);
    }
  });

  it("reads rows that moved one way as the period set against the one before (fix18a)", () => {
    for (const q of ["now only the ones that grew", "just those that went up"]) {
      const plan = next(q);
      expect(plan.kind === "tool_calls" && plan.calls[0]).toMatchObject({
        name: "compare_periods",
        args: { dimensions: ["channel"], compareTo: { from: "2026-09-01", to: "2026-09-30" } },
      });
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
