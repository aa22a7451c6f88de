import type { Server } from "node:http";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { createApiKey } from "../../db/repositories/api-keys.ts";
import { createLogger } from "../../lib/logger.ts";
import { createApp } from "../app.ts";
import { insertTestOrganizations, testDeps } from "../testing.ts";

/** Issue #11: the request log dropped the mount prefix (`/agents/query` logged as `/query`). */
describe("the request log", () => {
  const lines: Array<Record<string, unknown>> = [];
  let db: Database;
  let server: Server;
  let url: string;
  let key: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    const orgs = await insertTestOrganizations(db);
    key = (await createApiKey(db, { organizationId: orgs.acme, role: "analyst" })).key;
    const logger = createLogger({
      destination: new Writable({
        write(chunk, _enc, done) {
          lines.push(JSON.parse(String(chunk)));
          done();
        },
      }),
    });
    server = await new Promise<Server>((resolve) => {
      const s = createApp(testDeps(db, { logger })).listen(0, "127.0.0.1", () => resolve(s));
    });
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
  });

  it("logs the full path with its mount prefix and without the query string", async () => {
    const res = await fetch(`${url}/agents/query?token=abc123`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(400);
    await fetch(`${url}/api/v1/catalog/search?q=alice`, { headers: { authorization: `Bearer ${key}` } });
    const requests = lines.filter((l) => l.msg === "request");
    expect(requests.map((l) => [l.method, l.path, l.status, l.org])).toEqual([
      ["POST", "/agents/query", 400, "acme"],
      ["GET", "/api/v1/catalog/search", 200, "acme"],
    ]);
    expect(JSON.stringify(lines)).not.toContain("abc123");
    expect(JSON.stringify(lines)).not.toContain(key.slice(14));
  });
});
