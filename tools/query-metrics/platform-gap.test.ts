import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { FIXTURE_TENANT, loadFixture } from "../../semantic/test-support/fixture.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { createQueryMetrics } from "./execute.ts";

let db: Database;
let deps: ToolDeps;
beforeAll(async () => {
  db = await openTestDatabase();
  await loadFixture(db);
  deps = {
    db,
    catalog: standardCatalog,
    tenant: { ...FIXTURE_TENANT, defaultAttributionModel: "linear", currency: "USD", industry: "retail" },
    now: new Date("2024-03-05T12:00:00Z"),
  };
});
afterAll(() => db?.close());

const GAP = [
  "platform_conversions",
  "orders",
  "platform_conversions_minus_tracked",
  "platform_conversions_over_tracked",
  "platform_revenue",
  "revenue",
  "platform_revenue_minus_tracked",
  "platform_revenue_over_tracked",
];

describe("platform-reported against tracked (catalog metrics)", () => {
  it("gives each platform's claim, our attributed figure, the gap and the ratio", async () => {
    const res = await createQueryMetrics(deps)({
      metrics: GAP,
      dimensions: ["platform"],
      filters: [{ field: "platform", op: "neq", value: null }],
      timeRange: { from: "2024-02-29", to: "2024-03-03" },
    });
    if (!res.ok) throw new Error(res.error.message);
    // Linear credit of the fixture's orders to each platform's campaigns against the platforms' own
    // claims: Google claims 11 conversions worth $1,050 where linear credits it 0.5 orders and $100.
    const byPlatform = Object.fromEntries(res.data.rows.map((r) => [r.platform, r]));
    expect(byPlatform.google_ads).toEqual({
      platform: "google_ads",
      platform_conversions: 11,
      orders: 0.5,
      platform_conversions_minus_tracked: 10.5,
      platform_conversions_over_tracked: 22,
      platform_revenue: 1050,
      revenue: 100,
      platform_revenue_minus_tracked: 950,
      platform_revenue_over_tracked: 10.5,
    });
    expect(byPlatform.meta_ads?.platform_conversions_over_tracked).toBeCloseTo(5 / 1.5, 12);
    expect(byPlatform.meta_ads?.platform_revenue_minus_tracked).toBe(250);
    // Nothing tracked, nothing claimed: no ratio rather than a division by zero.
    expect(byPlatform.tiktok_ads?.platform_conversions_over_tracked).toBeNull();
    // Totals over the platforms only (the "(none)" member is filtered out): ratios of sums.
    expect(res.data.totals).toEqual({
      platform_conversions: 16,
      orders: 2,
      platform_conversions_minus_tracked: 14,
      platform_conversions_over_tracked: 8,
      platform_revenue: 1450,
      revenue: 250,
      platform_revenue_minus_tracked: 1200,
      platform_revenue_over_tracked: 5.8,
    });
  });
});
