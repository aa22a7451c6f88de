import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../connect.ts";
import type { Database } from "../database.ts";
import { equalities, explainPlan, isPlannable, unpinnedScans } from "./shard-check.ts";

const DISTRIBUTION = new Map([
  ["campaigns", "organization_id"],
  ["ad_spend_daily", "organization_id"],
  ["conversions", "organization_id"],
  ["agent_checkpoints", "thread_id"],
]);

describe("equalities", () => {
  it("reads top-level AND conjuncts and skips anything under OR", () => {
    expect(equalities("((a.organization_id = 1) AND ((a.model = 'x'::text) AND (a.id = b.id)))")).toEqual([
      ["a.organization_id", "1"],
      ["a.model", "'x'::text"],
      ["a.id", "b.id"],
    ]);
    expect(equalities("((a.organization_id = 1) OR (a.organization_id = 2))")).toEqual([]);
    expect(equalities("(a.name = 'x = y AND z'::text)")).toEqual([["a.name", "'x = y AND z'::text"]]);
  });
});

describe("unpinnedScans on real plans", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());
  const unpinned = async (sql: string, params: unknown[] = []) =>
    unpinnedScans(await explainPlan(db, sql, params), DISTRIBUTION);

  it("accepts scans pinned by a constant, a parameter or a join on the distribution column", async () => {
    expect(await unpinned("SELECT sum(spend) FROM ad_spend_daily WHERE organization_id = $1", [1])).toEqual(
      [],
    );
    expect(
      await unpinned(
        "SELECT c.name, sum(a.spend) FROM ad_spend_daily a JOIN campaigns c ON c.organization_id = a.organization_id AND c.id = a.campaign_id WHERE a.organization_id = 7 GROUP BY 1",
      ),
    ).toEqual([]);
    expect(await unpinned("SELECT * FROM agent_checkpoints WHERE thread_id = $1", ["t"])).toEqual([]);
    expect(await unpinned("SELECT id FROM organizations")).toEqual([]);
  });

  it("names scans that reach every shard: no filter, a join off the column, OR, IN, an update by id", async () => {
    expect(await unpinned("SELECT count(*) FROM conversions")).toEqual(["conversions (conversions)"]);
    expect(
      await unpinned(
        "SELECT c.name FROM campaigns c JOIN ad_spend_daily a ON a.campaign_id = c.id WHERE c.organization_id = 1",
      ),
    ).toEqual(["ad_spend_daily (a)"]);
    expect(await unpinned("SELECT 1 FROM conversions WHERE organization_id = 1 OR revenue > 5")).toEqual([
      "conversions (conversions)",
    ]);
    expect(await unpinned("SELECT 1 FROM conversions WHERE organization_id IN (1, 2)")).toEqual([
      "conversions (conversions)",
    ]);
    expect(await unpinned("UPDATE campaigns SET name = 'x' WHERE id = $1", [3])).toEqual([
      "campaigns (campaigns)",
    ]);
    expect(
      await unpinned(
        "SELECT o.id FROM organizations o WHERE o.slug = $1 AND EXISTS (SELECT 1 FROM conversions c WHERE c.organization_id = o.id)",
        ["acme"],
      ),
    ).toEqual(["conversions (c)"]);
  });

  it("plans only DML", () => {
    expect(isPlannable("  WITH x AS (SELECT 1) SELECT * FROM x")).toBe(true);
    expect(isPlannable("COPY conversions FROM STDIN")).toBe(false);
    expect(isPlannable("BEGIN")).toBe(false);
  });
});
