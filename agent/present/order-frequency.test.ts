import { describe, expect, it } from "vitest";
import { orderFrequency } from "../../core/cohorts/order-frequency.ts";
import type { CohortsData } from "../../tools/cohorts/execute.ts";
import { COHORT_DEFINITIONS } from "../../tools/cohorts/execute.ts";
import { presentOrderFrequency } from "./order-frequency.ts";

const PERIOD = { from: "2026-07-01", to: "2026-09-30", timeZone: "America/New_York" };

function data(customers: { orders: number; revenue: number }[], minOrders: number): CohortsData {
  const f = orderFrequency(customers, minOrders);
  return {
    period: PERIOD,
    groupBy: "first_order_month",
    ltvDays: 90,
    horizons: [],
    total: {
      cohort: "all",
      customers: 0,
      orders: 0,
      revenue: 0,
      repeatCustomers: 0,
      repeatRate: 0,
      horizons: [],
    },
    rows: [],
    frequency: { ...f, revenue: customers.reduce((s, c) => s + c.revenue, 0) },
    channelLabels: {},
    provenance: {
      definitions: COHORT_DEFINITIONS,
      timeRange: PERIOD,
      lookbackDays: 30,
      dataFreshness: { ordersThrough: "2026-10-31" },
      sql: [],
    },
  } as CohortsData;
}

describe("presentOrderFrequency", () => {
  it("leads with the customers at the threshold, their share and the one-time buyers", () => {
    const p = presentOrderFrequency(
      data(
        [
          { orders: 1, revenue: 50 },
          { orders: 1, revenue: 50 },
          { orders: 3, revenue: 300 },
          { orders: 2, revenue: 100 },
        ],
        3,
      ),
      { currency: "USD", timeZone: "America/New_York" },
    );
    expect(p.text.split("\n")[0]).toBe(
      "For July 1 – September 30, 2026: 1 customer placed 3 or more orders (25.0% of the 4 customers who ordered); 2 (50.0%) ordered exactly once.",
    );
    expect(p.text).toContain("- 2 orders: 1 customer (25.0%)");
    expect(p.data.rows).toHaveLength(5);
  });

  it("says so plainly when nobody ordered", () => {
    const p = presentOrderFrequency(data([], 2), { currency: "USD", timeZone: "America/New_York" });
    expect(p.text).toBe(
      "No customer placed an order July 1 – September 30, 2026, so there is no order frequency to show.",
    );
  });
});
