import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import { namedStates } from "./us-state-intent.ts";

describe("namedStates", () => {
  it("reads state names as codes and drops the words joining them", () => {
    expect(namedStates("orders in oregon vs west virginia last month")).toEqual({
      codes: ["OR", "WV"],
      names: ["Oregon", "West Virginia"],
      rest: "orders last month",
    });
  });

  it("leaves a state name that is the organization's own campaign name alone", () => {
    expect(namedStates("spend on the texas launch", new Set(["texas", "launch"]))).toBeUndefined();
  });
});

describe("the us-state intent", () => {
  it("answers order metrics for the named states side by side", () => {
    const plan = planQuestion("aov in arizona and nevada in august", testContext());
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls[0]?.args).toMatchObject({
      metrics: ["average_order_value"],
      dimensions: ["region"],
      filters: [{ field: "region", op: "in", values: ["AZ", "NV"] }],
      timeRange: { from: "2026-08-01", to: "2026-08-31" },
    });
  });

  it("says spend has no state and gives new customers and revenue for them instead", () => {
    const plan = planQuestion("what's our roas in ohio compared with michigan in q3", testContext());
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls[0]?.args).toMatchObject({
      metrics: ["new_customers", "revenue"],
      filters: [{ field: "region", op: "in", values: ["OH", "MI"] }],
      timeRange: { from: "2026-07-01", to: "2026-09-30" },
    });
    expect(plan.notes?.at(-1)).toMatch(/^Ad spend has no location in your data/);
  });
});
