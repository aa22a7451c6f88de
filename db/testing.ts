/**
 * Helpers for database tests. Real-server tests (`*.int.test.ts`) run when TEST_DATABASE_URL is
 * set (.ci/run starts a throwaway PostgreSQL) and are skipped with a visible message otherwise.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe } from "vitest";
import { testDatabaseUrl } from "../lib/env.ts";
import { openDatabase } from "./connect.ts";
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
