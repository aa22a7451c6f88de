import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import { withOutage } from "../../db/testing.ts";
import { apiFetch, startTestApi, type TestApi } from "../testing.ts";

describe("health endpoints", () => {
  let api: TestApi;
  let outage: ReturnType<typeof withOutage>;
  beforeAll(async () => {
    outage = withOutage(await openTestDatabase());
    api = await startTestApi({ db: outage.db });
  });
  afterAll(async () => {
    await api?.close();
    await outage?.db.close();
  });

  it("GET /health/live answers 200 without touching the database, even while it is down", async () => {
    outage.down();
    try {
      const res = await fetch(`${api.url}/health/live`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: "ok", version: "test" });
    } finally {
      outage.up();
    }
  });

  it("GET /health/ready answers 200 while the database answers, 503 with Retry-After while it is down", async () => {
    const up = await fetch(`${api.url}/health/ready`);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({
      status: "ready",
      version: "test",
      database: { kind: "pglite", status: "ok" },
    });
    outage.down();
    try {
      const down = await fetch(`${api.url}/health/ready`);
      expect(down.status).toBe(503);
      expect(down.headers.get("retry-after")).toBe("5");
      expect(await down.json()).toEqual({
        status: "unavailable",
        version: "test",
        database: { kind: "pglite", status: "error" },
      });
      expect((await fetch(`${api.url}/health`)).status).toBe(503);
    } finally {
      outage.up();
    }
    expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
  });

  it("GET /health/ready answers 503 when the database does not answer within the timeout", async () => {
    outage.hang();
    try {
      const res = await fetch(`${api.url}/health/ready`);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { status: string }).status).toBe("unavailable");
    } finally {
      outage.up();
    }
  });

  it("GET /health without a key lists no organization", async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      status: "ok",
      version: "test",
      database: { kind: "pglite", status: "ok", vector: true },
    });
    expect(text).not.toMatch(/acme|beta-bikes/);
  });

  it("GET /health with a key shows only that key's organization", async () => {
    const acme = (await (await apiFetch(api, "/health", { key: api.keys.viewer })).json()) as {
      organizations: Array<{ slug: string }>;
    };
    expect(acme.organizations).toEqual([
      { slug: "acme", spendThrough: null, conversionsThrough: null, seededAt: null },
    ]);
    const beta = (await (await apiFetch(api, "/health", { key: api.keys.betaAdmin })).json()) as {
      organizations: Array<{ slug: string }>;
    };
    expect(beta.organizations.map((o) => o.slug)).toEqual(["beta-bikes"]);
  });

  it("GET /health with a wrong key is refused with 401, as on the API", async () => {
    const res = await apiFetch(api, "/health", { key: "mka_nope_nope" });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("auth.unauthorized");
  });
});
