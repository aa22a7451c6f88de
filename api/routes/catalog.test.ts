import type { Server } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncOrganizationCatalog } from "../../db/catalog/sync.ts";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { silentLogger } from "../../lib/logger.ts";
import { createLocalEmbedder } from "../../semantic/search/embed-local.ts";
import { FIXTURE_TENANT, loadFixture } from "../../semantic/test-support/fixture.ts";
import { errorHandler } from "../middleware/errors.ts";
import type { Role, Tenant } from "../tenant.ts";
import { testDeps } from "../testing.ts";
import { catalogRouter } from "./catalog.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = Record<string, any>;
let db: Database;
let server: Server;
let base: string;
let role: Role = "admin";

beforeAll(async () => {
  db = await openTestDatabase();
  await loadFixture(db);
  await syncOrganizationCatalog(db, 1, createLocalEmbedder());
  const app = express();
  app.use(express.json());
  app.use((_req, res, next) => {
    const tenant: Tenant = {
      ...FIXTURE_TENANT,
      slug: "fx",
      name: "Fixture",
      currency: "USD",
      industry: "retail",
      role,
      keyId: 1,
    };
    res.locals.tenant = tenant;
    next();
  });
  app.use("/api/v1/catalog", catalogRouter(testDeps(db, { now: () => new Date() })));
  app.use(errorHandler(silentLogger));
  server = app.listen(0);
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/api/v1/catalog`;
});
afterAll(async () => {
  server.close();
  await db.close();
});

const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: res.status,
    body: res.status === 204 ? undefined : ((await res.json()) as Json),
  };
};

describe("catalog routes", () => {
  it("GET / lists metrics and dimensions", async () => {
    const r = await call("GET", "/");
    expect(r.status).toBe(200);
    expect(r.body!.metrics.length).toBeGreaterThanOrEqual(40);
    expect(r.body!.dimensions.map((d: { key: string }) => d.key)).toContain("channel");
  });

  it("GET /search finds metrics and dimension values", async () => {
    const r = await call("GET", "/search?q=return%20on%20ad%20spend&kind=metric");
    expect(r.body!.results[0]).toMatchObject({ key: "roas", kind: "metric" });
    const fb = await call("GET", "/search?q=facebook&kind=dimension_value");
    expect(fb.body!.results[0]).toMatchObject({ key: "meta_ads", dimension: "platform" });
    expect((await call("GET", "/search?q=")).status).toBe(400);
  });

  it("creates, lists, patches and deactivates a custom metric; viewers may not", async () => {
    const created = await call("POST", "/metrics", {
      key: "net_per_order",
      label: "Net per order",
      formula: "(revenue - spend) / orders",
      unit: "currency",
      format: "currency",
    });
    expect(created.status).toBe(201);
    expect((await call("GET", "/metrics")).body!.metrics.map((m: { key: string }) => m.key)).toEqual([
      "net_per_order",
    ]);
    const bad = await call("POST", "/metrics", { key: "x", label: "X", formula: "revenu / spend" });
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { code: "input.invalid", details: { path: "formula", suggestion: "revenue" } } },
    });
    expect((await call("PATCH", "/metrics/net_per_order", { formula: "revenue / orders" })).status).toBe(200);
    expect((await call("GET", "/search?q=net%20per%20order&kind=metric")).body!.results[0].key).toBe(
      "net_per_order",
    );
    role = "viewer";
    expect((await call("DELETE", "/metrics/net_per_order")).status).toBe(403);
    role = "admin";
    expect((await call("DELETE", "/metrics/net_per_order")).status).toBe(204);
    expect((await call("DELETE", "/metrics/net_per_order")).status).toBe(404);
  });

  it("PATCH changes only the fields it was sent (issue #11: it reset the others to defaults)", async () => {
    const declared = {
      key: "cost_share",
      label: "Cost share",
      description: "Spend per unit of revenue.",
      synonyms: ["cost ratio"],
      unit: "percent",
      format: "percent",
      formula: "spend / revenue",
      higherIsBetter: false,
    };
    expect((await call("POST", "/metrics", declared)).status).toBe(201);
    const patched = await call("PATCH", "/metrics/cost_share", { label: "Cost to revenue" });
    const { formula: _f, ...rest } = declared;
    const expected = {
      ...rest,
      label: "Cost to revenue",
      custom: true,
      definition: { type: "formula", formula: "spend / revenue" },
    };
    expect(patched).toEqual({ status: 200, body: { metric: expected } });
    const listed = (await call("GET", "/metrics")).body!.metrics.find((m: Json) => m.key === "cost_share");
    expect(listed).toEqual(expected);
    const reformulated = await call("PATCH", "/metrics/cost_share", { formula: "spend / orders" });
    expect(reformulated.body!.metric).toEqual({
      ...expected,
      definition: { type: "formula", formula: "spend / orders" },
    });
  });
});
