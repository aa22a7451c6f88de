import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const thread = (first: string, next: string) => {
  const ctx = testContext();
  return planQuestion(next, { ...ctx, previous: planQuestion(first, ctx), previousQuestion: first });
};

describe("the ranked rows in another period (fix16f)", () => {
  it("compares the same top rows across both periods, with revenue and ROAS beside spend", () => {
    const plan = thread("which two campaigns spent the most in october", "how did those two do in september");
    expect(plan.kind === "tool_calls" && plan.calls).toEqual([
      {
        name: "compare_periods",
        args: {
          metrics: ["spend", "revenue", "roas"],
          period: { from: "2026-10-01", to: "2026-10-31" },
          compareTo: { from: "2026-09-01", to: "2026-09-30" },
          dimensions: ["campaign"],
          filters: [],
          limit: 2,
        },
      },
    ]);
  });

  it("keeps a metric the turn names", () => {
    const plan = thread("top 3 channels by revenue in q3", "their roas in q2");
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args).toMatchObject({
      metrics: ["revenue", "roas"],
      period: { from: "2026-07-01", to: "2026-09-30" },
      compareTo: { from: "2026-04-01", to: "2026-06-30" },
      dimensions: ["channel"],
      limit: 3,
    });
  });

  it("leaves a ranking with no cut (every row) to the usual follow-up", () => {
    const plan = thread("spend by campaign in october", "and those in september");
    expect(plan.kind === "tool_calls" && plan.calls[0]?.name).toBe("query_metrics");
  });
});
