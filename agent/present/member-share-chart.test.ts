import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { memberShares } from "./member-share.ts";
import { memberShareChart } from "./member-share-chart.ts";

const result = {
  columns: [
    { key: "date", label: "Date", kind: "dimension" },
    { key: "customer_type", label: "Customer type", kind: "dimension" },
    { key: "orders", label: "Orders", kind: "metric", additive: true },
  ],
  rows: [
    { date: "2026-09-01", customer_type: "new", orders: 75 },
    { date: "2026-09-01", customer_type: "returning", orders: 25 },
    { date: "2026-10-01", customer_type: "new", orders: 60 },
    { date: "2026-10-01", customer_type: "returning", orders: 40 },
  ],
} as unknown as MetricResult;

describe("memberShareChart (fix8a)", () => {
  it("charts the named member's share of each period, in percent", () => {
    const found = memberShares(result, "what share of orders is from returning customers by month");
    const chart = memberShareChart(found!, "month");
    expect((chart.data as { values: unknown[] }).values).toEqual([
      { date: "2026-09-01", share_percent: 25 },
      { date: "2026-10-01", share_percent: 40 },
    ]);
  });

  it("titles the share with the member's display label, not its stored key (leftC)", () => {
    const found = memberShares(result, "returning share of orders by month");
    expect(memberShareChart(found!, "month").title).toBe("Returning customers' share of orders by month (%)");
  });

  it("finds the customer type named by another word for it (leftC)", () => {
    expect(memberShares(result, "repeat buyers percentage of orders by month")?.member).toBe(
      "Returning customers",
    );
    expect(memberShares(result, "first time shoppers share of orders")?.member).toBe("New customers");
  });

  it("finds no share when the question asks none", () => {
    expect(memberShares(result, "orders by customer type by month")).toBeUndefined();
  });
});
