import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const callOf = (q: string) => {
  const plan = planQuestion(q, testContext());
  if (plan.kind !== "tool_calls") throw new Error(`${q}: ${plan.kind}`);
  return plan.calls[0]!.args as {
    metrics: string[];
    orderBy?: unknown;
    filters?: unknown;
    timeRange: unknown;
    dimensions: string[];
  };
};

describe("zero-rows asks", () => {
  it("filters to the campaigns that spent with none of the count asked of", () => {
    // fix17f: money went in and nothing came out: the rows filtered to exactly that.
    const args = callOf("campaigns that spent money but had zero orders last month");
    expect(args.metrics).toEqual(["revenue", "spend", "roas", "orders"]);
    expect(args.filters).toEqual([
      { field: "campaign", op: "neq", value: null },
      { field: "orders", op: "lte", value: 0 },
      { field: "spend", op: "gt", value: 0 },
    ]);
    expect(args.timeRange).toEqual({ from: "2026-10-01", to: "2026-10-31" });
  });

  it("reads 'never' over every day of data and defaults to orders", () => {
    const args = callOf("which channels never got a single order");
    expect(args.dimensions).toEqual(["channel"]);
    expect(args.metrics[0]).toBe("orders");
    expect(args.orderBy).toEqual([{ field: "orders", direction: "asc" }]);
  });
});
