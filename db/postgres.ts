import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Logger } from "../lib/logger.ts";
import { copyStatement, type Database, type Queryable, type Row, valueParsers } from "./database.ts";
import { classified, isDatabaseUnavailable } from "./unavailable.ts";
import { parseVector, vectorTypeOid } from "./vector.ts";

/** How long a request waits for a connection (a new one, or a free slot in the pool) before 503. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

/**
 * A `pg` pool against a real PostgreSQL server (DATABASE_URL). A lost connection surfaces as
 * `AppError("db.unavailable")` from every method; the pool drops broken clients and opens new ones,
 * so the service recovers by itself when the server is back.
 */
export async function createPostgresDatabase(
  url: string,
  opts: { max?: number; logger?: Logger; connectTimeoutMs?: number } = {},
): Promise<Database> {
  // One parser table for every client of the pool; the vector parser joins it once the extension
  // is found (its OID differs per server), so a client opened earlier parses vectors too.
  const parsers: Record<number, (text: string) => unknown> = { ...valueParsers };
  const types = {
    getTypeParser: ((oid: number, format?: string) =>
      parsers[oid] ?? pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    types,
    options: "-c TimeZone=UTC",
    connectionTimeoutMillis: opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    // Notice a peer that vanished without closing the socket (host down, network cut).
    keepAlive: true,
  });
  // An idle pooled client whose backend goes away (server restart, admin termination, a dropped
  // database) emits 'error' on the pool; without a listener that is an uncaught exception that
  // kills the process. The pool discards that client and opens a new one on the next query.
  pool.on("error", (err) => {
    opts.logger?.warn({ err: err.message }, "an idle database connection was closed by the server");
  });
  // A checked-out client has no pool listener while it is held (pg-pool removes it on checkout),
  // and its owner may be between two queries (transaction(), COPY, drizzle's migrator) when the
  // server goes away: the socket's 'error' would then be uncaught and kill the process. So every
  // client gets a listener of its own for its whole life. Its owner still sees the failure: the
  // pending or next query rejects, and the client is released with that error (and discarded).
  pool.on("connect", (client) => {
    client.on("error", (err) => {
      opts.logger?.warn({ err: err.message }, "a database connection in use was lost");
    });
  });
  // Fail fast with a clear cause when the server is unreachable.
  const probe = await pool.connect();
  probe.release();

  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    query: <T extends Row = Row>(sql: string, params: readonly unknown[] = []) =>
      classified(async () => (await c.query<T>(sql, params as unknown[])).rows),
    exec: (sql: string) =>
      classified(async () => {
        await c.query(sql);
      }),
    copyCsv: (table, columns, csv) =>
      classified(() => copyIn(pool, c, copyStatement(table, columns, "STDIN"), csv)),
    copyBinary: (table, columns, data) =>
      classified(() =>
        copyIn(
          pool,
          c,
          copyStatement(table, columns, "STDIN", "binary"),
          Buffer.from(data.buffer, data.byteOffset, data.byteLength),
        ),
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
      const client = await classified(() => pool.connect());
      let broken: unknown;
      try {
        await classified(() => client.query("BEGIN"));
        const out = await fn(wrap(client));
        await classified(() => client.query("COMMIT"));
        return out;
      } catch (e) {
        broken = e;
        await client.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        releaseAfter(client, broken);
      }
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async migrate(folder) {
      await classified(() => migrate(drizzle(pool), { migrationsFolder: folder }));
      vectorKnown = undefined;
    },
    close: () => pool.end(),
  };
}

/**
 * Return a client to the pool, or discard it when its connection was lost (a client that merely
 * ran a failing statement is still good and goes back).
 */
function releaseAfter(client: pg.PoolClient, failure: unknown): void {
  client.release(failure !== undefined && isDatabaseUnavailable(failure) ? (failure as Error) : undefined);
}

/** Stream one COPY ... FROM STDIN payload on the transaction's client (or a pooled one). */
async function copyIn(
  pool: pg.Pool,
  c: pg.Pool | pg.PoolClient,
  statement: string,
  payload: string | Buffer,
): Promise<void> {
  const own = c === pool;
  const client = own ? await pool.connect() : (c as pg.PoolClient);
  let failure: unknown;
  try {
    await pipeline(Readable.from([payload]), client.query(copyFrom(statement)));
  } catch (e) {
    failure = e;
    throw e;
  } finally {
    if (own) releaseAfter(client, failure);
  }
}
