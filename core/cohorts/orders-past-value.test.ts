import { describe, expect, it } from "vitest";
import { ordersPastValue, pastLevel } from "./orders-past-value.ts";

describe("ordersPastValue", () => {
  const values = [40, 120, 200, 250.5, 389.5];
  it("counts orders strictly over a level, with their shares of orders and revenue", () => {
    expect(ordersPastValue(values, { op: "gt", value: 200 })).toEqual({
      orders: 2,
      revenue: 640,
      orderShare: 0.4,
      revenueShare: 640 / 1000,
    });
  });
  it("includes the level itself for 'at least' and 'at most'", () => {
    expect(ordersPastValue(values, { op: "gte", value: 200 }).orders).toBe(3);
    expect(ordersPastValue(values, { op: "lte", value: 200 })).toEqual({
      orders: 3,
      revenue: 360,
      orderShare: 0.6,
      revenueShare: 0.36,
    });
    expect(ordersPastValue(values, { op: "lt", value: 200 }).orders).toBe(2);
  });
  it("gives zero shares without orders", () => {
    expect(ordersPastValue([], { op: "gt", value: 1 })).toEqual({
      orders: 0,
      revenue: 0,
      orderShare: 0,
      revenueShare: 0,
    });
  });
  it("reads one value against a level", () => {
    expect(pastLevel(200, { op: "gt", value: 200 })).toBe(false);
    expect(pastLevel(200, { op: "gte", value: 200 })).toBe(true);
  });
});
