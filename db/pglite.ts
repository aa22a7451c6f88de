import { PGlite, type Transaction } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { copyStatement, type Database, type Queryable, type Row, valueParsers } from "./database.ts";
import { parseVector, vectorTypeOid } from "./vector.ts";

/**
 * Embedded PostgreSQL (WASM) with pgvector. `dataDir` undefined means in memory (tests).
 * Note: `new PGlite(undefined, opts)` silently drops extensions, so the two cases are separate calls.
 */
export async function createPgliteDatabase(dataDir?: string): Promise<Database> {
  const options = { extensions: { vector }, parsers: valueParsers };
  const pg = dataDir ? new PGlite(dataDir, options) : new PGlite(options);
  await pg.waitReady;
  await pg.exec("SET TIME ZONE 'UTC'");

  const wrap = (q: PGlite | Transaction): Queryable => ({
    async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      const r = await q.query<T>(sql, params as unknown[]);
      return r.rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
    async copyCsv(table, columns, csv) {
      await q.query(copyStatement(table, columns, "'/dev/blob'"), [], { blob: new Blob([csv]) });
    },
    async copyBinary(table, columns, data) {
      const blob = new Blob([data as Uint8Array<ArrayBuffer>]);
      await q.query(copyStatement(table, columns, "'/dev/blob'", "binary"), [], { blob });
    },
  });

  let vectorKnown: boolean | undefined;
  return {
    kind: "pglite",
    ...wrap(pg),
    async hasVector() {
      if (vectorKnown === undefined) {
        const oid = await vectorTypeOid(wrap(pg));
        // PGlite looks its parsers up per query, so registering here covers every later query.
        if (oid !== undefined) pg.parsers[oid] = parseVector;
        vectorKnown = oid !== undefined;
      }
      return vectorKnown;
    },
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    async migrate(folder) {
      await migrate(drizzle(pg), { migrationsFolder: folder });
      vectorKnown = undefined;
    },
    close: () => pg.close(),
  };
}
