import { describe, expect, it } from "vitest";
import { AppError } from "../lib/errors.ts";
import { createPgliteDatabase } from "./pglite.ts";
import { DB_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, toDatabaseError } from "./unavailable.ts";

/** An error shaped like the one `pg` raises for a server message with this SQLSTATE. */
const sqlstate = (code: string, message = "server error") => Object.assign(new Error(message), { code });
/** An error shaped like Node's socket errors. */
const socket = (code: string) =>
  Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, syscall: "connect" });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["57P01 admin_shutdown (pg_ctl -m fast, pg_terminate_backend)", sqlstate("57P01")],
    ["57P02 crash_shutdown (pg_ctl -m immediate)", sqlstate("57P02")],
    ["57P03 cannot_connect_now (starting up)", sqlstate("57P03")],
    ["53300 too_many_connections", sqlstate("53300")],
    ["08000 connection_exception", sqlstate("08000")],
    ["08003 connection_does_not_exist", sqlstate("08003")],
    ["08006 connection_failure", sqlstate("08006")],
    ["08001 sqlclient_unable_to_establish_sqlconnection", sqlstate("08001")],
    ["08P01 protocol_violation", sqlstate("08P01")],
    ["ECONNREFUSED", socket("ECONNREFUSED")],
    ["ECONNRESET", socket("ECONNRESET")],
    ["EPIPE", socket("EPIPE")],
    ["ETIMEDOUT", socket("ETIMEDOUT")],
    ["EHOSTUNREACH", socket("EHOSTUNREACH")],
    ["ENETUNREACH", socket("ENETUNREACH")],
    ["ENOTFOUND", socket("ENOTFOUND")],
    ["EAI_AGAIN", socket("EAI_AGAIN")],
    ["pg: Connection terminated unexpectedly", new Error("Connection terminated unexpectedly")],
    ["pg: Connection terminated (while ending)", new Error("Connection terminated")],
    ["pg: connect timeout", new Error("Connection terminated due to connection timeout")],
    ["pg: broken client reused", new Error("Client has encountered a connection error and is not queryable")],
    ["pg: closed client reused", new Error("Client was closed and is not queryable")],
    ["pg-pool: connect timeout", new Error("timeout exceeded when trying to connect")],
    ["pg-pool: after end()", new Error("Cannot use a pool after calling end on the pool")],
    ["PGlite closed", new Error("PGlite is closed")],
    ["PGlite closing", new Error("PGlite is closing")],
    ["AppError db.unavailable", new AppError("db.unavailable", "down")],
    [
      "AggregateError of both localhost addresses refused",
      Object.assign(new AggregateError([socket("ECONNREFUSED"), socket("ECONNREFUSED")], ""), {
        code: "ECONNREFUSED",
      }),
    ],
    ["AggregateError without its own code", new AggregateError([new Error("x"), socket("ECONNREFUSED")], "")],
    ["a lost connection as the cause", new Error("query failed", { cause: sqlstate("57P01") })],
    [
      "a lost connection two causes deep under another AppError",
      new AppError("agent.failed", "x", { cause: new Error("y", { cause: socket("ECONNRESET") }) }),
    ],
  ])("%s -> unavailable", (_name, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ["42601 syntax_error", sqlstate("42601", "syntax error at or near")],
    ["22P02 invalid_text_representation", sqlstate("22P02")],
    ["23505 unique_violation", sqlstate("23505")],
    ["57014 query_canceled (statement timeout)", sqlstate("57014")],
    ["57P04 database_dropped (not coming back by itself)", sqlstate("57P04")],
    ["40001 serialization_failure", sqlstate("40001")],
    ["42P01 undefined_table", sqlstate("42P01")],
    ["28P01 invalid_password (configuration, not an outage)", sqlstate("28P01")],
    ["3D000 invalid_catalog_name (no such database)", sqlstate("3D000")],
    ["ENOENT (a file, not a socket)", Object.assign(new Error("no such file"), { code: "ENOENT" })],
    ["a message that only mentions a connection", new Error("Connection terminated by user request")],
    ["PGlite failed to initialize", new Error("PGlite failed to initialize properly")],
    ["another AppError", new AppError("input.invalid", "bad")],
    ["a plain Error", new Error("boom")],
    ["a string", "Connection terminated unexpectedly"],
    ["undefined", undefined],
    ["null", null],
  ])("%s -> not unavailable", (_name, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });

  it("terminates on a cause cycle", () => {
    const a = new Error("a");
    const b = new Error("b", { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe("toDatabaseError", () => {
  it("turns a lost connection into db.unavailable with the friendly message, keeping the cause", () => {
    const raw = sqlstate("57P01", "terminating connection due to administrator command");
    const out = toDatabaseError(raw) as AppError;
    expect(out).toBeInstanceOf(AppError);
    expect(out.code).toBe("db.unavailable");
    expect(out.message).toBe(DB_UNAVAILABLE_MESSAGE);
    expect(out.message).not.toMatch(/terminat|administrator|57P01/);
    expect(out.cause).toBe(raw);
  });

  it("returns an existing db.unavailable and every other error unchanged", () => {
    const typed = new AppError("db.unavailable", "down");
    const syntax = sqlstate("42601");
    expect(toDatabaseError(typed)).toBe(typed);
    expect(toDatabaseError(syntax)).toBe(syntax);
  });
});

describe("the PGlite adapter", () => {
  it("answers db.unavailable once the database is closed (requests in flight at shutdown)", async () => {
    const db = await createPgliteDatabase();
    expect(await db.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await db.close();
    const err = await db.query("SELECT 1").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("db.unavailable");
    expect(((err as AppError).cause as Error).message).toBe("PGlite is closed");
  });

  it("keeps a statement error as it is", async () => {
    const db = await createPgliteDatabase();
    try {
      const err = await db.query("SELECT * FROM no_such_table").then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((err as { code?: string }).code).toBe("42P01");
    } finally {
      await db.close();
    }
  });
});
