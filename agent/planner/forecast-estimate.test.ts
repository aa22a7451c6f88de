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

  it("projects each channel or platform at its own pace when a breakdown is asked (lead22)", () => {
    for (const [q, field] of [
      ["forecast revenue by channel for next month", "channel"],
      ["what will spend be in november by platform", "platform"],
      ["projected orders next month per channel", "channel"],
    ] as const) {
      const plan = planQuestion(q, testContext());
      if (plan.kind !== "tool_calls") throw new Error(`${q}: ${plan.kind}`);
      const members = testContext().dimensionValues.filter((v) => v.dimension === field);
      expect(plan.calls.map((c) => c.args.filters)).toEqual(
        members.map((m) => [{ field, op: "in", values: [m.value] }]),
      );
      for (const call of plan.calls) {
        expect(call.name).toBe("project_run_rate");
        expect(call.args.period).toEqual({ from: "2026-11-01", to: "2026-11-30" });
      }
    }
  });
});
