import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODEL_NAMES } from "../../core/attribution/types.ts";
import { openTestDatabase } from "../connect.ts";
import type { Database } from "../database.ts";
import { materializeAttribution } from "./materialize.ts";

let db: Database;
let org: number;

beforeAll(async () => {
  db = await openTestDatabase();
  const rows = await db.query<{ id: number }>(
    `INSERT INTO organizations (slug, name, time_zone, currency, industry)
     VALUES ('acme', 'Acme', 'UTC', 'USD', 'retail') RETURNING id`,
  );
  org = rows[0]!.id;
  // Customer 1: email (c11) -> paid_search (c21) -> order o1; then direct -> order o2.
  // Customer 2: an old touch outside the 30-day lookback, then paid_search -> order o3.
  // Customer 3: order o4 with no touch at all. Customer 4: display, never converts.
  const touches: Array<[number, number, string, string, number | null]> = [
    [1, 1, "2024-03-01T10:00:00Z", "email", 11],
    [2, 1, "2024-03-02T10:00:00Z", "paid_search", 21],
    [3, 1, "2024-03-05T10:00:00Z", "direct", null],
    [4, 2, "2024-01-01T10:00:00Z", "email", 11],
    [5, 2, "2024-03-09T10:00:00Z", "paid_search", 22],
    [6, 4, "2024-03-03T10:00:00Z", "display", 31],
  ];
  for (const [id, customer, ts, channel, campaign] of touches) {
    await db.query(
      `INSERT INTO touchpoints (organization_id, id, customer_id, ts, channel, platform, campaign_id, source, medium)
       VALUES ($1, $2, $3, $4, $5, NULL, $6, 's', 'm')`,
      [org, id, customer, ts, channel, campaign],
    );
  }
  const conversions: Array<[string, number, string, string]> = [
    ["o1", 1, "2024-03-03T10:00:00Z", "100.00"],
    ["o2", 1, "2024-03-06T10:00:00Z", "40.00"],
    ["o3", 2, "2024-03-10T10:00:00Z", "60.00"],
    ["o4", 3, "2024-03-10T12:00:00Z", "25.00"],
  ];
  for (const [order, customer, ts, revenue] of conversions) {
    await db.query(
      `INSERT INTO conversions (organization_id, order_id, customer_id, ts, revenue, currency, is_new_customer)
       VALUES ($1, $2, $3, $4, $5, 'USD', true)`,
      [org, order, customer, ts, revenue],
    );
  }
});

afterAll(async () => {
  await db.close();
});

const credits = (model: string) =>
  db.query<{ order_id: string; channel: string; campaign_id: number; credit: number; revenue: number }>(
    `SELECT order_id, channel, campaign_id, credit, revenue FROM attribution_results
     WHERE organization_id = $1 AND model = $2 ORDER BY order_id, channel, campaign_id`,
    [org, model],
  );

describe("materializeAttribution", () => {
  it("writes linear credit per conversion and campaign, with lookback and the previous-conversion cut", async () => {
    const { rows } = await materializeAttribution(db, { organizationId: org });
    expect(rows).toBeGreaterThan(0);
    expect(await credits("linear")).toEqual([
      { order_id: "o1", channel: "email", campaign_id: 11, credit: 0.5, revenue: 50 },
      { order_id: "o1", channel: "paid_search", campaign_id: 21, credit: 0.5, revenue: 50 },
      { order_id: "o2", channel: "direct", campaign_id: 0, credit: 1, revenue: 40 },
      { order_id: "o3", channel: "paid_search", campaign_id: 22, credit: 1, revenue: 60 },
      { order_id: "o4", channel: "direct", campaign_id: 0, credit: 1, revenue: 25 },
    ]);
  });

  it("writes first touch and position-based credit", async () => {
    expect((await credits("first_touch")).filter((r) => r.order_id === "o1")).toEqual([
      { order_id: "o1", channel: "email", campaign_id: 11, credit: 1, revenue: 100 },
    ]);
    const o1 = (await credits("position_based")).filter((r) => r.order_id === "o1");
    expect(o1.map((r) => r.credit)).toEqual([0.5, 0.5]);
  });

  it("credits every conversion exactly once under every model", async () => {
    const sums = await db.query<{ model: string; order_id: string; total: number }>(
      `SELECT model, order_id, sum(credit) AS total FROM attribution_results
       WHERE organization_id = $1 GROUP BY model, order_id ORDER BY model, order_id`,
      [org],
    );
    expect(new Set(sums.map((s) => s.model))).toEqual(new Set(MODEL_NAMES));
    expect(sums).toHaveLength(MODEL_NAMES.length * 4);
    for (const s of sums) expect(s.total).toBeCloseTo(1, 12);
  });

  it("replaces the organization's rows instead of adding to them", async () => {
    const before = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM attribution_results WHERE organization_id = $1",
      [org],
    );
    await materializeAttribution(db, { organizationId: org, models: ["linear"] });
    const after = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM attribution_results WHERE organization_id = $1",
      [org],
    );
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it("counts touches before the previous conversion when that rule is off", async () => {
    await materializeAttribution(db, {
      organizationId: org,
      models: ["linear"],
      afterPreviousConversion: false,
    });
    const o2 = (await credits("linear")).filter((r) => r.order_id === "o2");
    expect(o2.map((r) => [r.channel, r.credit])).toEqual([
      ["direct", 1 / 3],
      ["email", 1 / 3],
      ["paid_search", 1 / 3],
    ]);
  });

  it("rejects an unknown organization", async () => {
    await expect(materializeAttribution(db, { organizationId: 9999 })).rejects.toThrow(/organization 9999/);
  });
});
