import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

describe("sourceStandIn (fix21b)", () => {
  it("counts customers from instagram as its new customers, by last touch", () => {
    const plan = planQuestion("how many customers did we win from insta in q2", testContext());
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls).toEqual([
      {
        name: "query_metrics",
        args: {
          metrics: ["new_customers"],
          dimensions: [],
          filters: [{ field: "source", op: "in", values: ["instagram"] }],
          timeRange: { from: "2026-04-01", to: "2026-06-30" },
          attributionModel: "last_touch",
        },
      },
    ]);
    expect(plan.notes?.[0]).toMatch(/^Customers from Instagram are counted as new customers/);
    expect(plan.notes).toHaveLength(1);
  });

  it("adds the way to find it when asked how", () => {
    const plan = planQuestion("instagram customers since january - where can i see that?", testContext());
    expect(plan.kind === "tool_calls" && plan.notes?.[1]).toMatch(
      /^To find it yourself: new customers, filtered to source instagram/,
    );
  });

  it("leaves a platform's ROAS as the whole platform's", () => {
    const plan = planQuestion("instagram roas last month", testContext());
    expect(plan.kind === "tool_calls" && plan.calls[0]?.args.metrics).toEqual(["roas"]);
  });
});
