import { describe, expect, it } from "vitest";
import { lapsedCount, secondOrderCount } from "../../core/cohorts/lifecycle-counts.ts";
import type { CohortsData } from "../../tools/cohorts/execute.ts";
import { COHORT_DEFINITIONS } from "../../tools/cohorts/execute.ts";
import type { LifecycleData } from "../../tools/cohorts/lifecycle.ts";
import { presentLifecycle } from "./lifecycle-counts.ts";

const USD = { currency: "USD" };
const PERIOD = { from: "2026-07-01", to: "2026-09-30", timeZone: "America/New_York" };
const CUSTOMERS = [
  { orderDays: ["2026-05-20", "2026-07-02"] },
  { orderDays: ["2026-07-10", "2026-09-30"] },
  { orderDays: ["2026-01-05"] },
  { orderDays: ["2026-08-15"] },
];

function data(lifecycle: LifecycleData): CohortsData {
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
    lifecycle,
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

describe("presentLifecycle", () => {
  it("counts second orders in the period, not the period's first orders", () => {
    const p = presentLifecycle(
      data({ kind: "second_order", secondOrder: secondOrderCount(CUSTOMERS, PERIOD.from, PERIOD.to) }),
      USD,
    );
    expect(p.text.split("\n")[0]).toBe("2 customers placed their second order July 1 – September 30, 2026.");
    expect(p.text).toContain("1 of them had placed their first order before that");
    expect(p.text).toContain("2 customers placed their first order in the period");
  });

  it("states the user's no-order window and its cut-off day with the count", () => {
    const p = presentLifecycle(
      data({ kind: "lapsed", lapsed: lapsedCount(CUSTOMERS, "2026-10-31", 180) }),
      USD,
    );
    expect(p.text.split("\n")[0]).toBe(
      "1 customer has not ordered in the last 180 days as of October 31, 2026 (25.0% of the 4 customers who have ever ordered): their last order was on or before May 4, 2026.",
    );
    expect(p.text).toContain("churned = no order from May 5, 2026 to October 31, 2026 (180 days)");
  });

  it("fix20f: says what the lapsed customers spent with us before (order revenue, not ad spend)", () => {
    const lapsed = lapsedCount(
      [
        { orderDays: ["2026-01-05", "2026-02-01"], orderRevenue: [100, 50] },
        { orderDays: ["2026-03-01"], orderRevenue: [75] },
        { orderDays: ["2026-10-01"], orderRevenue: [20] },
      ],
      "2026-10-31",
      90,
    );
    const p = presentLifecycle(data({ kind: "lapsed", lapsed }), USD);
    expect(p.text).toContain(
      "Before they went quiet, those 2 customers placed 3 orders worth $225.00 in revenue (what they spent with us, not ad spend), $112.50 per customer.",
    );
  });
});
