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

describe("cohorts show order_value on the demo data", () => {
  it("reads every order query_metrics counts, with its mean as the average order value", async () => {
    const q = await createQueryMetrics({ ...s.deps, db: s.db })({
      metrics: ["orders", "revenue"],
      dimensions: ["customer_type"],
      timeRange: PERIOD,
    });
    if (!q.ok) throw new Error(q.error.message);
    const r = await createCohorts({ ...s.deps, db: s.db })({
      period: PERIOD,
      show: "order_value",
      orderValueBy: "customer_type",
      percentiles: [25, 50, 75],
    });
    if (!r.ok) throw new Error(r.error.message);
    const v = r.data.orderValues!;
    expect(v.all!.orders).toBe(q.data.totals.orders);
    expect(v.all!.revenue).toBeCloseTo(q.data.totals.revenue as number, 2);
    expect(v.rows.map((x) => x.group).sort()).toEqual(["new", "returning"]);
    expect(v.rows.reduce((sum, x) => sum + x.orders, 0)).toBe(v.all!.orders);
    for (const row of v.rows) {
      const [p25, p50, p75] = row.percentiles.map((p) => p.value);
      expect(p25!).toBeLessThanOrEqual(p50!);
      expect(p50!).toBeLessThanOrEqual(p75!);
    }
  });

  it("groups by month in date order", async () => {
    const r = await createCohorts({ ...s.deps, db: s.db })({
      period: PERIOD,
      show: "order_value",
      orderValueBy: "month",
      percentiles: [50],
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.orderValues!.rows.map((x) => x.group)).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
    ]);
  });

  it("rejects a percentile above 100, naming the field", async () => {
    const r = await createCohorts({ ...s.deps, db: s.db })({
      period: PERIOD,
      show: "order_value",
      percentiles: [150],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain("percentiles");
  });
});
