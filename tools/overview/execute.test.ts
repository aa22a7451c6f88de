import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { FIXTURE_TENANT, loadFixture } from "../../semantic/test-support/fixture.ts";
import { createDetectAnomalies } from "../detect-anomalies/execute.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { computeOverview, createOverview, periodWords } from "./execute.ts";

let db: Database;
let deps: ToolDeps;
beforeAll(async () => {
  db = await openTestDatabase();
  await loadFixture(db);
  deps = {
    db,
    catalog: standardCatalog,
    // The fixture stores linear attribution rows: the channel table reads them.
    tenant: { ...FIXTURE_TENANT, defaultAttributionModel: "linear", currency: "USD", industry: "retail" },
    now: new Date("2024-03-05T12:00:00Z"),
  };
});
afterAll(() => db?.close());

// March 2–3, 2024 in New York against February 29 – March 1 (the fixture's hand-computed values):
// spend 10+40 and 7 = 57 vs 100+50 = 150; orders o3 (50), o4 (30, 23:59 local on the 2nd) and o5
// (1,000, 00:00 local on the 3rd) = 1,080 vs o1 200 + o2 100 + o6 20 = 320; new customers 2 vs 2.
const PERIOD = { from: "2024-03-02", to: "2024-03-03" };

describe("computeOverview", () => {
  it("computes the headline KPIs against the previous period with exact values", async () => {
    const o = await computeOverview(deps, { period: PERIOD });
    expect(o.period).toEqual({ ...PERIOD, timeZone: "America/New_York" });
    expect(o.comparisonPeriod).toEqual({ from: "2024-02-29", to: "2024-03-01" });
    expect(o.attributionModel).toBe("linear");
    const k = Object.fromEntries(o.kpis.map((x) => [x.key, x]));
    expect(o.kpis.map((x) => x.key)).toEqual(["spend", "revenue", "mer", "paid_roas", "orders", "cac"]);
    expect(k.spend).toMatchObject({ current: 57, previous: 150, change: -93, percentChange: -0.62 });
    expect(k.revenue).toMatchObject({ current: 1080, previous: 320, change: 760, percentChange: 2.375 });
    expect(k.revenue!.assessment).toBe("better");
    // MER: all revenue / spend; paid ROAS: linear credit of paid channels (50 + 0; 100 + 100) / spend.
    expect(k.mer!.current).toBeCloseTo(1080 / 57, 12);
    expect(k.mer!.previous).toBeCloseTo(320 / 150, 12);
    expect(k.paid_roas!.current).toBeCloseTo(50 / 57, 12);
    expect(k.paid_roas!.previous).toBeCloseTo(200 / 150, 12);
    expect(k.paid_roas!.assessment).toBe("worse");
    expect(k.paid_roas!.definition).toContain("linear model");
    expect(k.orders).toMatchObject({ current: 3, previous: 3, change: 0, assessment: "unchanged" });
    // New-customer CAC: 57 / 2 and 150 / 2; lower is better.
    expect(k.cac).toMatchObject({ current: 28.5, previous: 75, change: -46.5, assessment: "better" });
    expect(k.revenue!.question).toBe("Why did revenue change from 2024-03-02 to 2024-03-03?");
  });

  it("gives the daily trend, the channel table with labels, and the biggest movers", async () => {
    const o = await computeOverview(deps, { period: PERIOD });
    expect(o.trend).toEqual([
      { date: "2024-03-02", spend: 50, revenue: 80, orders: 2 },
      { date: "2024-03-03", spend: 7, revenue: 1000, orders: 1 },
    ]);
    expect(o.channels.map((c) => [c.label, c.paid, c.spend, c.revenue, c.roas, c.orders])).toEqual([
      ["Paid social", true, 40, 50, 1.25, 1],
      ["Paid search", true, 17, 0, 0, 0],
      ["Email", false, 0, 30, null, 1],
      ["Direct", false, 0, 0, null, 0],
    ]);
    expect(o.channels[3]!.previous).toEqual({ spend: 0, revenue: 120, orders: 2 });
    expect(o.movers.map((m) => [m.label, m.change, m.percentChange])).toEqual([
      ["Direct", -120, -1],
      ["Paid search", -100, -1],
      ["Paid social", -50, -0.5],
    ]);
    expect(o.provenance.paidChannels).toEqual(["paid_social", "paid_search"]);
    expect(o.provenance.sql.length).toBeGreaterThan(4);
  });

  it("lists the period's anomalies exactly as the detector finds them in the overall series", async () => {
    const o = await computeOverview(deps, { period: PERIOD });
    const scan = await createDetectAnomalies(deps)({
      metrics: ["revenue", "spend", "orders"],
      period: PERIOD,
    });
    if (!scan.ok) throw new Error(scan.error.message);
    const expected = scan.data.metrics.flatMap((m) =>
      m.series[0]!.anomalies.map((a) => `${m.metric}:${a.date}`),
    );
    expect(o.anomalies.map((a) => `${a.metric}:${a.date}`).sort()).toEqual(expected.sort());
  });

  it("resolves presets in the organization's time zone and words the questions after them", async () => {
    const o = await computeOverview(deps, { period: { preset: "last_week" } });
    expect(o.period).toMatchObject({ from: "2024-02-26", to: "2024-03-03", preset: "last_week" });
    expect(o.kpis.find((x) => x.key === "cac")!.question).toBe("Why did CAC change last week?");
    expect(periodWords({ from: "2024-03-01", to: "2024-03-31", preset: "last_month" })).toBe("last month");
  });

  it("compares with the baseline the question names instead of the period before (fix7s)", async () => {
    // March 3 against March 2 (hand-computed from the fixture's daily rows): spend 7 vs 50,
    // revenue 1,000 (o5) vs 80 (o3 50 + o4 30), orders 1 vs 2.
    const o = await computeOverview(deps, {
      period: { from: "2024-03-03", to: "2024-03-03" },
      compareTo: { from: "2024-03-02", to: "2024-03-02" },
    });
    expect(o.comparisonPeriod).toEqual({ from: "2024-03-02", to: "2024-03-02" });
    const k = Object.fromEntries(o.kpis.map((x) => [x.key, x]));
    expect(k.spend).toMatchObject({ current: 7, previous: 50, change: -43 });
    expect(k.revenue).toMatchObject({ current: 1000, previous: 80, change: 920 });
    expect(k.orders).toMatchObject({ current: 1, previous: 2, change: -1 });
  });

  it("as a tool, refuses bad arguments as data naming the field", async () => {
    const r = await createOverview(deps)({ period: { from: "2024-03-09", to: "2024-03-01" } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain("to");
  });
});
