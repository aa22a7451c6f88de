import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Logger } from "../lib/logger.ts";
import { copyStatement, type Database, type Queryable, type Row, valueParsers } from "./database.ts";
import { parseVector, vectorTypeOid } from "./vector.ts";

/** A `pg` pool against a real PostgreSQL server (DATABASE_URL). */
export async function createPostgresDatabase(
  url: string,
  opts: { max?: number; logger?: Logger } = {},
): Promise<Database> {
  // One parser table for every client of the pool; the vector parser joins it once the extension
  // is found (its OID differs per server), so a client opened earlier parses vectors too.
  const parsers: Record<number, (text: string) => unknown> = { ...valueParsers };
  const types = {
    getTypeParser: ((oid: number, format?: string) =>
      parsers[oid] ?? pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, types, options: "-c TimeZone=UTC" });
  // An idle pooled client whose backend goes away (server restart, admin termination, a dropped
  // database) emits 'error' on the pool; without a listener that is an uncaught exception that
  // kills the process. The pool discards that client and opens a new one on the next query.
  pool.on("error", (err) => {
    opts.logger?.warn({ err: err.message }, "an idle database connection was closed by the server");
  });
  // Fail fast with a clear cause when the server is unreachable.
  const probe = await pool.connect();
  probe.release();

  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      const r = await c.query<T>(sql, params as unknown[]);
      return r.rows;
    },
    async exec(sql: string) {
      await c.query(sql);
    },
    copyCsv: (table, columns, csv) => copyIn(c, copyStatement(table, columns, "STDIN"), csv),
    copyBinary: (table, columns, data) =>
      copyIn(
        c,
        copyStatement(table, columns, "STDIN", "binary"),
        Buffer.from(data.buffer, data.byteOffset, data.byteLength),
      ),
  });

  let vectorKnown: boolean | undefined;
  return {
    kind: "postgres",
    ...wrap(pool),
    async hasVector() {
      if (vectorKnown === undefined) {
        const oid = await vectorTypeOid(wrap(pool));
        if (oid !== undefined) parsers[oid] = parseVector;
        vectorKnown = oid !== undefined;
      }
      return vectorKnown;
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const out = await fn(wrap(client));
        await client.query("COMMIT");
        return out;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    async migrate(folder) {
      await migrate(drizzle(pool), { migrationsFolder: folder });
      vectorKnown = undefined;
    },
    close: () => pool.end(),
  };
}

/** Stream one COPY ... FROM STDIN payload on the transaction's client (or a pooled one). */
async function copyIn(
  c: pg.Pool | pg.PoolClient,
  statement: string,
  payload: string | Buffer,
): Promise<void> {
  const client = "release" in c ? c : await c.connect();
  try {
    await pipeline(Readable.from([payload]), client.query(copyFrom(statement)));
  } finally {
    if (client !== c) (client as pg.PoolClient).release();
  }
}
