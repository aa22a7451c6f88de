import { describe, expect, it } from "vitest";
import { addDays, lapsedCount, secondOrderCount } from "./lifecycle-counts.ts";

/** Five hand-made customers' order days. */
const CUSTOMERS = [
  { orderDays: ["2026-05-20", "2026-07-02", "2026-08-01"] }, // 2nd in Q3, first before
  { orderDays: ["2026-07-10", "2026-09-30"] }, // 2nd in Q3 (last day), first in Q3
  { orderDays: ["2026-08-15"] }, // new in Q3, no 2nd
  { orderDays: ["2026-02-01", "2026-03-01", "2026-10-05"] }, // 2nd before Q3
  { orderDays: ["2026-09-01", "2026-10-01"] }, // new in Q3, 2nd after
];

describe("secondOrderCount", () => {
  it("counts customers whose second order is in the period, split by when the first was", () => {
    expect(secondOrderCount(CUSTOMERS, "2026-07-01", "2026-09-30")).toEqual({
      from: "2026-07-01",
      to: "2026-09-30",
      secondOrders: 2,
      firstInPeriod: 1,
      firstBefore: 1,
      newCustomers: 3,
    });
  });
});

describe("lapsedCount", () => {
  it("counts customers whose last order is before the N-day window ending on the day", () => {
    // 180 days ending Oct 31 start May 5; lapsed = last order on or before May 4.
    const r = lapsedCount(
      [
        { orderDays: ["2026-01-10"] }, // lapsed, one-time
        { orderDays: ["2026-02-01", "2026-05-04"] }, // lapsed on the edge, repeat
        { orderDays: ["2026-05-05"] }, // active on the window's first day
        { orderDays: ["2026-03-01", "2026-10-31"] }, // active
      ],
      "2026-10-31",
      180,
    );
    expect(r).toEqual({
      asOf: "2026-10-31",
      days: 180,
      windowFrom: "2026-05-05",
      lastOrderOnOrBefore: "2026-05-04",
      customers: 4,
      lapsed: 2,
      lapsedShare: 0.5,
      active: 2,
      lapsedOneTime: 1,
      lapsedOrders: 3,
      lapsedRevenue: 0,
      lapsedRevenuePerCustomer: 0,
      earliestOrder: "2026-01-10",
    });
  });

  it("fix20f: sums what the lapsed customers spent with us before the window, per customer too", () => {
    // 90 days ending Oct 31 start Aug 3; lapsed = last order on or before Aug 2.
    const r = lapsedCount(
      [
        { orderDays: ["2026-01-10", "2026-03-02"], orderRevenue: [120, 80] }, // lapsed: 200
        { orderDays: ["2026-08-02"], orderRevenue: [55.5] }, // lapsed on the edge: 55.5
        { orderDays: ["2026-02-01", "2026-08-03"], orderRevenue: [300, 40] }, // active
        { orderDays: ["2026-07-01", "2026-11-05"], orderRevenue: [10, 999] }, // lapsed as of Oct 31: 10
      ],
      "2026-10-31",
      90,
    );
    expect(r).toMatchObject({
      windowFrom: "2026-08-03",
      lastOrderOnOrBefore: "2026-08-02",
      customers: 4,
      lapsed: 3,
      active: 1,
      lapsedOneTime: 2,
      lapsedOrders: 4,
      lapsedRevenue: 265.5,
      lapsedRevenuePerCustomer: 88.5,
    });
  });

  it("ignores orders after the as-of day and customers with none before it", () => {
    const r = lapsedCount(
      [{ orderDays: ["2026-01-01", "2026-09-01"] }, { orderDays: ["2026-09-02"] }],
      "2026-08-31",
      30,
    );
    expect(r).toMatchObject({
      customers: 1,
      lapsed: 1,
      active: 0,
      lapsedOneTime: 1,
      windowFrom: "2026-08-02",
    });
  });

  it("adds calendar days across months and years", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
  });
});
