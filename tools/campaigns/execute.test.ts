import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededAnalytics, type SeededAnalytics } from "../../db/analytics/testing.ts";
import { createQueryMetrics } from "../query-metrics/execute.ts";
import { type CampaignsData, createCampaigns } from "./execute.ts";

let s: SeededAnalytics;
let run: ReturnType<typeof createCampaigns>;
beforeAll(async () => {
  s = await openSeededAnalytics();
  run = createCampaigns({ ...s.deps, db: s.db });
}, 120_000);
afterAll(() => s?.db.close());

async function data(args: Record<string, unknown>): Promise<CampaignsData> {
  const r = await run(args);
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

const byId = (d: CampaignsData, id: number) => d.pacing!.campaigns.find((c) => c.id === id)!;

describe("campaigns executor on the demo data", () => {
  it("lists every campaign with its attributes, and filters by objective and platform", async () => {
    const all = await data({});
    expect(all.counts.total).toBe(20);
    expect(all.campaigns.find((c) => c.id === 1007)).toMatchObject({
      name: "Display - Prospecting - Outdoor Enthusiasts",
      channel: "display",
      platform: "google_ads",
      objective: "awareness",
      endDate: null,
      status: "live",
    });
    expect(all.campaigns.find((c) => c.id === 1005)?.status).toBe("ended");
    const awareness = await data({ objective: "awareness" });
    expect(awareness.campaigns.map((c) => c.id)).toEqual([1007, 1008, 1014, 1015]);
    const meta = await data({ platform: "meta_ads", status: "live" });
    expect(meta.campaigns.map((c) => c.id)).toEqual([1009, 1010, 1011]);
  });

  it("paces October against the daily budgets with the recorded holdout weeks applied", async () => {
    const oct = { from: "2026-10-01", to: "2026-10-31" };
    const d = await data({ analysis: "pacing", period: oct });
    const brand = byId(d, 1001);
    // Paid search's holdout week ran Sep 28 - Oct 4: a budget of 0 on Oct 1-4, 27 budgeted days.
    const daily = d.campaigns.find((c) => c.id === 1001)!.dailyBudget;
    expect(brand.budget).toBeCloseTo(daily * 27, 6);
    expect(brand.liveDays).toBe(31);
    const notes = d.pacing!.changesApplied.map((c) => c.from);
    expect(notes).toEqual(["2026-09-28", "2026-10-12"]);
    // Spend is what query_metrics reports for the month.
    const q = await createQueryMetrics({ ...s.deps, db: s.db })({ metrics: ["spend"], timeRange: oct });
    if (!q.ok) throw new Error(q.error.message);
    expect(d.totals!.spend).toBeCloseTo(q.data.totals.spend as number, 2);
  });

  it("takes a budget back through a lasting raise recorded after the period", async () => {
    const d = await data({
      analysis: "pacing",
      period: { from: "2026-06-01", to: "2026-06-21" },
      campaigns: [1007],
    });
    const display = byId(d, 1007);
    const daily = d.campaigns[0]!.dailyBudget;
    // Raised 250% on Jul 6: the June budget was the current one / 3.5.
    expect(display.budget).toBeCloseTo(Math.round((daily / 3.5) * 21 * 100) / 100, 2);
    expect(display.changeIds).toHaveLength(1);
  });

  it("compares equal windows around the recorded change nearest the month given", async () => {
    const d = await data({
      analysis: "change",
      campaigns: [1007],
      around: { from: "2026-07-01", to: "2026-07-31" },
    });
    const c = d.change!;
    expect(c.recorded?.from).toBe("2026-07-06");
    expect(c.changeDate).toBe("2026-07-06");
    expect(c.days).toBe(28);
    expect([c.before.from, c.before.to, c.after.from, c.after.to]).toEqual([
      "2026-06-08",
      "2026-07-05",
      "2026-07-06",
      "2026-08-02",
    ]);
    expect(c.extraSpend).toBeCloseTo(c.after.spend - c.before.spend, 2);
    expect(c.marginalRoas).toBeCloseTo(c.extraRevenue / c.extraSpend, 9);
    // No change recorded for this campaign in September: the date given is used.
    const none = await data({
      analysis: "change",
      campaigns: [1004],
      around: { from: "2026-09-01", to: "2026-09-30" },
    });
    expect(none.change?.recorded).toBeNull();
    expect(none.change?.changeDate).toBe("2026-09-01");
  });

  it("refuses pacing without a period, naming the field", async () => {
    const r = await run({ analysis: "pacing" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^period/);
  });
});
