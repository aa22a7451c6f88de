import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededAnalytics, type SeededAnalytics } from "../../db/analytics/testing.ts";
import { createComparePeriods } from "./execute.ts";

let s: SeededAnalytics;
let run: ReturnType<typeof createComparePeriods>;
beforeAll(async () => {
  s = await openSeededAnalytics();
  run = createComparePeriods({ ...s.deps, db: s.db });
}, 120_000);
afterAll(() => s?.db.close());

const sums = async (from: string, to: string) =>
  (
    await s.db.query<{ spend: number; clicks: number }>(
      "SELECT SUM(spend) AS spend, SUM(clicks) AS clicks FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3",
      [s.tenant.organizationId, from, to],
    )
  )[0]!;

describe("compare_periods executor", () => {
  it("compares totals and rows with deltas and the catalog's direction", async () => {
    const r = await run({
      metrics: ["spend", "cpc"],
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: "previous_period",
      dimensions: ["channel"],
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.comparisonPeriod).toEqual({ from: "2026-09-01", to: "2026-09-30" });
    const [oct, sep] = [await sums("2026-10-01", "2026-10-31"), await sums("2026-09-01", "2026-09-30")];
    const spend = r.data.totals.find((t) => t.metric === "spend")!;
    expect(spend.current).toBeCloseTo(oct.spend, 6);
    expect(spend.previous).toBeCloseTo(sep.spend, 6);
    expect(spend.change).toBeCloseTo(oct.spend - sep.spend, 6);
    const cpc = r.data.totals.find((t) => t.metric === "cpc")!;
    expect(cpc.current).toBeCloseTo(oct.spend / oct.clicks, 10);
    expect(cpc.assessment).toBe(cpc.change! > 0 ? "worse" : "better");
    expect(r.data.rows.length).toBeGreaterThan(0);
    expect(r.data.rows[0]).toHaveProperty("channel");
    expect(r.data.provenance.timeRange).toEqual({
      from: "2026-10-01",
      to: "2026-10-31",
      timeZone: "America/New_York",
    });
  });

  it("fails with bad_input naming the field, and unknown_metric with a suggestion", async () => {
    const bad = await run({ metrics: ["spend"], period: { from: "2026-10-01", to: "2026-10-31" } });
    expect(bad).toMatchObject({ ok: false, error: { code: "bad_input" } });
    expect(!bad.ok && bad.error.message).toContain("compareTo");
    const unknown = await run({
      metrics: ["roaz"],
      period: { preset: "last_month" },
      compareTo: "previous_period",
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: "unknown_metric", suggestions: ["roas"] } });
  });
});
