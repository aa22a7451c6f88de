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
