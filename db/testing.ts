/**
 * Helpers for database tests. Real-server tests (`*.int.test.ts`) run when TEST_DATABASE_URL is
 * set (.ci/run starts a throwaway PostgreSQL) and are skipped with a visible message otherwise.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { testDatabaseUrl } from "../lib/env.ts";
import { openDatabase, openTestDatabase } from "./connect.ts";
import type { Database } from "./database.ts";

/** `describe` that runs only against a real server, announcing the skip otherwise. */
export function describeWithPostgres(name: string, fn: (url: () => string) => void): void {
  const base = testDatabaseUrl();
  if (!base) {
    process.stdout.write(`[skipped] ${name}: set TEST_DATABASE_URL to run it against a real PostgreSQL\n`);
    describe.skip(name, () => fn(() => ""));
    return;
  }
  describe(name, () => fn(() => base));
}

/**
 * A fresh, empty database on the test server with every migration applied; `drop()` removes it.
 */
export async function createScratchDatabase(
  baseUrl: string,
): Promise<{ db: Database; url: string; drop(): Promise<void> }> {
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString() });
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Register the suite `fn` twice: on in-memory PGlite with every migration applied, and (when
 * TEST_DATABASE_URL is set) on a scratch database of the real server, so both adapters are held to
 * the same expectations. `fn` reads the suite's open database through `db()`.
 */
export function describeOnBothDatabases(name: string, fn: (db: () => Database) => void): void {
  const suite = (open: () => Promise<{ db: Database; close(): Promise<void> }>) => {
    let opened: { db: Database; close(): Promise<void> } | undefined;
    beforeAll(async () => {
      opened = await open();
    });
    afterAll(async () => opened?.close());
    fn(() => {
      if (!opened) throw new Error("the suite's database is not open yet (use db() inside tests or hooks)");
      return opened.db;
    });
  };
  describe(`${name} (PGlite)`, () =>
    suite(async () => {
      const db = await openTestDatabase();
      return { db, close: () => db.close() };
    }));
  describeWithPostgres(`${name} (PostgreSQL)`, (baseUrl) =>
    suite(async () => {
      const scratch = await createScratchDatabase(baseUrl());
      return { db: scratch.db, close: () => scratch.drop() };
    }),
  );
}

/**
 * `db` behind a switch that simulates a lost server: while `down()` every call rejects with the
 * raw error `pg` raises when PostgreSQL is stopped with `-m fast` (SQLSTATE 57P01), not yet typed,
 * so tests see that the edges classify it; while `hang()` every call waits forever (a server that
 * stopped answering). `up()` restores it.
 */
export function withOutage(db: Database): { db: Database; down(): void; hang(): void; up(): void } {
  let state: "up" | "down" | "hanging" = "up";
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      if (state === "hanging") return new Promise<R>(() => {});
      if (state === "down") {
        const err = Object.assign(new Error("terminating connection due to administrator command"), {
          code: "57P01",
        });
        return Promise.reject(err);
      }
      return fn(...args);
    };
  const wrapped: Database = {
    kind: db.kind,
    query: guard((sql, params) => db.query(sql, params)),
    exec: guard((sql) => db.exec(sql)),
    copyCsv: guard((t, c, csv) => db.copyCsv(t, c, csv)),
    copyBinary: guard((t, c, data) => db.copyBinary(t, c, data)),
    hasVector: guard(() => db.hasVector()),
    transaction: guard((fn) => db.transaction(fn)),
    migrate: guard((folder) => db.migrate(folder)),
    close: () => db.close(),
  };
  return {
    db: wrapped,
    down: () => {
      state = "down";
    },
    hang: () => {
      state = "hanging";
    },
    up: () => {
      state = "up";
    },
  };
}
