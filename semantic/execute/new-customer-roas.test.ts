/**
 * fix16a: new-customer ROAS (NC-ROAS) on the hand-made fixture: the revenue of first-time
 * customers' orders credited to paid channels over ad spend, by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { standardCatalog } from "../catalog/index.ts";
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

const run = (q: MetricQueryInput) =>
  executeMetricQuery({ catalog: standardCatalog, run: (sql, params) => db.query(sql, params), now }, q, {
    ...FIXTURE_TENANT,
  });

describe("new_customer_roas", () => {
  it("divides paid channels' credit for new customers' orders by spend, overall", async () => {
    const r = await run({
      metrics: ["new_customer_roas", "paid_new_customer_revenue", "spend", "roas"],
      timeRange: MAR_1_2,
      attributionModel: "linear",
    });
    // Paid credit: o1 (new) 100 paid search + 100 paid social; o3 (returning) 50 paid social;
    // o2 and o6 are direct. Spend March 1-2: 100 + 10 + 50 + 40 = 200.
    expect(r.totals).toEqual({
      new_customer_roas: 1,
      paid_new_customer_revenue: 200,
      spend: 200,
      roas: 1.25,
    });
  });

  it("gives each paid channel its own new customers' credit over its spend", async () => {
    const r = await run({
      metrics: ["paid_new_customer_revenue", "spend", "new_customer_roas"],
      dimensions: ["channel"],
      filters: [{ field: "channel", op: "in", values: ["paid_search", "paid_social"] }],
      timeRange: MAR_1_2,
      attributionModel: "linear",
      orderBy: [{ field: "channel", direction: "asc" }],
    });
    expect(r.rows).toEqual([
      { channel: "paid_search", paid_new_customer_revenue: 100, spend: 110, new_customer_roas: 100 / 110 },
      { channel: "paid_social", paid_new_customer_revenue: 100, spend: 90, new_customer_roas: 100 / 90 },
    ]);
  });
});
