/**
 * Source / medium breakdowns compute last touch from touchpoints; channel breakdowns read the
 * materialized attribution table. Both must follow the same journey rules, so per channel they
 * agree exactly on the seeded demo (ties, touches at a previous conversion, the window's edge).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededAnalytics, type SeededAnalytics } from "../../db/analytics/testing.ts";
import { materializeAttribution } from "../../db/attribution/materialize.ts";
import { createQueryMetrics } from "../../tools/query-metrics/execute.ts";

let s: SeededAnalytics;
let run: ReturnType<typeof createQueryMetrics>;
beforeAll(async () => {
  s = await openSeededAnalytics();
  await materializeAttribution(s.db, { organizationId: s.tenant.organizationId, models: ["last_touch"] });
  run = createQueryMetrics({ ...s.deps, db: s.db });
}, 120_000);
afterAll(() => s?.db.close());

describe("last touch from touchpoints and from the attribution table", () => {
  it("credits the same orders and revenue to every channel", async () => {
    const timeRange = { from: "2026-01-01", to: "2026-10-31" };
    const byChannel = await run({ metrics: ["orders", "revenue"], dimensions: ["channel"], timeRange });
    const bySource = await run({
      metrics: ["orders", "revenue"],
      dimensions: ["channel", "source_medium"],
      timeRange,
    });
    if (!byChannel.ok || !bySource.ok) throw new Error("query failed");
    const summed = new Map<string, { orders: number; revenue: number }>();
    for (const r of bySource.data.rows) {
      const k = String(r.channel);
      const acc = summed.get(k) ?? { orders: 0, revenue: 0 };
      acc.orders += Number(r.orders);
      acc.revenue += Number(r.revenue);
      summed.set(k, acc);
    }
    expect(byChannel.data.rows.length).toBeGreaterThan(4);
    for (const r of byChannel.data.rows) {
      const got = summed.get(String(r.channel));
      expect(got?.orders, String(r.channel)).toBe(Number(r.orders));
      expect(got?.revenue, String(r.channel)).toBeCloseTo(Number(r.revenue), 6);
    }
  });
});
