import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { standardCatalog } from "../semantic/catalog/index.ts";
import { FIXTURE_TENANT, loadFixture } from "../semantic/test-support/fixture.ts";
import type { ToolDeps } from "../tools/shared/deps.ts";
import { readKpis } from "./kpis.ts";
import { resolveBriefPeriod } from "./period.ts";

let db: Database;
let deps: ToolDeps;
beforeAll(async () => {
  db = await openTestDatabase();
  await loadFixture(db);
  deps = {
    db,
    catalog: standardCatalog,
    now: new Date("2024-03-04T17:00:00Z"),
    // The fixture's attribution rows are linear: the brief names the model it reads.
    tenant: { ...FIXTURE_TENANT, defaultAttributionModel: "linear", currency: "USD", industry: "retail" },
  };
});
afterAll(() => db?.close());

describe("resolveBriefPeriod", () => {
  it("reads last week as Monday to Sunday in the organization's time zone, last year 52 weeks back", () => {
    // 2026-10-26 01:30 UTC is still Sunday October 25 in New York: last week is October 12-18.
    expect(resolveBriefPeriod(undefined, new Date("2026-10-26T01:30:00Z"), "America/New_York")).toEqual({
      from: "2026-10-12",
      to: "2026-10-18",
      kind: "week",
      timeZone: "America/New_York",
      days: 7,
      previous: { from: "2026-10-05", to: "2026-10-11" },
      lastYear: { from: "2025-10-13", to: "2025-10-19" },
      next: { from: "2026-10-19", to: "2026-10-25" },
    });
  });

  it("plans the next calendar month after last month, and a custom range's same length", () => {
    const month = resolveBriefPeriod({ preset: "last_month" }, new Date("2026-11-03T12:00:00Z"), "UTC");
    expect(month).toMatchObject({
      from: "2026-10-01",
      to: "2026-10-31",
      kind: "month",
      previous: { from: "2026-09-01", to: "2026-09-30" },
      lastYear: { from: "2025-10-01", to: "2025-10-31" },
      next: { from: "2026-11-01", to: "2026-11-30" },
    });
    const custom = resolveBriefPeriod({ from: "2026-10-01", to: "2026-10-10" }, new Date(), "UTC");
    expect(custom).toMatchObject({
      kind: "custom",
      days: 10,
      next: { from: "2026-10-11", to: "2026-10-20" },
    });
  });
});

describe("readKpis on the hand-made fixture", () => {
  it("gives the exact KPIs of March 2-3 2024 against February 29 - March 1, with no data last year", async () => {
    const k = await readKpis(deps, {
      current: { from: "2024-03-02", to: "2024-03-03" },
      previous: { from: "2024-02-29", to: "2024-03-01" },
      lastYear: { from: "2023-03-02", to: "2023-03-03" },
    });
    // Hand sums (New York dates): March 2-3 spend 10 + 40 + 7; orders o3 50, o4 30, o5 1000 (o4 and
    // o5 new); linear credit to channels with spend: paid_social 50 (o3). February 29 - March 1:
    // spend 100 + 50; orders o1 200, o2 100 (23:30 local on March 1), o6 20 (o1, o2 new);
    // paid_search 100 + paid_social 100 (o1).
    expect(k.sums).toEqual({
      current: { spend: 57, revenue: 1080, orders: 3, newCustomers: 2, paidAttributedRevenue: 50 },
      previous: { spend: 150, revenue: 320, orders: 3, newCustomers: 2, paidAttributedRevenue: 200 },
      lastYear: null,
    });
    expect(k.attributionModel).toBe("linear");
    expect(k.lastYearAvailable).toBe(false);
    const row = (key: string) => k.rows.find((r) => r.key === key)!;
    expect(row("mer")).toEqual({
      key: "mer",
      label: "MER (revenue / ad spend)",
      unit: "ratio",
      current: 1080 / 57,
      previous: 320 / 150,
      lastYear: null,
      changeVsPrevious: (1080 / 57 - 320 / 150) / (320 / 150),
      changeVsLastYear: null,
    });
    expect(row("paid_roas")).toMatchObject({
      label: "Paid ROAS (linear attribution)",
      current: 50 / 57,
      previous: 200 / 150,
      changeVsPrevious: (50 / 57 - 200 / 150) / (200 / 150),
    });
    expect(row("cac")).toMatchObject({ current: 28.5, previous: 75, changeVsPrevious: (28.5 - 75) / 75 });
    expect(row("orders")).toMatchObject({ current: 3, previous: 3, changeVsPrevious: 0 });
    expect(row("spend")).toMatchObject({ current: 57, previous: 150, changeVsPrevious: (57 - 150) / 150 });
  });
});
