import { describe, expect, it } from "vitest";
import type { OrderValueRow } from "../../core/cohorts/order-value-distribution.ts";
import { pastValueCells, pastValueLines } from "./orders-past-value.ts";

const row = (group: string, orders: number, past: number, revenue: number): OrderValueRow => ({
  group,
  orders,
  revenue: 1000,
  mean: 1000 / orders,
  percentiles: [],
  past: { orders: past, revenue, orderShare: past / orders, revenueShare: revenue / 1000 },
});
const period = { from: "2026-10-01", to: "2026-10-31" };

describe("pastValueLines (fix14d)", () => {
  it("leads with the count past the level and its shares, then each group", () => {
    const lines = pastValueLines(
      row("all", 20, 3, 450),
      [row("new", 12, 1, 150), row("returning", 8, 2, 300)],
      { op: "gt", value: 200 },
      period,
      "USD",
      (g) => g.toUpperCase(),
    );
    expect(lines[0]).toBe(
      "Orders over $200.00, October 1–31, 2026: 3 of 20 orders (15.0%), $450.00 of revenue (45.0%). Each order's own value is read, not the average order value.",
    );
    expect(lines.slice(1)).toEqual([
      "- NEW: 1 of 12 orders (8.3%), $150.00 of revenue (15.0%)",
      "- RETURNING: 2 of 8 orders (25.0%), $300.00 of revenue (30.0%)",
    ]);
  });
  it("says none when no order is past the level", () => {
    const lines = pastValueLines(row("all", 5, 0, 0), [], { op: "gte", value: 500 }, period, "USD", (g) => g);
    expect(lines[1]).toBe("None of the period's orders is past that level.");
    expect(pastValueCells(row("all", 5, 0, 0))).toEqual({
      past_orders: 0,
      past_order_share: 0,
      past_revenue: 0,
    });
  });
});
