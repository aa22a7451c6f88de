import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type AppError, isAppError } from "../lib/errors.ts";
import type { Database } from "./database.ts";
import { createPostgresDatabase } from "./postgres.ts";
import { describeWithPostgres } from "./testing.ts";
import { DB_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./unavailable.ts";

/**
 * Connections lost under the pool, made with pg_terminate_backend on this suite's own sessions
 * (stopping the shared test server would break suites running in parallel; the drill in
 * scripts/drill/ stops a throwaway server of its own). An uncaught 'error' event would fail the run.
 */
describeWithPostgres("PostgreSQL adapter: lost connections", (baseUrl) => {
  const app = `conn_loss_${process.pid}`;
  let db: Database;
  let killer: pg.Client;
  const terminateOurs = async () => {
    await killer.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [
      app,
    ]);
  };
  const rejection = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (e: unknown) => e,
    );
  const expectUnavailable = (e: unknown) => {
    expect(isAppError(e)).toBe(true);
    expect((e as AppError).code).toBe("db.unavailable");
    expect((e as AppError).message).toBe(DB_UNAVAILABLE_MESSAGE);
  };

  beforeAll(async () => {
    const url = new URL(baseUrl());
    url.searchParams.set("application_name", app);
    db = await createPostgresDatabase(url.toString(), { max: 3 });
    killer = new pg.Client({ connectionString: baseUrl() });
    await killer.connect();
  });
  afterAll(async () => {
    await killer?.end();
    await db?.close();
  });

  it("survives a transaction's connection dying between two statements, and reports db.unavailable", async () => {
    const err = await rejection(
      db.transaction(async (tx) => {
        const [row] = await tx.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
        await killer.query("SELECT pg_terminate_backend($1)", [row!.pid]);
        // The server's FATAL message and the socket close arrive while no statement is pending:
        // before the fix this 'error' event had no listener and killed the process.
        await sleep(300);
        await tx.query("SELECT 1");
      }),
    );
    expectUnavailable(err);
    expect(await db.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
  });

  it("reports a statement whose connection is terminated while it runs as db.unavailable", async () => {
    const running = rejection(db.query("SELECT pg_sleep(10)"));
    await sleep(200);
    await terminateOurs();
    expectUnavailable(await running);
    expect(await db.query("SELECT 2 AS two")).toEqual([{ two: 2 }]);
  });

  it("replaces idle connections the server closed, with no error for the next caller", async () => {
    await Promise.all([db.query("SELECT 1"), db.query("SELECT 1"), db.query("SELECT 1")]);
    await terminateOurs();
    await sleep(300);
    expect(await db.query("SELECT 3 AS three")).toEqual([{ three: 3 }]);
  });

  it("types a COPY on a connection that died inside a transaction as db.unavailable", async () => {
    const err = await rejection(
      db.transaction(async (tx) => {
        await tx.exec("CREATE TEMP TABLE copy_target (x int)");
        await terminateOurs();
        await sleep(300);
        await tx.copyCsv("copy_target", ["x"], "1\n2\n");
      }),
    );
    expectUnavailable(err);
    expect(await db.query("SELECT 4 AS four")).toEqual([{ four: 4 }]);
  });

  it("classifies the driver's real error for a port where nothing listens as unavailable", async () => {
    const closed = new URL(baseUrl());
    closed.port = "1";
    // Opening keeps the driver's own error (startup prints it: which address refused).
    const err = await rejection(createPostgresDatabase(closed.toString(), { connectTimeoutMs: 2000 }));
    expect(isAppError(err) && err.code === "db.unavailable").toBe(false);
    expect(String((err as Error).message)).toMatch(/ECONNREFUSED|connect/);
    expect(isDatabaseUnavailable(err)).toBe(true);
  });
});
