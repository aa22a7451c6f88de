import { describe, expect, it } from "vitest";
import { orderFrequency } from "./order-frequency.ts";

/** Six hand-made customers: order counts 1, 1, 1, 2, 3, 6 in the period. */
const CUSTOMERS = [
  { orders: 1, revenue: 40 },
  { orders: 1, revenue: 60 },
  { orders: 1, revenue: 100 },
  { orders: 2, revenue: 150 },
  { orders: 3, revenue: 250 },
  { orders: 6, revenue: 400 },
];

describe("orderFrequency", () => {
  it("counts customers with at least N orders, one-time buyers and the distribution", () => {
    expect(orderFrequency(CUSTOMERS, 2)).toEqual({
      customers: 6,
      orders: 14,
      ordersPerCustomer: 14 / 6,
      oneTime: 3,
      oneTimeShare: 0.5,
      minOrders: 2,
      atLeast: 3,
      atLeastShare: 0.5,
      atLeastRevenue: 800,
      atLeastRevenueShare: 0.8,
      distribution: [
        { orders: 1, orMore: false, customers: 3, share: 0.5 },
        { orders: 2, orMore: false, customers: 1, share: 1 / 6 },
        { orders: 3, orMore: false, customers: 1, share: 1 / 6 },
        { orders: 4, orMore: false, customers: 0, share: 0 },
        { orders: 5, orMore: true, customers: 1, share: 1 / 6 },
      ],
    });
  });

  it("reads a higher threshold and widens the distribution to reach it", () => {
    const f = orderFrequency(CUSTOMERS, 6);
    expect([f.atLeast, f.atLeastShare, f.atLeastRevenue]).toEqual([1, 1 / 6, 400]);
    expect(f.distribution.map((b) => [b.orders, b.orMore, b.customers])).toEqual([
      [1, false, 3],
      [2, false, 1],
      [3, false, 1],
      [4, false, 0],
      [5, false, 0],
      [6, true, 1],
    ]);
  });

  it("gives nulls, not zeros, for shares when nobody ordered", () => {
    const f = orderFrequency([], 2);
    expect([f.customers, f.ordersPerCustomer, f.oneTimeShare, f.atLeastShare, f.atLeastRevenueShare]).toEqual(
      [0, null, null, null, null],
    );
  });
});
