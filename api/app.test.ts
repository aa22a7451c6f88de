import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFetch, startTestApi, type TestApi } from "./testing.ts";

describe("the HTTP edge", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ rateLimitPerMinute: 5 });
  });
  afterAll(() => api.close());

  it("serves /health without a key, with the database kind and no organization", async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { organizations?: unknown };
    expect(body).toMatchObject({
      status: "ok",
      version: "test",
      database: { kind: "pglite", status: "ok", vector: true },
    });
    expect(body.organizations).toBeUndefined();
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-request-id")).toMatch(/[0-9a-f-]{36}/);
  });

  it("rejects a missing or wrong key with 401 and a JSON error without a stack trace", async () => {
    for (const key of [undefined, "mka_nope_nope"]) {
      const res = await apiFetch(api, "/api/v1/me", { key });
      expect(res.status).toBe(401);
      const body = (await res.json()) as { error: { code: string } };
      expect(body.error.code).toBe("auth.unauthorized");
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts/);
    }
  });

  it("binds the tenant to the key: each key sees only its own organization", async () => {
    const acme = await (await apiFetch(api, "/api/v1/me", { key: api.keys.viewer })).json();
    const beta = await (await apiFetch(api, "/api/v1/me", { key: api.keys.betaAdmin })).json();
    expect(acme).toMatchObject({
      organization: { slug: "acme", timeZone: "America/New_York" },
      role: "viewer",
    });
    expect(beta).toMatchObject({ organization: { slug: "beta-bikes", currency: "EUR" }, role: "admin" });
  });

  it("answers unknown routes with a 404 JSON error", async () => {
    const res = await fetch(`${api.url}/nope`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });

  it("rate-limits per key and says so with 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await apiFetch(api, "/api/v1/me", { key: api.keys.analyst })).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    // another key is unaffected
    expect((await apiFetch(api, "/api/v1/me", { key: api.keys.admin })).status).toBe(200);
  });
});

describe("GET /openapi.json", () => {
  it("documents every authenticated route mounted in the app, generated from the zod schemas", async () => {
    const api = await startTestApi();
    try {
      const res = await fetch(`${api.url}/openapi.json`);
      expect(res.status).toBe(200);
      const doc = (await res.json()) as {
        openapi: string;
        paths: Record<
          string,
          Record<string, { requestBody?: unknown; parameters?: Array<{ name: string }> }>
        >;
      };
      expect(doc.openapi).toBe("3.1.0");
      const { apiRoutes } = await import("./routes/index.ts");
      for (const [mount] of apiRoutes) {
        expect(
          Object.keys(doc.paths).some((p) => p.startsWith(mount)),
          mount,
        ).toBe(true);
      }
      expect(doc.paths["/agents/query"]?.post?.requestBody).toBeDefined();
      expect(doc.paths["/api/v1/attribution"]?.get?.parameters?.map((p) => p.name)).toEqual(
        expect.arrayContaining(["model", "from", "to", "by"]),
      );
    } finally {
      await api.close();
    }
  });
});
