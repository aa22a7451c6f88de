import type { Server } from "node:http";
import { Writable } from "node:stream";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { createLogger } from "../../lib/logger.ts";
import { errorHandler } from "./errors.ts";
import { requestLog } from "./request-log.ts";

/**
 * Issue #11: an error log carried a failing query's SQL parameters (an e-mail address). A real
 * query fails on the embedded database; the line the error handler logs must not contain it.
 */
describe("error logs of failing queries", () => {
  const lines: string[] = [];
  let db: Database;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    const logger = createLogger({
      destination: new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    const app = express();
    app.use(requestLog(logger));
    const router = express.Router();
    // A type error: PostgreSQL quotes the rejected value back in its message.
    router.get("/cast", async () => {
      await db.query("SELECT id FROM organizations WHERE id = $1", ["alice@example.com"]);
    });
    // A unique violation: the value is in the error's detail.
    router.get("/duplicate", async () => {
      const insert = `INSERT INTO organizations (slug, name, time_zone, currency, industry)
                      VALUES ($1, $2, 'UTC', 'USD', 'ecommerce')`;
      await db.query(insert, ["bob@example.com", "Bob's shop bob@example.com"]);
      await db.query(insert, ["bob@example.com", "Bob's shop bob@example.com"]);
    });
    app.use("/customers", router);
    app.use(errorHandler(logger));
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
  });

  it("logs the SQLSTATE, the SQL text and the full path, but no e-mail address", async () => {
    const res = await fetch(`${url}/customers/cast?email=alice@example.com`);
    expect(res.status).toBe(500);
    const failed = lines.map((l) => JSON.parse(l)).find((l) => l.msg === "request failed");
    expect(failed).toMatchObject({
      level: 50,
      path: "/customers/cast",
      err: {
        code: "22P02",
        message: 'invalid input syntax for type integer: "[redacted]"',
        query: "SELECT id FROM organizations WHERE id = $1",
      },
    });
    expect(failed.err.params).toBeUndefined();
    expect(lines.join("")).not.toContain("alice");
    expect(lines.join("")).not.toContain("example.com");
  });

  it("keeps the column of a unique violation and drops its value", async () => {
    lines.length = 0;
    expect((await fetch(`${url}/customers/duplicate`)).status).toBe(500);
    const failed = lines.map((l) => JSON.parse(l)).find((l) => l.msg === "request failed");
    expect(failed.err).toMatchObject({ code: "23505", detail: "Key (slug)=([redacted])" });
    expect(lines.join("")).not.toContain("bob");
  });
});
