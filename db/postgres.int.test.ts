import { afterAll, beforeAll, expect, it } from "vitest";
import { createLogger } from "../lib/logger.ts";
import { migrateDatabase } from "./connect.ts";
import type { Database } from "./database.ts";
import { createScratchDatabase, describeWithPostgres } from "./testing.ts";

describeWithPostgres("PostgreSQL adapter (real server, no pgvector)", (baseUrl) => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: Database;
  beforeAll(async () => {
    scratch = await createScratchDatabase(baseUrl());
    db = scratch.db;
  });
  afterAll(async () => scratch?.drop());

  it("applies every migration without the vector extension, keeping full-text search", async () => {
    expect(await db.hasVector()).toBe(false);
    const cols = await db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'catalog_embeddings'",
    );
    const names = cols.map((c) => c.column_name);
    expect(names).toContain("search_tsv");
    expect(names).not.toContain("embedding");
  });

  it("logs one warning that vector search is unavailable, and re-running migrations is a no-op", async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "warn" });
    logger.warn = ((obj: unknown, msg?: string) => {
      lines.push(String(msg ?? obj));
    }) as typeof logger.warn;
    await migrateDatabase(db, logger);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/pgvector is not installed/);
  });

  it("parses values exactly like the PGlite adapter", async () => {
    const [row] = await db.query(
      "SELECT 5::int8 AS a, 1.25::numeric AS b, '2026-10-31'::date AS d, '2026-10-31 12:00:00+00'::timestamptz AS t",
    );
    expect(row).toEqual({ a: 5, b: 1.25, d: "2026-10-31", t: "2026-10-31T12:00:00.000Z" });
  });

  it("bulk-loads with COPY inside a transaction and rolls everything back on failure", async () => {
    await db.query(
      "INSERT INTO organizations (slug, name, time_zone, currency, industry) VALUES ('o1','O','UTC','USD','retail')",
    );
    const [org] = await db.query<{ id: number }>("SELECT id FROM organizations WHERE slug = 'o1'");
    const csv = `${org!.id},A-1,1,2026-01-01T00:00:00Z,10.50,USD,true\n${org!.id},A-2,1,2026-01-02T00:00:00Z,4.25,USD,false\n`;
    const cols = [
      "organization_id",
      "order_id",
      "customer_id",
      "ts",
      "revenue",
      "currency",
      "is_new_customer",
    ];
    await db.transaction((tx) => tx.copyCsv("conversions", cols, csv));
    await expect(
      db.transaction(async (tx) => {
        await tx.copyCsv("conversions", cols, `${org!.id},A-3,1,2026-01-03T00:00:00Z,1.00,USD,true\n`);
        await tx.copyCsv("conversions", cols, csv); // duplicate keys: the whole batch must roll back
      }),
    ).rejects.toThrow();
    const rows = await db.query("SELECT order_id, revenue FROM conversions ORDER BY order_id");
    expect(rows).toEqual([
      { order_id: "A-1", revenue: 10.5 },
      { order_id: "A-2", revenue: 4.25 },
    ]);
  });

  it("reports a clear error for an unreachable server", async () => {
    const { openDatabase } = await import("./connect.ts");
    await expect(openDatabase({ databaseUrl: "postgres://nobody@127.0.0.1:1/none" })).rejects.toThrow(
      /could not open the database/,
    );
  });
});
