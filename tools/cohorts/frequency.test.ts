import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededAnalytics, type SeededAnalytics } from "../../db/analytics/testing.ts";
import { createQueryMetrics } from "../query-metrics/execute.ts";
import { createCohorts } from "./execute.ts";

let s: SeededAnalytics;
beforeAll(async () => {
  s = await openSeededAnalytics();
}, 120_000);
afterAll(() => s?.db.close());

const PERIOD = { from: "2026-01-01", to: "2026-10-31" };

describe("cohorts show frequency on the demo data", () => {
  it("counts the customers query_metrics counts, split by orders in the period", async () => {
    const q = await createQueryMetrics({ ...s.deps, db: s.db })({
      metrics: ["customers", "orders", "revenue"],
      timeRange: PERIOD,
    });
    if (!q.ok) throw new Error(q.error.message);
    const r = await createCohorts({ ...s.deps, db: s.db })({
      period: PERIOD,
      show: "frequency",
      minOrders: 2,
    });
    if (!r.ok) throw new Error(r.error.message);
    const f = r.data.frequency!;
    expect(f.customers).toBe(q.data.totals.customers);
    expect(f.orders).toBe(q.data.totals.orders);
    expect(f.revenue).toBeCloseTo(q.data.totals.revenue as number, 6);
    expect(f.oneTime + f.atLeast).toBe(f.customers);
    expect(f.distribution.reduce((sum, b) => sum + b.customers, 0)).toBe(f.customers);
    expect(r.data.rows).toEqual([]);
  });

  it("rejects a threshold below two, naming the field", async () => {
    const r = await createCohorts({ ...s.deps, db: s.db })({
      period: PERIOD,
      show: "frequency",
      minOrders: 1,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain("minOrders");
  });
});
