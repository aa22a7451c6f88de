import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { createApiKey, revokeApiKey } from "../../db/repositories/api-keys.ts";
import { startTestApi, type TestApi } from "../testing.ts";
import { createSessionSigner } from "../web/session.ts";

/** Sign in with `key`; the session cookie (name=value) or undefined, and the status. */
async function signIn(api: TestApi, key: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${api.url}/auth/session`, {
    method: "POST",
    headers: { "content-type": "application/json", "sec-fetch-site": "same-origin", ...headers },
    body: JSON.stringify({ key }),
  });
  const setCookie = res.headers.get("set-cookie") ?? "";
  return { status: res.status, body: await res.json(), setCookie, cookie: setCookie.split(";")[0] ?? "" };
}

describe("web sessions (/auth/session and the session cookie)", () => {
  let db: Database;
  let api: TestApi;
  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startTestApi({ db, sessions: { signer: createSessionSigner("s".repeat(43)) } });
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it("a valid key sets a signed httpOnly SameSite=Lax cookie that does not contain the key", async () => {
    const s = await signIn(api, api.keys.viewer);
    expect(s.status).toBe(201);
    expect(s.body).toEqual({ role: "viewer", expiresInSeconds: 43_200 });
    expect(s.setCookie).toMatch(/^mka_session=v1\.\d+\.\d+\.\d+\.[\w-]{43};/);
    expect(s.setCookie).toMatch(/HttpOnly/);
    expect(s.setCookie).toMatch(/SameSite=Lax/);
    // The secret is everything after the hex prefix; base64url secrets may themselves hold "_".
    const secret = /^mka_[0-9a-f]{8}_(.+)$/.exec(api.keys.viewer)?.[1];
    expect(secret?.length).toBe(32);
    expect(s.setCookie).not.toContain(secret!);
  });

  it("the cookie acts with the key's organization and role on /api", async () => {
    const { cookie } = await signIn(api, api.keys.betaAdmin);
    const me = await fetch(`${api.url}/api/v1/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ organization: { slug: "beta-bikes" }, role: "admin" });
    const viewer = (await signIn(api, api.keys.viewer)).cookie;
    const create = await fetch(`${api.url}/api/v1/catalog/metrics`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", "sec-fetch-site": "same-origin" },
      body: "{}",
    });
    expect(create.status).toBe(400); // an admin reaches validation
    const refused = await fetch(`${api.url}/api/v1/catalog/metrics`, {
      method: "POST",
      headers: { cookie: viewer, "content-type": "application/json", "sec-fetch-site": "same-origin" },
      body: JSON.stringify({ key: "x", label: "X", formula: "revenue / orders", unit: "ratio" }),
    });
    expect(refused.status).toBe(403);
  });

  it("a wrong key is refused and sets no cookie", async () => {
    const s = await signIn(api, "mka_deadbeef_notakey");
    expect(s.status).toBe(401);
    expect(s.setCookie).toBe("");
    expect((await signIn(api, "not even a key")).status).toBe(400);
  });

  it("revoking the key ends its sessions", async () => {
    const created = await createApiKey(db, { organizationId: api.orgs.acme, role: "analyst" });
    const { cookie } = await signIn(api, created.key);
    expect((await fetch(`${api.url}/api/v1/me`, { headers: { cookie } })).status).toBe(200);
    await revokeApiKey(db, api.orgs.acme, created.id);
    const after = await fetch(`${api.url}/api/v1/me`, { headers: { cookie } });
    expect(after.status).toBe(401);
    expect(((await after.json()) as { error: { message: string } }).error.message).toMatch(/revoked/);
  });

  it("a tampered cookie is refused", async () => {
    const { cookie } = await signIn(api, api.keys.viewer);
    const forged = cookie!.replace(/^mka_session=v1\.(\d+)\.(\d+)\./, `mka_session=v1.$1.${api.orgs.beta}.`);
    expect((await fetch(`${api.url}/api/v1/me`, { headers: { cookie: forged } })).status).toBe(401);
  });

  it("cross-site state-changing requests with the cookie are refused (CSRF); same-site ones pass", async () => {
    const { cookie } = await signIn(api, api.keys.analyst);
    const post = (headers: Record<string, string>) =>
      fetch(`${api.url}/api/v1/feedback`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json", ...headers },
        body: JSON.stringify({ threadId: "nope", rating: "up" }),
      });
    expect((await post({ "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post({ origin: "https://evil.example" })).status).toBe(403);
    // Same origin reaches the route (which then says the thread is unknown).
    expect((await post({ "sec-fetch-site": "same-origin" })).status).toBe(404);
    // GET needs no check.
    expect(
      (await fetch(`${api.url}/api/v1/me`, { headers: { cookie, "sec-fetch-site": "cross-site" } })).status,
    ).toBe(200);
    // Cross-site sign-in is refused too (login CSRF).
    expect((await signIn(api, api.keys.analyst, { "sec-fetch-site": "cross-site" })).status).toBe(403);
  });

  it("sign-out clears the cookie", async () => {
    const res = await fetch(`${api.url}/auth/session`, {
      method: "DELETE",
      headers: { "sec-fetch-site": "same-origin" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("set-cookie")).toMatch(/^mka_session=;.*Expires=Thu, 01 Jan 1970/);
  });
});
