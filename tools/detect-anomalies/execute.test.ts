import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededAnalytics, type SeededAnalytics } from "../../db/analytics/testing.ts";
import { createDetectAnomalies } from "./execute.ts";

let s: SeededAnalytics;
let run: ReturnType<typeof createDetectAnomalies>;
beforeAll(async () => {
  s = await openSeededAnalytics();
  run = createDetectAnomalies({ ...s.deps, db: s.db });
}, 120_000);
afterAll(() => s?.db.close());

describe("detect_anomalies executor", () => {
  it("scans each metric overall and per member; flagged values are the day's SQL sums", async () => {
    const r = await run({
      metrics: ["spend", "roas"],
      period: { from: "2026-09-01", to: "2026-10-31" },
      dimension: "channel",
      sensitivity: "high",
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.threshold).toBe(3);
    expect(r.data.metrics.map((m) => [m.metric, m.shape])).toEqual([
      ["spend", "additive"],
      ["roas", "ratio"],
    ]);
    expect(r.data.provenance.baselineFrom).toBe("2026-07-07");
    // No retail peak between July and October; the calendar is in the provenance.
    expect(r.data.provenance.events).toEqual([]);
    for (const m of r.data.metrics) {
      for (const s0 of m.series) for (const a of s0.anomalies) expect(["day", "shift"]).toContain(a.kind);
    }
    expect(r.data.provenance.definitions.map((d) => d.key)).toEqual(
      expect.arrayContaining(["spend", "paid_attributed_revenue"]),
    );
    const spend = r.data.metrics[0]!;
    expect(spend.series[0]!.series).toBe("overall");
    for (const s0 of spend.series) {
      for (const a of s0.anomalies) {
        const [row] = await s.db.query<{ spend: number | null }>(
          `SELECT SUM(spend) AS spend FROM ad_spend_daily
            WHERE organization_id = $1 AND date = $2 AND ($3::text IS NULL OR channel = $3)`,
          [s.tenant.organizationId, a.date, s0.member],
        );
        expect(a.value).toBeCloseTo(row!.spend ?? 0, 6);
      }
    }
  });

  it("names the planned changes in the period and segment, with their days against the two weeks before", async () => {
    const r = await run({
      metrics: ["spend"],
      period: { from: "2026-06-21", to: "2026-06-30" },
      filters: [{ field: "channel", op: "in", values: ["display"] }],
    });
    if (!r.ok) throw new Error(r.error.message);
    // The display holdout week is planned: not flagged, but named with what it did.
    expect(r.data.flaggedDays).toBe(0);
    expect(r.data.plannedChanges?.map((c) => [c.channel, c.from, c.to, c.expectedChangePercent])).toEqual([
      ["display", "2026-06-22", "2026-06-28", -100],
    ]);
    const effect = r.data.plannedChanges![0]!.effects[0]!;
    expect(effect.metric).toBe("spend");
    expect(effect.effect).toMatchObject({ from: "2026-06-22", to: "2026-06-28", days: 7, perDay: 0 });
    const [before] = await s.db.query<{ spend: number }>(
      `SELECT SUM(spend)::float8 / 14 AS spend FROM ad_spend_daily
        WHERE organization_id = $1 AND channel = 'display' AND date BETWEEN '2026-06-08' AND '2026-06-21'`,
      [s.tenant.organizationId],
    );
    expect(effect.effect.beforePerDay).toBeCloseTo(before!.spend, 6);
    // Another channel's segment does not see it.
    const other = await run({
      metrics: ["spend"],
      period: { from: "2026-06-21", to: "2026-06-30" },
      filters: [{ field: "channel", op: "in", values: ["paid_search"] }],
    });
    expect(other.ok && other.data.plannedChanges).toEqual([]);
  });

  it("names the campaigns behind a flagged day of spend, each against its own normal", async () => {
    const r = await run({ metrics: ["spend"], period: { from: "2026-05-01", to: "2026-05-31" } });
    if (!r.ok) throw new Error(r.error.message);
    const drivers = r.data.metrics[0]!.drivers ?? [];
    const day = drivers.find((d) => d.date === "2026-05-14");
    expect(day?.dimension).toBe("campaign");
    const top = day!.drivers[0]!;
    expect(top.member).toBe("Prospecting - Broad - Advantage+");
    const [row] = await s.db.query<{ spend: number }>(
      `SELECT SUM(a.spend)::float8 AS spend FROM ad_spend_daily a JOIN campaigns c
         ON c.organization_id = a.organization_id AND c.id = a.campaign_id
        WHERE a.organization_id = $1 AND a.date = '2026-05-14' AND c.name = $2`,
      [s.tenant.organizationId, top.member],
    );
    expect(top.value).toBeCloseTo(row!.spend, 6);
    expect(top.value).toBeGreaterThan(3 * top.normal);
  });

  it("reads a one-day scan's day against its normal, and what moved it, even when it is not flagged", async () => {
    const r = await run({ metrics: ["orders", "spend"], period: { from: "2026-03-17", to: "2026-03-17" } });
    if (!r.ok) throw new Error(r.error.message);
    const [orders, spend] = r.data.metrics;
    expect(orders!.day?.date).toBe("2026-03-17");
    // March 17 is the demo's tracking outage: orders far below their normal.
    expect(orders!.day!.value).toBeLessThan(orders!.day!.normal / 2);
    expect(orders!.drivers?.[0]?.dimension).toBe("channel");
    expect(spend!.drivers?.[0]?.dimension).toBe("campaign");
    expect(spend!.day!.normal).toBeGreaterThan(0);
  });

  it("scans a long period of a rate not recorded by channel for its breaks overall only", async () => {
    // Email rates are per email campaign: the per-channel break search must not fail the scan.
    const r = await run({
      metrics: ["email_unsubscribe_rate"],
      period: { from: "2025-11-01", to: "2026-10-31" },
    });
    if (!r.ok) throw new Error(r.error.message);
    // Asking it by channel failed the whole scan before; any break found is of the overall series.
    expect(r.data.metrics.map((m) => m.metric)).toEqual(["email_unsubscribe_rate"]);
    for (const b of r.data.metrics[0]?.rateBreaks ?? [])
      expect([b.dimension, b.member]).toEqual([null, null]);
  }, 120_000);

  it("fails with bad_input naming the field, and unknown_metric with a suggestion", async () => {
    const bad = await run({ metrics: [], period: { preset: "last_week" } });
    expect(bad).toMatchObject({ ok: false, error: { code: "bad_input" } });
    expect(!bad.ok && bad.error.message).toContain("metrics");
    const unknown = await run({ metrics: ["spend", "roaz"], period: { preset: "last_week" } });
    expect(unknown).toEqual({
      ok: false,
      error: {
        code: "unknown_metric",
        message: "metrics.1: unknown metric 'roaz': did you mean 'roas'?",
        suggestions: ["roas"],
      },
    });
  });
});
