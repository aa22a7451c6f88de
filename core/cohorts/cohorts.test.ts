import { describe, expect, it } from "vitest";
import { type CohortCustomer, cohortTable, ltvToCac } from "./cohorts.ts";

const D = 86_400_000;
const o = (day: number, revenue: number) => ({ ts: day * D, revenue });
/** Four hand-made customers in two cohorts; the data ends on day 200. */
const CUSTOMERS: CohortCustomer[] = [
  { customerId: 1, cohort: "jan", orders: [o(0, 100), o(20, 50), o(100, 30)] },
  { customerId: 2, cohort: "jan", orders: [o(10, 80)] },
  { customerId: 3, cohort: "feb", orders: [o(150, 60), o(160, 40)] },
  { customerId: 4, cohort: "feb", orders: [o(190, 20)] },
];
const END = 200 * D;

describe("cohortTable", () => {
  it("gives repeat rate and revenue per customer at each horizon, over customers observed that long", () => {
    expect(cohortTable(CUSTOMERS, END, [30, 90, 180])).toEqual([
      {
        cohort: "feb",
        customers: 2,
        orders: 3,
        revenue: 120,
        repeatCustomers: 1,
        repeatRate: 0.5,
        horizons: [
          // Customer 4 (first order day 190) is not 30 days old: only customer 3 counts.
          { days: 30, customers: 1, revenuePerCustomer: 100, repeatRate: 1 },
          { days: 90, customers: 0, revenuePerCustomer: null, repeatRate: null },
          { days: 180, customers: 0, revenuePerCustomer: null, repeatRate: null },
        ],
      },
      {
        cohort: "jan",
        customers: 2,
        orders: 4,
        revenue: 260,
        repeatCustomers: 1,
        repeatRate: 0.5,
        horizons: [
          { days: 30, customers: 2, revenuePerCustomer: 115, repeatRate: 0.5 },
          // Customer 1's day-100 order is outside 90 days, inside 180.
          { days: 90, customers: 2, revenuePerCustomer: 115, repeatRate: 0.5 },
          { days: 180, customers: 2, revenuePerCustomer: 130, repeatRate: 0.5 },
        ],
      },
    ]);
  });

  it("counts an order exactly h days after the first as outside the horizon", () => {
    const rows = cohortTable([{ customerId: 9, cohort: "x", orders: [o(0, 10), o(30, 5)] }], END, [30, 60]);
    expect(rows[0]?.horizons.map((h) => h.revenuePerCustomer)).toEqual([10, 15]);
  });
});

describe("ltvToCac", () => {
  it("divides LTV at the horizon by spend per new customer; no spend, no ratio", () => {
    const rows = cohortTable(CUSTOMERS, END, [30, 90]);
    expect(ltvToCac(rows, { jan: 460 }, 30)).toEqual([
      { channel: "feb", newCustomers: 2, spend: 0, cac: null, days: 30, ltv: 100, ltvToCac: null },
      { channel: "jan", newCustomers: 2, spend: 460, cac: 230, days: 30, ltv: 115, ltvToCac: 0.5 },
    ]);
    expect(ltvToCac(rows, { feb: 100 }, 90)[0]).toEqual({
      channel: "feb",
      newCustomers: 2,
      spend: 100,
      cac: 50,
      days: 90,
      ltv: null,
      ltvToCac: null,
    });
  });
});
