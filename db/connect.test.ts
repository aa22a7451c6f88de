import { describe, expect, it } from "vitest";
import { openTestDatabase } from "./connect.ts";

describe("openTestDatabase", () => {
  it("applies every migration on PGlite with pgvector, including the embedding column", async () => {
    const db = await openTestDatabase();
    expect(await db.hasVector()).toBe(true);
    const cols = await db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'catalog_embeddings' ORDER BY 1",
    );
    expect(cols.map((c) => c.column_name)).toContain("embedding");
    expect(cols.map((c) => c.column_name)).toContain("search_tsv");
    await db.close();
  });

  it("parses bigint, numeric, date and timestamptz the same way as the pg adapter", async () => {
    const db = await openTestDatabase();
    const [row] = await db.query(
      "SELECT 5::int8 AS a, 1.25::numeric AS b, '2026-10-31'::date AS d, '2026-10-31 12:00:00+00'::timestamptz AS t",
    );
    expect(row).toEqual({ a: 5, b: 1.25, d: "2026-10-31", t: "2026-10-31T12:00:00.000Z" });
    await db.close();
  });

  it("rolls a failed transaction back completely", async () => {
    const db = await openTestDatabase();
    await db.query(
      "INSERT INTO organizations (slug, name, time_zone, currency, industry) VALUES ('x','X','UTC','USD','retail')",
    );
    await expect(
      db.transaction(async (tx) => {
        await tx.query("DELETE FROM organizations");
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await db.query("SELECT slug FROM organizations")).toEqual([{ slug: "x" }]);
    await db.close();
  });
});
