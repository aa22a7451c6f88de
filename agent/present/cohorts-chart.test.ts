/** fix9a: a cohort answer asked as a repeat rate charts the repeat rate, otherwise LTV. */
import { describe, expect, it } from "vitest";
import type { CohortRow } from "../../core/cohorts/cohorts.ts";
import type { CohortsData } from "../../tools/cohorts/execute.ts";
import { COHORT_DEFINITIONS } from "../../tools/cohorts/execute.ts";
import { presentCohorts } from "./cohorts.ts";

const PERIOD = { from: "2025-11-01", to: "2026-10-31", timeZone: "America/New_York" };

/** Two first-order months: 4 customers (1 back within 90 days), 5 customers (2 back). */
const row = (cohort: string, customers: number, back: number, ltv: number): CohortRow => ({
  cohort,
  customers,
  orders: customers + back,
  revenue: ltv * customers,
  repeatCustomers: back,
  repeatRate: back / customers,
  horizons: [{ days: 90, customers, revenuePerCustomer: ltv, repeatRate: back / customers }],
});

function data(repeatFocus: boolean): CohortsData {
  const rows = [row("2026-01", 4, 1, 120), row("2026-02", 5, 2, 150)];
  return {
    period: PERIOD,
    groupBy: "first_order_month",
    ltvDays: 90,
    horizons: [90],
    total: row("all", 9, 3, 136.67),
    rows,
    channelLabels: {},
    ...(repeatFocus ? { repeatFocus: true } : {}),
    provenance: {
      definitions: COHORT_DEFINITIONS,
      timeRange: PERIOD,
      lookbackDays: 30,
      dataFreshness: { ordersThrough: "2026-10-31" },
      sql: [],
    },
  } as CohortsData;
}

const ctx = { currency: "USD", timeZone: "America/New_York" };
type Chart = {
  title: string;
  encoding: { y: { field: string } };
  data: { values: Record<string, unknown>[] };
};

describe("cohort chart (fix9a)", () => {
  it("charts the repeat rate within the horizon when that was asked", () => {
    const chart = presentCohorts(data(true), ctx).chart as Chart;
    expect(chart.title).toBe("Repeat rate within 90 days by first-order month");
    expect(chart.encoding.y.field).toBe("repeat_90d");
    expect(chart.data.values.map((v) => v.repeat_90d)).toEqual([0.25, 0.4]);
  });

  it("charts LTV otherwise", () => {
    const chart = presentCohorts(data(false), ctx).chart as Chart;
    expect(chart.title).toBe("90-day LTV by first-order month");
    expect(chart.encoding.y.field).toBe("ltv_90d");
    expect(chart.data.values.map((v) => v.ltv_90d)).toEqual([120, 150]);
  });
});
