import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { catalogWithCustom, standardCatalog } from "../catalog/index.ts";
import type { CompileContext } from "../compile/plan.ts";
import type { MetricQueryInput } from "../query/types.ts";
import { FIXTURE_TENANT, loadFixture } from "../test-support/fixture.ts";
import { executeMetricQuery } from "./execute.ts";

let db: Database;
const MAR_1_2 = { from: "2024-03-01", to: "2024-03-02" };
const now = new Date("2024-03-05T12:00:00Z");

beforeAll(async () => {
  db = await openTestDatabase();
  await loadFixture(db);
});
afterAll(() => db.close());

const run = (q: MetricQueryInput, tenant: Partial<CompileContext> = {}, catalog = standardCatalog) =>
  executeMetricQuery({ catalog, run: (sql, params) => db.query(sql, params), now }, q, {
    ...FIXTURE_TENANT,
    ...tenant,
  });

describe("executeMetricQuery on the hand-made fixture", () => {
  it("sums spend for the tenant only and reports freshness", async () => {
    const r = await run({ metrics: ["spend", "ctr"], timeRange: MAR_1_2 });
    expect(r.rows).toEqual([{ spend: 200, ctr: 0.01 }]);
    expect(r.totals).toEqual({ spend: 200, ctr: 0.01 });
    expect(r.provenance.dataFreshness.adSpendThrough).toBe("2024-03-04");
    expect(r.provenance.timeRange).toEqual({ ...MAR_1_2, timeZone: "America/New_York" });
  });

  it("computes ratios as ratios of sums, not averages of row ratios", async () => {
    const r = await run({ metrics: ["platform_roas"], dimensions: ["campaign"], timeRange: MAR_1_2 });
    const c1 = r.rows.find((x) => x.campaign === 1)!;
    // rows of campaign 1: 1000/100 = 10 and 50/10 = 5; their average is 7.5, the ratio of sums 1050/110.
    expect(c1.platform_roas).toBeCloseTo(1050 / 110, 10);
    expect(c1.platform_roas).not.toBeCloseTo(7.5, 2);
    expect(c1.campaign_name).toBe("Black Friday Search");
    expect(r.totals.platform_roas).toBeCloseTo(1450 / 200, 10);
    const open = await run({ metrics: ["email_open_rate"], timeRange: MAR_1_2 });
    expect(open.totals.email_open_rate).toBeCloseTo(300 / 1100, 10); // not (0.25 + 0.5) / 2
  });

  it("buckets conversions into New York dates (23:30 local on Mar 1 is 04:30 UTC on Mar 2)", async () => {
    const r = await run({ metrics: ["orders", "revenue"], dimensions: ["date"], timeRange: MAR_1_2 });
    expect(r.rows).toEqual([
      { date: "2024-03-01", orders: 3, revenue: 320 },
      { date: "2024-03-02", orders: 2, revenue: 80 },
    ]);
    expect(r.totals).toEqual({ orders: 5, revenue: 400 });
  });

  it("buckets conversions into Berlin dates (00:30 local on Mar 2 is 23:30 UTC on Mar 1)", async () => {
    const r = await run(
      { metrics: ["orders", "revenue"], dimensions: ["date"], timeRange: MAR_1_2 },
      { timeZone: "Europe/Berlin" },
    );
    expect(r.rows).toEqual([
      { date: "2024-03-01", orders: 1, revenue: 200 },
      { date: "2024-03-02", orders: 3, revenue: 170 },
    ]);
  });

  it("starts weeks on Monday", async () => {
    const r = await run({
      metrics: ["spend"],
      grain: "week",
      timeRange: { from: "2024-03-01", to: "2024-03-04" },
    });
    expect(r.rows).toEqual([
      { date: "2024-02-26", spend: 207 },
      { date: "2024-03-04", spend: 5 },
    ]);
  });

  it("attributes revenue by channel with SQL last touch while the model has no stored rows", async () => {
    const r = await run({
      metrics: ["revenue", "orders", "spend", "roas"],
      dimensions: ["channel"],
      timeRange: MAR_1_2,
    });
    const by = Object.fromEntries(r.rows.map((x) => [x.channel, x]));
    // Customer 1's second order (o3) has no touch after the first order (o1): it is direct, as in
    // the journeys every stored model is computed from.
    expect(by.paid_social).toMatchObject({ revenue: 200, orders: 1, spend: 90 });
    expect(by.paid_social!.roas).toBeCloseTo(200 / 90, 10);
    expect(by.paid_search).toMatchObject({ revenue: 0, orders: 0, spend: 110, roas: 0 });
    expect(by.direct).toMatchObject({ revenue: 170, orders: 3, spend: 0, roas: null });
    expect(by.email).toMatchObject({ revenue: 30, orders: 1 });
    // ROAS is the paid channels' attributed revenue (paid social 200, paid search 0) over spend;
    // the blended 400 / 200 is MER.
    expect(r.totals).toMatchObject({ revenue: 400, orders: 5, spend: 200, roas: 1 });
    expect(r.provenance.attribution).toMatchObject({
      model: "last_touch",
      source: "touchpoints",
      lookbackDays: 30,
    });
    expect(r.provenance.definitions.find((d) => d.key === "revenue")!.formula).toContain(
      "last touch within 30 days",
    );
  });

  it("uses the stored model when the query names one, by channel and by platform", async () => {
    const r = await run({
      metrics: ["revenue", "orders"],
      dimensions: ["channel"],
      timeRange: MAR_1_2,
      attributionModel: "linear",
    });
    const by = Object.fromEntries(r.rows.map((x) => [x.channel, x]));
    expect(by).toMatchObject({
      paid_search: { revenue: 100, orders: 0.5 },
      paid_social: { revenue: 150, orders: 1.5 },
      direct: { revenue: 120, orders: 2 },
      email: { revenue: 30, orders: 1 },
    });
    expect(r.provenance.attribution).toMatchObject({ model: "linear", source: "table" });
    const p = await run({
      metrics: ["attributed_revenue"],
      dimensions: ["platform"],
      timeRange: MAR_1_2,
      attributionModel: "linear",
    });
    expect(p.rows).toEqual([
      { platform: "meta_ads", attributed_revenue: 150 },
      { platform: null, attributed_revenue: 150 },
      { platform: "google_ads", attributed_revenue: 100 },
    ]);
  });

  it("has no cost per order where a row has no ad spend at all, and keeps a real zero return", async () => {
    const r = await run({ metrics: ["cpa", "roas"], dimensions: ["channel"], timeRange: MAR_1_2 });
    const by = Object.fromEntries(r.rows.map((x) => [x.channel, x]));
    expect(by.direct).toMatchObject({ cpa: null, roas: null });
    expect(by.email).toMatchObject({ cpa: null });
    expect(by.paid_social!.cpa).toBeCloseTo(90, 10);
    // Paid search spent 110 and drove no order: no cost per order, but a return of exactly 0.
    expect(by.paid_search).toMatchObject({ cpa: null, roas: 0 });
    expect(r.totals.cpa).toBeCloseTo(200 / 5, 10);
  });

  it("divides ad spend by the orders credited to paid channels for paid CPA (leftC)", async () => {
    // Last touch: paid social 1 order, paid search 0; spend 90 + 110. Blended: 200 over all 5 orders.
    const last = await run({
      metrics: ["paid_cpa", "paid_attributed_conversions", "cpa"],
      timeRange: MAR_1_2,
    });
    expect(last.totals.paid_attributed_conversions).toBeCloseTo(1, 10);
    expect(last.totals.paid_cpa).toBeCloseTo(200 / 1, 10);
    expect(last.totals.cpa).toBeCloseTo(200 / 5, 10);
    // Linear: paid search 0.5 + paid social 1.5 credited orders.
    const linear = await run({ metrics: ["paid_cpa"], timeRange: MAR_1_2, attributionModel: "linear" });
    expect(linear.totals.paid_cpa).toBeCloseTo(200 / 2, 10);
    expect(linear.provenance.attribution).toMatchObject({ model: "linear", source: "table" });
  });

  it("breaks revenue down by source / medium of the last touch", async () => {
    const r = await run({ metrics: ["revenue"], dimensions: ["source_medium"], timeRange: MAR_1_2 });
    expect(r.rows).toEqual([
      { source_medium: "facebook / paid_social", revenue: 200 },
      { source_medium: "(direct) / (none)", revenue: 170 },
      { source_medium: "newsletter / email", revenue: 30 },
    ]);
  });

  it("splits new and returning customers", async () => {
    const r = await run({
      metrics: ["orders", "revenue", "new_customers"],
      dimensions: ["customer_type"],
      timeRange: MAR_1_2,
    });
    expect(r.rows).toEqual([
      { customer_type: "new", orders: 3, revenue: 330, new_customers: 3 },
      { customer_type: "returning", orders: 2, revenue: 70, new_customers: 0 },
    ]);
    const cac = await run({ metrics: ["cac"], timeRange: MAR_1_2 });
    expect(cac.totals.cac).toBeCloseTo(200 / 3, 10);
  });

  it("applies dimension filters, metric filters, ordering and the limit", async () => {
    const eq = await run({
      metrics: ["spend"],
      filters: [{ field: "channel", op: "eq", value: "paid_social" }],
      timeRange: MAR_1_2,
    });
    expect(eq.totals.spend).toBe(90);
    const contains = await run({
      metrics: ["spend"],
      filters: [{ field: "campaign", op: "contains", value: "black FRIDAY" }],
      timeRange: MAR_1_2,
    });
    expect(contains.totals.spend).toBe(160);
    const notIn = await run({
      metrics: ["spend"],
      filters: [{ field: "platform", op: "not_in", values: ["meta_ads", "tiktok_ads"] }],
      timeRange: MAR_1_2,
    });
    expect(notIn.totals.spend).toBe(110);
    const having = await run({
      metrics: ["spend"],
      dimensions: ["channel"],
      filters: [{ field: "spend", op: "gt", value: 100 }],
      timeRange: MAR_1_2,
    });
    expect(having.rows).toEqual([{ channel: "paid_search", spend: 110 }]);
    const top = await run({ metrics: ["spend"], dimensions: ["campaign"], limit: 1, timeRange: MAR_1_2 });
    expect(top.rows).toEqual([{ campaign: 1, campaign_name: "Black Friday Search", spend: 110 }]);
    expect(top.totals.spend).toBe(200);
  });

  it("orders and filters by metrics the answer does not show, on one source and on several", async () => {
    // By platform: google_ads spend 110, clicks 210 (ctr 0.019); meta_ads 50, 50 (0.01); tiktok_ads 40, 100 (0.005).
    const shown = await run({
      metrics: ["spend"],
      dimensions: ["platform"],
      filters: [{ field: "ctr", op: "gt", value: 0.006 }],
      orderBy: [{ field: "clicks", direction: "asc" }],
      timeRange: MAR_1_2,
    });
    expect(shown.rows).toEqual([
      { platform: "meta_ads", spend: 50 },
      { platform: "google_ads", spend: 110 },
    ]);
    // ROAS (attributed revenue and ad spend, no breakdown) is 1 here: the filter keeps or drops its row.
    const kept = await run({
      metrics: ["roas"],
      filters: [{ field: "roas", op: "gte", value: 1 }],
      timeRange: MAR_1_2,
    });
    expect(kept.rows).toEqual([{ roas: 1 }]);
    const dropped = await run({
      metrics: ["roas"],
      filters: [{ field: "roas", op: "gt", value: 1 }],
      timeRange: MAR_1_2,
    });
    expect(dropped.rows).toEqual([]);
  });

  it("compares with the previous period per row and in total", async () => {
    const r = await run({
      metrics: ["spend"],
      dimensions: ["channel"],
      timeRange: { from: "2024-03-02", to: "2024-03-02" },
      compareTo: "previous_period",
    });
    expect(r.comparison!.range).toEqual({ from: "2024-03-01", to: "2024-03-01" });
    expect(r.comparison!.totals.spend).toEqual({ previous: 150, change: -100, percentChange: -100 / 150 });
    const social = r.rows.findIndex((x) => x.channel === "paid_social");
    expect(r.comparison!.rows[social]!.spend).toEqual({ previous: 50, change: -10, percentChange: -0.2 });
  });

  it("compares a limited row with its previous value, whatever it ranked before", async () => {
    const r = await run({
      metrics: ["spend"],
      dimensions: ["channel"],
      timeRange: { from: "2024-03-02", to: "2024-03-02" },
      compareTo: "previous_period",
      orderBy: [{ field: "spend", direction: "desc" }],
      limit: 1,
    });
    expect(r.rows.map((x) => x.channel)).toEqual(["paid_social"]);
    expect(r.comparison!.rows[0]!.spend).toEqual({ previous: 50, change: -10, percentChange: -0.2 });
  });

  it("treats division by zero in a custom formula as null, not an error", async () => {
    const catalog = catalogWithCustom([
      {
        key: "half_roas",
        label: "Half ROAS",
        description: "x",
        unit: "ratio",
        format: "decimal",
        definition: { type: "formula", formula: "revenue / spend / 2" },
      },
      {
        key: "broken",
        label: "Broken",
        description: "x",
        unit: "ratio",
        format: "decimal",
        definition: { type: "formula", formula: "revenue / 0" },
      },
    ]);
    const r = await run({ metrics: ["half_roas", "broken"], timeRange: MAR_1_2 }, {}, catalog);
    expect(r.rows).toEqual([{ half_roas: 1, broken: null }]);
  });

  it("rejects a metric a dimension cannot break down, naming both", async () => {
    await expect(
      run({ metrics: ["email_sends"], dimensions: ["channel"], timeRange: MAR_1_2 }),
    ).rejects.toMatchObject({
      code: "catalog.unsupported_combination",
      message: expect.stringContaining("metric 'email_sends' cannot be broken down by dimension 'channel'"),
    });
  });
});
