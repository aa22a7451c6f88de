import type { Server } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { silentLogger } from "../../lib/logger.ts";
import { FIXTURE_TENANT, loadFixture } from "../../semantic/test-support/fixture.ts";
import { errorHandler } from "../middleware/errors.ts";
import type { Tenant } from "../tenant.ts";
import { testDeps } from "../testing.ts";
import { metricsRouter } from "./metrics.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = Record<string, any>;
let db: Database;
let server: Server;
let url: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await loadFixture(db);
  const tenant: Tenant = {
    ...FIXTURE_TENANT,
    slug: "fx",
    name: "Fixture",
    currency: "USD",
    industry: "retail",
    role: "viewer",
    keyId: 1,
  };
  const app = express();
  app.use(express.json());
  app.use((_req, res, next) => {
    res.locals.tenant = tenant;
    next();
  });
  const deps = testDeps(db, { now: () => new Date("2024-03-03T12:00:00Z") });
  app.use("/api/v1/metrics", metricsRouter(deps));
  app.use(errorHandler(silentLogger));
  server = app.listen(0);
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/api/v1/metrics`;
});
afterAll(async () => {
  server.close();
  await db.close();
});

const post = async (body: unknown) => {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json };
};

describe("POST /api/v1/metrics", () => {
  it("answers a query with columns, rows, totals, comparison and provenance", async () => {
    const r = await post({
      metrics: ["spend", "roas"],
      dimensions: ["channel"],
      timeRange: { preset: "yesterday" },
      compareTo: "previous_period",
    });
    expect(r.status).toBe(200);
    expect(r.body.provenance.timeRange).toEqual({
      from: "2024-03-02",
      to: "2024-03-02",
      timeZone: "America/New_York",
      preset: "yesterday",
    });
    expect(r.body.columns.map((c: { key: string }) => c.key)).toEqual(["channel", "spend", "roas"]);
    expect(r.body.totals.spend).toBe(50);
    expect(r.body.comparison.totals.spend).toEqual({
      previous: 150,
      change: -100,
      percentChange: -100 / 150,
    });
    expect(r.body.provenance.sql.rows).toContain("organization_id = $1");
  });

  it("400s an unknown metric with the path and a suggestion", async () => {
    const r = await post({ metrics: ["roaz"], timeRange: { preset: "yesterday" } });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({
      code: "catalog.unknown_metric",
      message: "metrics.0: unknown metric 'roaz': did you mean 'roas'?",
      details: { path: "metrics.0", suggestion: "roas" },
    });
  });

  it("400s an unsupported pair naming both", async () => {
    const r = await post({
      metrics: ["email_opens"],
      dimensions: ["platform"],
      timeRange: { preset: "yesterday" },
    });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({
      code: "catalog.unsupported_combination",
      details: { metric: "email_opens", dimension: "platform" },
    });
  });

  it("400s a bad preset with a suggestion", async () => {
    const r = await post({ metrics: ["spend"], timeRange: { preset: "last_7_day" } });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: "input.invalid", details: { suggestion: "last_7_days" } });
  });
});
