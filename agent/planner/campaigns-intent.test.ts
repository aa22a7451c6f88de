import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";

const ctx = testContext({
  dimensionValues: [
    ...DEMO_DIMENSION_VALUES,
    { dimension: "campaign", value: "1011", label: "Retargeting - Cart Abandoners 14d", aliases: [] },
  ],
  dataEnd: "2026-10-31",
});
const firstCall = (q: string) => {
  const p = planQuestion(q, ctx);
  return p.kind === "tool_calls" ? p.calls[0] : undefined;
};

describe("campaigns as things", () => {
  it.each([
    ["list the campaigns with their daily budgets", { analysis: "list" }],
    ["which campaigns are set up with the awareness objective", { analysis: "list", objective: "awareness" }],
    ["how many meta campaigns are live", { analysis: "list", platform: "meta_ads", status: "live" }],
  ])("%s -> the campaign list", (q, args) => {
    expect(firstCall(q)).toEqual({ name: "campaigns", args });
  });

  it.each([
    "which campaigns are unprofitable",
    "top campaigns by roas last month",
    "how many campaigns had a roas above 2 last month",
    "are we overspending on any channel",
    "how should we split a daily budget of 500",
  ])("%s -> not the campaign list", (q) => {
    expect(firstCall(q)?.name).not.toBe("campaigns");
  });

  it("reads over-budget days as pacing, not overspend past break-even", () => {
    expect(firstCall("did any campaign go over its daily budget in september")).toEqual({
      name: "campaigns",
      args: { analysis: "pacing", period: { from: "2026-09-01", to: "2026-09-30" } },
    });
  });

  it("lets a named campaign's words win over the funnel's ('cart' in its name)", () => {
    const call = firstCall("cost per order of the cart abandoners retargeting by month");
    expect(call?.name).toBe("query_metrics");
    expect(call?.args).toMatchObject({
      grain: "month",
      filters: [{ field: "campaign", op: "in", values: [1011] }],
      timeRange: { from: "2025-11-01", to: "2026-10-31" },
    });
    expect(firstCall("cart abandonment rate last month")?.name).toBe("funnel");
  });
});
