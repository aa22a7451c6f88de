import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { listApiKeys, revokeApiKey } from "../../db/repositories/api-keys.ts";
import { demoSignInEnabled } from "../../lib/env.ts";
import { startTestApi, type TestApi } from "../testing.ts";
import { createSessionSigner } from "../web/session.ts";

const signer = createSessionSigner("d".repeat(43));

async function demoSignIn(api: TestApi, body: unknown, site = "same-origin") {
  const res = await fetch(`${api.url}/auth/demo`, {
    method: "POST",
    headers: { "content-type": "application/json", "sec-fetch-site": site },
    body: JSON.stringify(body),
  });
  const setCookie = res.headers.get("set-cookie") ?? "";
  const json = (await res.json()) as { role?: string; error?: { message: string } };
  return { status: res.status, body: json, cookie: setCookie.split(";")[0] ?? "" };
}

describe("one-click demo sign-in (/auth/demo)", () => {
  let db: Database;
  let api: TestApi;
  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startTestApi({ db, sessions: { signer }, demoSignIn: true });
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it("says whom it signs in as", async () => {
    const res = await fetch(`${api.url}/auth/demo`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ organization: { name: "Acme Outdoor" }, roles: ["analyst", "admin"] });
  });

  it("signs in as the demo organization's analyst without a key, reusing one key per role", async () => {
    const first = await demoSignIn(api, {});
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ role: "analyst", expiresInSeconds: 43_200 });
    const me = await fetch(`${api.url}/api/v1/me`, { headers: { cookie: first.cookie } });
    expect(await me.json()).toMatchObject({ organization: { slug: "acme" }, role: "analyst" });
    await demoSignIn(api, { role: "analyst" });
    const demoKeys = (await listApiKeys(db, api.orgs.acme)).filter(
      (k) => k.name === "demo sign-in (analyst)",
    );
    expect(demoKeys).toHaveLength(1);
  });

  it("signs in as admin when asked, and refuses any other role or a cross-site request", async () => {
    const admin = await demoSignIn(api, { role: "admin" });
    expect(admin.body.role).toBe("admin");
    const viewer = await demoSignIn(api, { role: "writer" });
    expect(viewer.status).toBe(400);
    expect(viewer.body.error?.message).toMatch(/role/);
    expect((await demoSignIn(api, {}, "cross-site")).status).toBe(403);
  });

  it("revoking the demo key ends its sessions; the next demo sign-in makes a new key", async () => {
    const { cookie } = await demoSignIn(api, {});
    const key = (await listApiKeys(db, api.orgs.acme)).find((k) => k.name === "demo sign-in (analyst)")!;
    await revokeApiKey(db, api.orgs.acme, key.id);
    expect((await fetch(`${api.url}/api/v1/me`, { headers: { cookie } })).status).toBe(401);
    const again = await demoSignIn(api, {});
    expect((await fetch(`${api.url}/api/v1/me`, { headers: { cookie: again.cookie } })).status).toBe(200);
  });
});

describe("demo sign-in is refused when demo mode is off", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ sessions: { signer } });
  });
  afterAll(async () => {
    await api.close();
  });

  it("the route does not exist: GET and POST answer 404 and set no cookie", async () => {
    expect((await fetch(`${api.url}/auth/demo`)).status).toBe(404);
    const post = await demoSignIn(api, { role: "admin" });
    expect(post.status).toBe(404);
    expect(post.cookie).toBe("");
  });

  it("is on only with demo data, and in production only with DEMO_DATA=1", () => {
    expect(
      demoSignInEnabled({ NODE_ENV: "development", DATABASE_URL: undefined, DEMO_DATA: undefined }),
    ).toBe(true);
    expect(demoSignInEnabled({ NODE_ENV: "development", DATABASE_URL: undefined, DEMO_DATA: false })).toBe(
      false,
    );
    // Production on PGlite seeds demo data by default, but hands out no keyless sessions.
    expect(demoSignInEnabled({ NODE_ENV: "production", DATABASE_URL: undefined, DEMO_DATA: undefined })).toBe(
      false,
    );
    expect(
      demoSignInEnabled({ NODE_ENV: "production", DATABASE_URL: "postgres://x/y", DEMO_DATA: undefined }),
    ).toBe(false);
    expect(
      demoSignInEnabled({ NODE_ENV: "production", DATABASE_URL: "postgres://x/y", DEMO_DATA: true }),
    ).toBe(true);
  });
});
