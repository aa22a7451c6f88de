import { PGlite, type Transaction } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { copyStatement, type Database, type Queryable, type Row, valueParsers } from "./database.ts";
import { classified } from "./unavailable.ts";
import { parseVector, vectorTypeOid } from "./vector.ts";

/**
 * Let timers and I/O run before a statement. PGlite executes in this thread and settles its
 * promises as microtasks, so without this a request's whole chain of statements (a brief runs
 * dozens) holds the event loop from its first statement to its last: the fuzz bench measured
 * 300-550 ms of CPU-busy stall per brief, during which `/health` and every other request waited.
 * With it, the loop is held at most for one statement plus the code between two statements.
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Embedded PostgreSQL (WASM) with pgvector. `dataDir` undefined means in memory (tests). Once it
 * is closed (shutdown), requests still in flight get `AppError("db.unavailable")`, as with a lost
 * server.
 * Note: `new PGlite(undefined, opts)` silently drops extensions, so the two cases are separate calls.
 */
export async function createPgliteDatabase(dataDir?: string): Promise<Database> {
  const options = { extensions: { vector }, parsers: valueParsers };
  const pg = dataDir ? new PGlite(dataDir, options) : new PGlite(options);
  await pg.waitReady;
  await pg.exec("SET TIME ZONE 'UTC'");

  const wrap = (q: PGlite | Transaction): Queryable => ({
    query: <T extends Row = Row>(sql: string, params: readonly unknown[] = []) =>
      classified(async () => {
        await yieldToEventLoop();
        return (await q.query<T>(sql, params as unknown[])).rows;
      }),
    exec: (sql: string) =>
      classified(async () => {
        await yieldToEventLoop();
        await q.exec(sql);
      }),
    copyCsv: (table, columns, csv) =>
      classified(async () => {
        await q.query(copyStatement(table, columns, "'/dev/blob'"), [], { blob: new Blob([csv]) });
      }),
    copyBinary: (table, columns, data) =>
      classified(async () => {
        const blob = new Blob([data as Uint8Array<ArrayBuffer>]);
        await q.query(copyStatement(table, columns, "'/dev/blob'", "binary"), [], { blob });
      }),
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
    transaction: (fn) => classified(() => pg.transaction((tx) => fn(wrap(tx)))),
    async migrate(folder) {
      await migrate(drizzle(pg), { migrationsFolder: folder });
      vectorKnown = undefined;
    },
    close: () => pg.close(),
  };
}
