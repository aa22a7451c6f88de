/**
 * The channel group (paid / organic / owned / direct) on the hand-made fixture: paid comes from
 * the organization's channel catalog, so the groups' revenue adds up to the total, by hand.
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
  // An organic channel the fixture lacks: one referral order on March 2 (New York).
  await db.exec(`
    INSERT INTO channels (organization_id, key, label, is_paid) VALUES (1, 'referral', 'Referral', false);
    INSERT INTO conversions (organization_id, order_id, customer_id, ts, revenue, currency, is_new_customer)
      VALUES (1, 'o7', 5, '2024-03-02T16:00:00Z', 40, 'USD', true);
    INSERT INTO attribution_results (organization_id, model, order_id, conversion_ts, channel, campaign_id, credit, revenue)
      VALUES (1, 'linear', 'o7', '2024-03-02T16:00:00Z', 'referral', 0, 1, 40);`);
});
afterAll(() => db.close());

const run = (q: MetricQueryInput) =>
  executeMetricQuery({ catalog: standardCatalog, run: (sql, params) => db.query(sql, params), now }, q, {
    ...FIXTURE_TENANT,
  });

describe("channel_group", () => {
  it("splits attributed revenue into paid, organic, owned and direct, adding up to the total", async () => {
    const r = await run({
      metrics: ["revenue"],
      dimensions: ["channel_group"],
      timeRange: MAR_1_2,
      attributionModel: "linear",
      orderBy: [{ field: "revenue", direction: "desc" }],
    });
    // o1 100 + 100 (paid search, paid social) and o3 50 (paid social); o2 100 and o6 20 direct;
    // o4 email 30 (owned); o7 referral 40 (organic).
    expect(r.rows).toEqual([
      { channel_group: "paid", revenue: 250 },
      { channel_group: "direct", revenue: 120 },
      { channel_group: "organic", revenue: 40 },
      { channel_group: "owned", revenue: 30 },
    ]);
    expect(r.totals.revenue).toBe(440);
  });

  it("filters to the unpaid groups and groups sessions the same way", async () => {
    const unpaid = await run({
      metrics: ["revenue"],
      filters: [{ field: "channel_group", op: "not_in", values: ["paid"] }],
      timeRange: MAR_1_2,
      attributionModel: "linear",
    });
    expect(unpaid.totals.revenue).toBe(190);
    const sessions = await run({ metrics: ["sessions"], dimensions: ["channel_group"], timeRange: MAR_1_2 });
    expect(sessions.rows).toEqual([
      { channel_group: "paid", sessions: 120 },
      { channel_group: "direct", sessions: 50 },
    ]);
  });
});
