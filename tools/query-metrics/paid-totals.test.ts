import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { FIXTURE_TENANT, loadFixture } from "../../semantic/test-support/fixture.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { createQueryMetrics } from "./execute.ts";
import { spendOverBlended } from "./paid-totals.ts";

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

const PERIOD = { from: "2024-02-29", to: "2024-03-03" };

describe("spendOverBlended", () => {
  it("picks the spend ratios whose denominator unpaid rows also have", () => {
    expect(spendOverBlended(standardCatalog, ["spend", "cpa", "roas", "cac", "cpc", "mer"])).toEqual([
      "cpa",
      "cac",
    ]);
  });
});

describe("query_metrics paid totals", () => {
  it("totals CPA by channel over the channels with ad spend, on the rows' own terms", async () => {
    const run = createQueryMetrics(deps);
    const res = await run({ metrics: ["cpa"], dimensions: ["channel"], timeRange: PERIOD });
    if (!res.ok) throw new Error(res.error.message);
    const parts = await run({ metrics: ["spend", "orders"], dimensions: ["channel"], timeRange: PERIOD });
    if (!parts.ok) throw new Error(parts.error.message);
    const paidRows = parts.data.rows.filter((r) => Number(r.spend) > 0);
    const spend = paidRows.reduce((s, r) => s + Number(r.spend), 0);
    const orders = paidRows.reduce((s, r) => s + Number(r.orders), 0);
    const paid = res.data.paidTotals;
    expect(paid?.dimension).toBe("channel");
    expect([...(paid?.members ?? [])].sort()).toEqual(paidRows.map((r) => String(r.channel)).sort());
    expect(paid?.totals.spend).toBe(spend);
    expect(paid?.totals.cpa).toBeCloseTo(spend / orders, 10);
    // The blended total (every order) stays where it was, and is lower: unpaid orders count there.
    expect(res.data.totals.cpa).toBeLessThan(paid?.totals.cpa ?? 0);
  });

  it("adds nothing to a total, a trend, a top-N cut or a metric whose total is the rows' own", async () => {
    const run = createQueryMetrics(deps);
    for (const q of [
      { metrics: ["cpa"], timeRange: PERIOD },
      { metrics: ["cpa"], dimensions: ["date"], timeRange: PERIOD },
      { metrics: ["cpa"], dimensions: ["channel"], timeRange: PERIOD, limit: 2, orderBy: [{ field: "cpa" }] },
      { metrics: ["roas", "spend"], dimensions: ["channel"], timeRange: PERIOD },
    ]) {
      const res = await run(q);
      if (!res.ok) throw new Error(res.error.message);
      expect(res.data.paidTotals).toBeUndefined();
    }
  });
});
