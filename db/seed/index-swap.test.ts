import { beforeAll, expect, it } from "vitest";
import { silentLogger } from "../../lib/logger.ts";
import type { Database, Queryable } from "../database.ts";
import { describeOnBothDatabases } from "../testing.ts";
import { withIndexesAndKeysRebuilt } from "./index-swap.ts";
import { seedDemo } from "./seed-demo.ts";

/** Every index and key definition of the seeded tables, as the catalog stores them. */
async function definitions(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ def: string }>(
    `SELECT indexdef AS def FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename IN ('customers', 'touchpoints', 'conversions')
     UNION ALL
     SELECT cl.relname || ': ' || pg_get_constraintdef(c.oid) FROM pg_constraint c
       JOIN pg_class cl ON cl.oid = c.conrelid
      WHERE cl.relname IN ('customers', 'touchpoints', 'conversions')
     ORDER BY 1`,
  );
  return rows.map((r) => r.def);
}

describeOnBothDatabases("seeding with indexes and keys rebuilt", (openDb) => {
  let db: Database;
  let before: string[];
  beforeAll(async () => {
    db = openDb();
    before = await definitions(db);
  });

  it("loads the same rows and leaves exactly the migrated indexes and keys", async () => {
    expect(before.some((d) => d.includes("touchpoints_org_customer_ts_idx"))).toBe(true);
    expect(before.some((d) => d.startsWith("customers: FOREIGN KEY"))).toBe(true);
    const report = await seedDemo(db, {
      seed: 7,
      scale: 0.02,
      logger: silentLogger,
      only: ["beta-bikes"],
      rebuildIndexes: true,
    });
    expect(await definitions(db)).toEqual(before);
    const [n] = await db.query<{ tp: number; cu: number }>(
      "SELECT (SELECT count(*)::int FROM touchpoints) AS tp, (SELECT count(*)::int FROM customers) AS cu",
    );
    expect(n).toEqual({ tp: report.orgs[0]!.rows.touchpoints, cu: report.orgs[0]!.rows.customers });
  });

  it("fails the whole transaction when the re-added primary key finds a duplicate", async () => {
    const [{ n: touchesBefore } = { n: -1 }] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM touchpoints",
    );
    await expect(
      db.transaction((tx) =>
        withIndexesAndKeysRebuilt(tx, async () => {
          // A second copy of an existing touchpoint: only the re-added primary key can catch it.
          await tx.query("INSERT INTO touchpoints SELECT * FROM touchpoints ORDER BY id LIMIT 1");
        }),
      ),
    ).rejects.toThrow(/could not create unique index|duplicate key/);
    const [{ n: touchesAfter } = { n: -2 }] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM touchpoints",
    );
    expect(touchesAfter).toBe(touchesBefore);
    expect(await definitions(db)).toEqual(before);
  });
});
