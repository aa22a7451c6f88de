import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../connect.ts";
import type { Database } from "../database.ts";
import { readPeriodJourneys } from "./read-period.ts";

let db: Database;
let org: number;

beforeAll(async () => {
  db = await openTestDatabase();
  const rows = await db.query<{ id: number }>(
    `INSERT INTO organizations (slug, name, time_zone, currency, industry)
     VALUES ('acme', 'Acme', 'America/New_York', 'USD', 'retail') RETURNING id`,
  );
  org = rows[0]!.id;
  // Customer 1: email -> paid_search -> o1 (Mar 3); direct -> o2 (Mar 6): o2's journey starts after o1.
  // Customer 2: email 70 days before o3 (outside the 30-day lookback), paid_search -> o3, placed at
  //   23:30 New York time on Mar 10 (04:30 UTC Mar 11): inside a period ending Mar 10 local.
  // Customer 3: o4 with no touch. Customer 4: o5 at 00:30 New York on Mar 11: outside the period.
  const touches: Array<[number, number, string, string]> = [
    [1, 1, "2024-03-01T15:00:00Z", "email"],
    [2, 1, "2024-03-02T15:00:00Z", "paid_search"],
    [3, 1, "2024-03-05T15:00:00Z", "direct"],
    [4, 2, "2024-01-01T15:00:00Z", "email"],
    [5, 2, "2024-03-09T15:00:00Z", "paid_search"],
    [6, 4, "2024-03-10T15:00:00Z", "display"],
  ];
  for (const [id, customer, ts, channel] of touches)
    await db.query(
      `INSERT INTO touchpoints (organization_id, id, customer_id, ts, channel, platform, campaign_id, source, medium)
       VALUES ($1, $2, $3, $4, $5, NULL, NULL, 's', 'm')`,
      [org, id, customer, ts, channel],
    );
  const orders: Array<[string, number, string, string]> = [
    ["o1", 1, "2024-03-03T15:00:00Z", "100.00"],
    ["o2", 1, "2024-03-06T15:00:00Z", "40.00"],
    ["o3", 2, "2024-03-11T03:30:00Z", "60.00"],
    ["o4", 3, "2024-03-10T16:00:00Z", "25.00"],
    ["o5", 4, "2024-03-11T05:30:00Z", "80.00"],
  ];
  for (const [order, customer, ts, revenue] of orders)
    await db.query(
      `INSERT INTO conversions (organization_id, order_id, customer_id, ts, revenue, currency, is_new_customer)
       VALUES ($1, $2, $3, $4, $5, 'USD', true)`,
      [org, order, customer, ts, revenue],
    );
});
afterAll(() => db?.close());

const read = (from: string, to: string) =>
  readPeriodJourneys(db, { organizationId: org, from, to, timeZone: "America/New_York", lookbackDays: 30 });

describe("readPeriodJourneys", () => {
  it("builds each order's journey by the attribution rules, in the organization's time zone", async () => {
    const { journeys } = await read("2024-03-01", "2024-03-10");
    const byOrder = Object.fromEntries(
      journeys.map((j) => [
        j.orderId,
        { customer: j.customerId, revenue: j.revenue, path: j.touches.map((t) => t.channel) },
      ]),
    );
    expect(byOrder).toEqual({
      o1: { customer: 1, revenue: 100, path: ["email", "paid_search"] },
      o2: { customer: 1, revenue: 40, path: ["direct"] },
      o3: { customer: 2, revenue: 60, path: ["paid_search"] },
      o4: { customer: 3, revenue: 25, path: [] },
    });
  });

  it("uses earlier orders to start a journey but reports only the period's orders", async () => {
    const { journeys } = await read("2024-03-04", "2024-03-06");
    expect(journeys.map((j) => [j.orderId, j.touches.map((t) => t.channel)])).toEqual([["o2", ["direct"]]]);
  });

  it("returns the statements it ran, each scoped to the organization", async () => {
    const { sql } = await read("2024-03-11", "2024-03-11");
    expect(sql).toHaveLength(2);
    for (const s of sql) expect(s).toContain("organization_id = $1");
  });
});
