import { describe, expect, it } from "vitest";
import type { CohortRow } from "./cohorts.ts";
import { cacPayback, paybackOf } from "./payback.ts";

/** A cohort row with revenue per customer at 30/60/90/180/365 days (null: not observed). */
function row(cohort: string, customers: number, ltv: (number | null)[]): CohortRow {
  return {
    cohort,
    customers,
    orders: customers,
    revenue: 0,
    repeatCustomers: 0,
    repeatRate: 0,
    horizons: [30, 60, 90, 180, 365].map((days, i) => ({
      days,
      customers: ltv[i] === null ? 0 : customers,
      revenuePerCustomer: ltv[i] ?? null,
      repeatRate: ltv[i] === null ? null : 0,
    })),
  };
}

describe("paybackOf", () => {
  it("pays back at the first horizon whose gross profit per customer covers CAC", () => {
    // gross profit at 50%: 30, 35, 40, 50 -> covers 40 at 90 days
    const p = paybackOf(row("email", 10, [60, 70, 80, 100, null]), 40, 0.5);
    expect(p.paybackDays).toBe(90);
    expect(p.shortfall).toBeNull();
    expect(p.longestObserved).toEqual({ days: 180, grossProfitPerCustomer: 50 });
  });

  it("says how far short the longest observed horizon falls when CAC is not earned back", () => {
    const p = paybackOf(row("display", 4, [20, 24, 30, null, null]), 100, 0.5);
    expect(p.paybackDays).toBeNull();
    expect(p.longestObserved).toEqual({ days: 90, grossProfitPerCustomer: 15 });
    expect(p.shortfall).toBe(85);
  });
});

describe("cacPayback", () => {
  it("reads overall payback at all spend over all new customers, and skips channels without CAC", () => {
    const total = row("all", 20, [50, 60, 80, 90, 100]);
    const rows = [
      row("paid_search", 10, [40, 50, 60, 70, 80]),
      row("organic_search", 10, [60, 70, 100, 110, 120]),
    ];
    const cacs = [
      { channel: "paid_search", newCustomers: 10, spend: 300, cac: 30, days: 90, ltv: 60, ltvToCac: 2 },
      {
        channel: "organic_search",
        newCustomers: 10,
        spend: 0,
        cac: null,
        days: 90,
        ltv: 100,
        ltvToCac: null,
      },
    ];
    const p = cacPayback(total, rows, cacs, 0.5);
    // blended CAC 300 / 20 = 15; 30-day gross profit 25 covers it
    expect(p.overall?.cac).toBe(15);
    expect(p.overall?.paybackDays).toBe(30);
    expect(p.byChannel.map((r) => [r.cohort, r.cac, r.paybackDays])).toEqual([["paid_search", 30, 90]]);
  });
});
