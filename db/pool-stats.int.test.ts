import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "./database.ts";
import { createScratchDatabase, describeWithPostgres } from "./testing.ts";

describeWithPostgres("PostgreSQL pool statistics (real server)", (baseUrl) => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: Database;
  beforeAll(async () => {
    scratch = await createScratchDatabase(baseUrl());
    db = scratch.db;
  });
  afterAll(async () => scratch?.drop());

  it("reports checked-out, idle and waiting connections of the pg pool", async () => {
    await db.query("SELECT 1");
    const idle = db.poolStats?.();
    expect(idle?.total).toBeGreaterThanOrEqual(1);
    expect(idle?.idle).toBe(idle?.total);
    expect(idle?.waiting).toBe(0);
    let during: ReturnType<NonNullable<Database["poolStats"]>> | undefined;
    await db.transaction(async (tx) => {
      await tx.query("SELECT 1");
      during = db.poolStats?.();
    });
    expect(during!.total - during!.idle).toBeGreaterThanOrEqual(1);
  });
});
