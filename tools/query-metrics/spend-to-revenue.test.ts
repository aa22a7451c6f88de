/** fix20b: ad spend as % of revenue (the catalog's spend_to_revenue) on the hand-made fixture. */
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

describe("spend_to_revenue", () => {
  it("is all ad spend over all tracked revenue", async () => {
    const run = createQueryMetrics(deps);
    const res = await run({
      metrics: ["spend_to_revenue", "spend", "revenue"],
      dimensions: [],
      timeRange: { from: "2024-02-29", to: "2024-03-03" },
    });
    if (!res.ok) throw new Error(res.error.message);
    // The fixture's four days: $207 of ad spend, $1,400 of tracked revenue.
    expect(res.data.rows).toEqual([{ spend_to_revenue: 207 / 1400, spend: 207, revenue: 1400 }]);
  });
});
