import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { setGrossMargin } from "../db/repositories/recommendations.ts";
import { standardCatalog } from "../semantic/catalog/index.ts";
import { FIXTURE_TENANT, loadFixture } from "../semantic/test-support/fixture.ts";
import type { ToolDeps } from "../tools/shared/deps.ts";
import { type ReviewChannel, type ReviewSection, reviewSection } from "./review-section.ts";

let db: Database;
let deps: ToolDeps;
beforeAll(async () => {
  db = await openTestDatabase();
  await loadFixture(db);
  deps = {
    db,
    catalog: standardCatalog,
    // The fixture stores linear attribution rows only.
    tenant: { ...FIXTURE_TENANT, defaultAttributionModel: "linear", currency: "USD", industry: "retail" },
    now: new Date("2024-03-05T12:00:00Z"),
  };
});
afterAll(() => db?.close());

// The hand-made fixture (semantic/test-support/fixture.ts), New York days:
// March 2-3: paid social spend 40 with linear revenue 50 (o3); paid search spend 10 + 7 = 17 and no
// revenue; email 30 (o4); direct nothing.
// Feb 29 - Mar 1: paid search spend 100 and revenue 100 (half of o1); paid social spend 50 and
// revenue 100 (the other half of o1); direct 100 (o2, 23:30 on Mar 1 in New York) + 20 (o6).
const OPTS = {
  current: { from: "2024-03-02", to: "2024-03-03" },
  previous: { from: "2024-02-29", to: "2024-03-01" },
  orders: 3,
  revenue: 1080,
};
const label = (m: string | null) => `L:${m}`;
const byMember = (s: ReviewSection): Record<string, ReviewChannel> =>
  Object.fromEntries(s.channels.map((c) => [c.member, c]));

describe("reviewSection", () => {
  it("works out each channel's change, ROAS on both sides and break-even shortfall exactly", async () => {
    const { section, notes } = await reviewSection(deps, OPTS, label);
    expect(notes).toEqual([]);
    expect(section.attributionModel).toBe("linear");
    // The default gross margin of 50%: break-even ROAS 1 / 0.5 = 2.0x.
    expect(section.grossMargin).toBe(0.5);
    expect(section.breakEvenRoas).toBe(2);
    expect(section.averageOrderValue).toBe(360);
    // Two days are too few for a conversion-rate break.
    expect(section.rateBreaks).toEqual([]);
    expect(section.channels.map((c) => c.member).sort()).toEqual([
      "direct",
      "email",
      "paid_search",
      "paid_social",
    ]);
    const c = byMember(section);
    expect(c.paid_social).toEqual({
      member: "paid_social",
      label: "L:paid_social",
      spend: 40,
      previousSpend: 50,
      revenue: 50,
      previousRevenue: 100,
      revenueChange: -50,
      revenuePctChange: -0.5,
      roas: 1.25,
      previousRoas: 2,
      // 40 x 2.0 - 50: $30 short of break-even.
      breakEvenShortfall: 30,
    });
    expect(c.paid_search).toMatchObject({
      spend: 17,
      previousSpend: 100,
      revenue: 0,
      previousRevenue: 100,
      revenueChange: -100,
      revenuePctChange: -1,
      roas: 0,
      previousRoas: 1,
      breakEvenShortfall: 34,
    });
    // No revenue before: no percent change; no spend: no ROAS and no shortfall.
    expect(c.email).toMatchObject({
      revenue: 30,
      previousRevenue: 0,
      revenueChange: 30,
      revenuePctChange: null,
      roas: null,
      previousRoas: null,
      breakEvenShortfall: null,
    });
    expect(c.direct).toMatchObject({
      revenue: 0,
      previousRevenue: 120,
      revenueChange: -120,
      revenuePctChange: -1,
    });
  });

  it("moves the break-even line with the organization's gross margin", async () => {
    await setGrossMargin(db, FIXTURE_TENANT.organizationId, 0.4);
    try {
      const { section, provenance } = await reviewSection(deps, OPTS, label);
      expect(section.breakEvenRoas).toBe(2.5);
      const c = byMember(section);
      // 40 x 2.5 - 50 and 17 x 2.5 - 0.
      expect(c.paid_social!.breakEvenShortfall).toBe(50);
      expect(c.paid_search!.breakEvenShortfall).toBe(42.5);
      expect(provenance).toMatchObject({ section: "review", grossMargin: 0.4, attributionModel: "linear" });
    } finally {
      await setGrossMargin(db, FIXTURE_TENANT.organizationId, 0.5);
    }
  });

  it("has no average order value when the period has no orders", async () => {
    const { section } = await reviewSection(deps, { ...OPTS, orders: 0, revenue: 0 }, label);
    expect(section.averageOrderValue).toBeNull();
  });
});
