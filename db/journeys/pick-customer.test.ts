import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../connect.ts";
import type { Database } from "../database.ts";
import { pickCustomer } from "./pick-customer.ts";

let db: Database;
let org: number;
let other: number;

beforeAll(async () => {
  db = await openTestDatabase();
  const add = async (slug: string) =>
    (
      await db.query<{ id: number }>(
        `INSERT INTO organizations (slug, name, time_zone, currency, industry)
         VALUES ($1, $1, 'America/New_York', 'USD', 'retail') RETURNING id`,
        [slug],
      )
    )[0]!.id;
  org = await add("acme");
  other = await add("beta");
  // Customer 1: two orders ($50, $70: $120, most orders). Customer 2: one order of $100 (largest
  // single order). Customer 3: $90 at 23:30 New York on Mar 31 (04:30 UTC Apr 1): the period's last
  // order. Customer 4: $500 on Apr 1 New York, outside March. Another organization's $999 order.
  const orders: Array<[number, string, number, string, string]> = [
    [org, "a1", 1, "2024-03-02T15:00:00Z", "50.00"],
    [org, "a2", 1, "2024-03-20T15:00:00Z", "70.00"],
    [org, "b1", 2, "2024-03-10T15:00:00Z", "100.00"],
    [org, "c1", 3, "2024-04-01T03:30:00Z", "90.00"],
    [org, "d1", 4, "2024-04-01T15:00:00Z", "500.00"],
    [other, "z1", 9, "2024-03-15T15:00:00Z", "999.00"],
  ];
  for (const [o, order, customer, ts, revenue] of orders)
    await db.query(
      `INSERT INTO conversions (organization_id, order_id, customer_id, ts, revenue, currency, is_new_customer)
       VALUES ($1, $2, $3, $4, $5, 'USD', true)`,
      [o, order, customer, ts, revenue],
    );
});
afterAll(() => db?.close());

const MARCH = { from: "2024-03-01", to: "2024-03-31", timeZone: "America/New_York" };
const pick = (by: Parameters<typeof pickCustomer>[2], organizationId = org) =>
  pickCustomer(db, { organizationId, ...MARCH }, by);

describe("pickCustomer", () => {
  it("picks the period's largest single order, in the organization's days and only its orders", async () => {
    const p = await pick("largest_order");
    expect(p).toMatchObject({ customerId: 2, ordersInPeriod: 1, revenueInPeriod: 100 });
    expect(p?.order).toEqual({
      orderId: "b1",
      at: "2024-03-10T15:00:00.000Z",
      date: "2024-03-10",
      revenue: 100,
    });
  });

  it("picks by orders and by revenue over the period", async () => {
    expect(await pick("most_orders")).toMatchObject({
      customerId: 1,
      ordersInPeriod: 2,
      revenueInPeriod: 120,
    });
    expect(await pick("most_revenue")).toMatchObject({
      customerId: 1,
      ordersInPeriod: 2,
      revenueInPeriod: 120,
    });
  });

  it("picks the first and the last order, with the local day of a late-evening order", async () => {
    expect((await pick("first_order"))?.order?.orderId).toBe("a1");
    const last = await pick("last_order");
    expect(last?.customerId).toBe(3);
    expect(last?.order?.date).toBe("2024-03-31");
  });

  it("finds nothing in a period without orders", async () => {
    expect(
      await pickCustomer(
        db,
        { organizationId: org, from: "2024-05-01", to: "2024-05-31", timeZone: "America/New_York" },
        "largest_order",
      ),
    ).toBeUndefined();
  });
});
