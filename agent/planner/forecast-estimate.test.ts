import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

describe("forecast estimates", () => {
  it("estimates a future month of an additive metric at the latest month's pace", () => {
    const plan = planQuestion("what will orders be in november", testContext());
    expect(plan.kind === "tool_calls" && plan.calls[0]?.name).toBe("project_run_rate");
  });

  it("leaves a hypothetical on a rate alone: no straight line of the past answers it", () => {
    for (const q of [
      "say tiktok cpa goes 2x next month at the same spend, how many orders do we lose",
      "if meta cpc doubled in november what would orders be",
    ]) {
      const plan = planQuestion(q, testContext());
      expect(plan.kind === "tool_calls" ? plan.calls.map((c) => c.name) : []).not.toContain(
        "project_run_rate",
      );
    }
  });
});
