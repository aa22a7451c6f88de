/**
 * Day of week and hour of day on the hand-made fixture (America/New_York, UTC-5 in March 2024;
 * March 1, 2024 was a Friday): an order at 04:30 UTC on March 2 is Friday 23:00 in New York.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { standardCatalog } from "../catalog/index.ts";
import type { MetricQueryInput } from "../query/types.ts";
import { FIXTURE_TENANT, loadFixture } from "../test-support/fixture.ts";
import { weekdayCounts } from "./daily-average.ts";
import { executeMetricQuery } from "./execute.ts";

let db: Database;
const now = new Date("2024-03-10T12:00:00Z");

beforeAll(async () => {
  db = await openTestDatabase();
  await loadFixture(db);
  // Ad spend loaded through Friday March 8, so a March 1-8 period holds two Fridays.
  await db.exec(`
    INSERT INTO ad_spend_daily (organization_id, date, campaign_id, channel, platform, spend, impressions, clicks, platform_conversions, platform_revenue)
      VALUES (1, '2024-03-08', 1, 'paid_search', 'google_ads', 3, 300, 3, 0, 0);`);
});
afterAll(() => db.close());

const run = (q: MetricQueryInput) =>
  executeMetricQuery({ catalog: standardCatalog, run: (sql, params) => db.query(sql, params), now }, q, {
    ...FIXTURE_TENANT,
  });

describe("weekdayCounts", () => {
  it("counts each weekday of an inclusive range", () => {
    expect(weekdayCounts("2024-03-01", "2024-03-08")).toEqual({
      Sunday: 1,
      Monday: 1,
      Tuesday: 1,
      Wednesday: 1,
      Thursday: 1,
      Friday: 2,
      Saturday: 1,
    });
    expect(weekdayCounts("2026-10-01", "2026-10-31")).toMatchObject({
      Thursday: 5,
      Friday: 5,
      Saturday: 5,
      Monday: 4,
    });
  });
});

describe("day_of_week", () => {
  it("groups orders by the org-local weekday and divides each by how many of that weekday the period holds", async () => {
    const r = await run({
      metrics: ["orders", "revenue"],
      dimensions: ["day_of_week"],
      timeRange: { from: "2024-03-01", to: "2024-03-08" },
      orderBy: [{ field: "revenue", direction: "desc" }],
    });
    // Friday: o1 200, o2 100 (Friday 23:30 local), o6 20; Saturday: o3 50, o4 30 (23:59 local);
    // Sunday: o5 1000 (00:00 local).
    expect(r.rows).toEqual([
      { day_of_week: "Sunday", orders: 1, revenue: 1000 },
      { day_of_week: "Friday", orders: 3, revenue: 320 },
      { day_of_week: "Saturday", orders: 2, revenue: 80 },
    ]);
    expect(r.dailyAverage?.days).toBe(8);
    expect(r.dailyAverage?.weekdays?.Friday).toBe(2);
    expect(r.dailyAverage?.rows).toEqual([
      { orders: 1, revenue: 1000 },
      { orders: 1.5, revenue: 160 },
      { orders: 2, revenue: 80 },
    ]);
  });

  it("groups ad spend by the weekday of its date", async () => {
    const r = await run({
      metrics: ["spend"],
      dimensions: ["day_of_week"],
      timeRange: { from: "2024-03-01", to: "2024-03-04" },
      orderBy: [{ field: "spend", direction: "desc" }],
    });
    expect(r.rows).toEqual([
      { day_of_week: "Friday", spend: 150 },
      { day_of_week: "Saturday", spend: 50 },
      { day_of_week: "Sunday", spend: 7 },
      { day_of_week: "Monday", spend: 5 },
    ]);
  });
});

describe("hour_of_day", () => {
  it("groups orders by the org-local hour they were placed", async () => {
    const r = await run({
      metrics: ["orders", "revenue"],
      dimensions: ["hour_of_day"],
      timeRange: { from: "2024-03-01", to: "2024-03-03" },
      orderBy: [{ field: "hour_of_day", direction: "asc" }],
    });
    expect(r.rows).toEqual([
      { hour_of_day: "00:00", orders: 1, revenue: 1000 },
      { hour_of_day: "10:00", orders: 1, revenue: 200 },
      { hour_of_day: "13:00", orders: 1, revenue: 50 },
      { hour_of_day: "18:00", orders: 1, revenue: 20 },
      { hour_of_day: "23:00", orders: 2, revenue: 130 },
    ]);
  });

  it("is refused for ad spend, which is recorded per day", async () => {
    await expect(
      run({
        metrics: ["spend"],
        dimensions: ["hour_of_day"],
        timeRange: { from: "2024-03-01", to: "2024-03-03" },
      }),
    ).rejects.toThrow(/cannot be broken down by dimension 'hour_of_day'/);
  });
});
