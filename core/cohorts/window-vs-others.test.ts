import { describe, expect, it } from "vitest";
import { type DatedCohortCustomer, windowVsOthers } from "./window-vs-others.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 10, 1); // 2025-11-01
/** A customer whose first order is `first` days after Nov 1 2025, with orders at day offsets. */
function customer(id: number, firstDay: string, orders: [number, number][]): DatedCohortCustomer {
  return {
    customerId: id,
    cohort: "",
    firstDay,
    orders: orders.map(([d, revenue]) => ({ ts: T0 + d * DAY, revenue })),
  };
}

// Data ends 2026-04-30 (day 181): every customer below is observed 90 days.
const END = T0 + 181 * DAY;
const CUSTOMERS = [
  customer(1, "2025-11-21", [[20, 100]]), // window, one order: 90-day 100
  customer(2, "2025-11-28", [
    [27, 60],
    [60, 40],
    [130, 500],
  ]), // window, repeat at 33 days: 90-day 100
  customer(3, "2025-11-05", [
    [4, 120],
    [40, 120],
  ]), // others, repeat: 90-day 240
  customer(4, "2025-12-15", [[44, 80]]), // others: 90-day 80
  customer(5, "2026-01-10", [
    [70, 200],
    [200, 50],
  ]), // others, second order after 130 days: 90-day 200
];

describe("windowVsOthers", () => {
  it("splits the period's customers by the first order's day and reads both at the same horizon", () => {
    const r = windowVsOthers(CUSTOMERS, "2025-11-20", "2025-12-02", END, [90], 90);
    expect(r.inWindow).toEqual({
      cohort: "window",
      customers: 2,
      orders: 4,
      revenue: 700,
      repeatCustomers: 1,
      repeatRate: 0.5,
      horizons: [{ days: 90, customers: 2, revenuePerCustomer: 100, repeatRate: 0.5 }],
    });
    expect(r.others).toEqual({
      cohort: "others",
      customers: 3,
      orders: 5,
      revenue: 570,
      repeatCustomers: 2,
      repeatRate: 2 / 3,
      horizons: [{ days: 90, customers: 3, revenuePerCustomer: 520 / 3, repeatRate: 1 / 3 }],
    });
    expect(r.windowLtv).toBe(100);
    expect(r.othersLtv).toBeCloseTo(173.3333333, 6);
    expect(r.ltvGapPercent).toBeCloseTo(((100 - 520 / 3) / (520 / 3)) * 100, 9); // -42.3077%
    expect(r.windowRepeat).toBe(0.5);
    expect(r.othersRepeat).toBeCloseTo(1 / 3, 12);
    expect(r.verdict).toBe("less");
  });

  it("says about the same within 5% and unknown when a group has no customer observed that long", () => {
    const even = [customer(1, "2025-11-21", [[20, 100]]), customer(2, "2025-11-05", [[4, 103]])];
    expect(windowVsOthers(even, "2025-11-20", "2025-12-02", END, [90], 90).verdict).toBe("about_the_same");
    const young = [customer(1, "2025-11-21", [[20, 100]]), customer(2, "2026-04-20", [[170, 50]])];
    const r = windowVsOthers(young, "2025-11-20", "2025-12-02", END, [90], 90);
    expect(r.othersLtv).toBeNull();
    expect(r.ltvGapPercent).toBeNull();
    expect(r.verdict).toBe("unknown");
  });
});
