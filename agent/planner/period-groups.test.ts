import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

/** Each call's label and dates. */
function stretches(question: string): unknown[] {
  const plan = planQuestion(question, testContext());
  if (plan.kind !== "tool_calls") throw new Error(`${question}: ${plan.kind}`);
  return plan.calls.map((c) => [c.name, c.args.label, c.args.timeRange]);
}

describe("three or more stretches named side by side (lead22)", () => {
  it("answers each holiday over its own day, in date order", () => {
    const expected = [
      ["query_metrics", "Black Friday", { from: "2025-11-28", to: "2025-11-28" }],
      ["query_metrics", "Cyber Monday", { from: "2025-12-01", to: "2025-12-01" }],
      ["query_metrics", "Christmas", { from: "2025-12-25", to: "2025-12-25" }],
    ];
    expect(stretches("revenue black friday vs cyber monday vs christmas")).toEqual(expected);
    expect(stretches("christmas vs black friday vs cyber monday: how did sales compare")).toEqual(expected);
  });

  it("mixes units: a quarter, a month and a day", () => {
    expect(stretches("orders in q1, in june and on black friday")).toEqual([
      ["query_metrics", "Black Friday", { from: "2025-11-28", to: "2025-11-28" }],
      ["query_metrics", "Q1", { from: "2026-01-01", to: "2026-03-31" }],
      ["query_metrics", "June", { from: "2026-06-01", to: "2026-06-30" }],
    ]);
  });

  it("leaves three months as their series and a day inside a month as before", () => {
    const plan = planQuestion("revenue jan vs apr vs jul", testContext());
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args.label).toBeUndefined();
  });
});
