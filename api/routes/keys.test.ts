import type { Request } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOperatorToken, fromThisMachine } from "../operator-token.ts";
import { apiFetch, startTestApi, type TestApi } from "../testing.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = Record<string, any>;
const json = async (res: Response): Promise<Json> => (await res.json()) as Json;

interface KeyBody {
  id: number;
  name: string;
  prefix: string;
  role: string;
  createdAt: string;
  revokedAt: string | null;
}
interface CreatedBody {
  organization: string;
  key: KeyBody;
  secret: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe("/api/v1/keys", () => {
  let api: TestApi;
  const operatorToken = createOperatorToken();
  beforeAll(async () => {
    api = await startTestApi({ operatorToken });
  });
  afterAll(async () => {
    await api.close();
  });

  const keyIds = async (org: number) =>
    (
      await api.db.query<{ id: number }>("SELECT id FROM api_keys WHERE organization_id = $1 ORDER BY id", [
        org,
      ])
    ).map((r) => r.id);

  it("lets an admin create a key whose secret is shown once and works at once", async () => {
    const res = await apiFetch(api, "/api/v1/keys", {
      key: api.keys.admin,
      body: { role: "analyst", name: "dashboard" },
    });
    expect(res.status).toBe(201);
    const body = (await json(res)) as CreatedBody;
    expect(Object.keys(body).sort()).toEqual(["key", "organization", "secret"]);
    expect(body.organization).toBe("acme");
    expect(body.key).toEqual({
      id: expect.any(Number),
      name: "dashboard",
      prefix: expect.stringMatching(/^[0-9a-f]{8}$/),
      role: "analyst",
      createdAt: expect.stringMatching(ISO),
      revokedAt: null,
    });
    expect(body.secret).toMatch(new RegExp(`^mka_${body.key.prefix}_[\\w-]{32}$`));
    const me = await apiFetch(api, "/api/v1/me", { key: body.secret });
    expect(me.status).toBe(200);
    expect((await json(me)).role).toBe("analyst");
  });

  it("lists the organization's keys without secrets or hashes, and no other organization's", async () => {
    const res = await apiFetch(api, "/api/v1/keys", { key: api.keys.admin });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.organization).toBe("acme");
    expect(body.keys.map((k: { id: number }) => k.id)).toEqual(await keyIds(api.orgs.acme));
    expect(body.keys.map((k: { role: string }) => k.role)).toEqual(["admin", "analyst", "viewer", "analyst"]);
    for (const k of body.keys) {
      expect(Object.keys(k).sort()).toEqual(["createdAt", "id", "name", "prefix", "revokedAt", "role"]);
    }
  });

  it("revokes a key so that the very next request with it is refused", async () => {
    const created = await json(
      await apiFetch(api, "/api/v1/keys", { key: api.keys.admin, body: { role: "viewer" } }),
    );
    expect((await apiFetch(api, "/api/v1/me", { key: created.secret })).status).toBe(200);

    const del = await apiFetch(api, `/api/v1/keys/${created.key.id}`, {
      key: api.keys.admin,
      method: "DELETE",
    });
    expect(del.status).toBe(204);
    const next = await apiFetch(api, "/api/v1/me", { key: created.secret });
    expect(next.status).toBe(401);
    expect((await json(next)).error).toMatchObject({
      code: "auth.unauthorized",
      message: "unknown or revoked API key",
    });

    const listed = (await json(await apiFetch(api, "/api/v1/keys", { key: api.keys.admin }))).keys.find(
      (k: { id: number }) => k.id === created.key.id,
    );
    expect(listed).toMatchObject({
      name: "viewer key",
      role: "viewer",
      revokedAt: expect.stringMatching(ISO),
    });

    const again = await apiFetch(api, `/api/v1/keys/${created.key.id}`, {
      key: api.keys.admin,
      method: "DELETE",
    });
    expect(again.status).toBe(404);
    expect((await json(again)).error).toMatchObject({
      code: "not_found",
      message: `no active key ${created.key.id} in acme`,
    });
  });

  it("writes each change to the audit log with who made it", async () => {
    const adminId = (await api.db.query<{ id: number }>("SELECT min(id) AS id FROM api_keys"))[0]!.id;
    const created = await json(
      await apiFetch(api, "/api/v1/keys", { key: api.keys.admin, body: { role: "viewer", name: "audited" } }),
    );
    await apiFetch(api, `/api/v1/keys/${created.key.id}?org=acme`, {
      key: operatorToken,
      method: "DELETE",
    });
    const rows = await api.db.query(
      "SELECT actor, action, target FROM audit_log WHERE target = $1 ORDER BY id",
      [String(created.key.id)],
    );
    expect(rows).toEqual([
      { actor: `key:${adminId}`, action: "api_key.create", target: String(created.key.id) },
      { actor: "operator", action: "api_key.revoke", target: String(created.key.id) },
    ]);
  });

  it("refuses analysts and viewers: key management is for admins", async () => {
    for (const key of [api.keys.analyst, api.keys.viewer]) {
      for (const [method, path, body] of [
        ["GET", "/api/v1/keys", undefined],
        ["POST", "/api/v1/keys", { role: "admin" }],
        ["DELETE", "/api/v1/keys/1", undefined],
      ] as const) {
        const res = await apiFetch(api, path, { key, method, body });
        expect(res.status, `${method} ${path}`).toBe(403);
        expect((await json(res)).error).toMatchObject({
          code: "auth.forbidden",
          message: "this action needs one of the roles: admin",
        });
      }
    }
    expect((await apiFetch(api, "/api/v1/keys")).status).toBe(401);
  });

  it("keeps an admin inside its own organization", async () => {
    const [acmeKey] = await keyIds(api.orgs.acme);
    const del = await apiFetch(api, `/api/v1/keys/${acmeKey}`, { key: api.keys.betaAdmin, method: "DELETE" });
    expect(del.status).toBe(404);
    expect((await json(del)).error.message).toBe(`no active key ${acmeKey} in beta-bikes`);
    const other = await apiFetch(api, "/api/v1/keys?org=acme", { key: api.keys.betaAdmin });
    expect(other.status).toBe(403);
    expect((await json(other)).error.message).toBe(
      "an API key manages the keys of its own organization only",
    );
    expect((await apiFetch(api, "/api/v1/me", { key: api.keys.admin })).status).toBe(200);
  });

  it("rejects bad input naming the field", async () => {
    const cases: Array<[string, { method?: string; body?: unknown }, string]> = [
      ["/api/v1/keys", { body: { role: "owner" } }, "role"],
      ["/api/v1/keys", { body: { role: "admin", name: "" } }, "name"],
      ["/api/v1/keys", { body: { role: "admin", secret: "mine" } }, ""],
      ["/api/v1/keys/abc", { method: "DELETE" }, "id"],
      ["/api/v1/keys/0", { method: "DELETE" }, "id"],
      ["/api/v1/keys?org=ACME%20x", {}, "org"],
    ];
    for (const [path, init, field] of cases) {
      const res = await apiFetch(api, path, { key: api.keys.admin, ...init });
      expect(res.status, path).toBe(400);
      const error = (await json(res)).error;
      expect(error.code).toBe("input.invalid");
      expect(error.details.path, path).toBe(field);
    }
  });

  it("accepts the operator token for any organization named with ?org=", async () => {
    const list = await apiFetch(api, "/api/v1/keys?org=beta-bikes", { key: operatorToken });
    expect(list.status).toBe(200);
    const body = await json(list);
    expect(body.organization).toBe("beta-bikes");
    expect(body.keys.map((k: { id: number }) => k.id)).toEqual(await keyIds(api.orgs.beta));

    const created = await apiFetch(api, "/api/v1/keys?org=beta-bikes", {
      key: operatorToken,
      body: { role: "admin" },
    });
    expect(created.status).toBe(201);
    const secret = (await json(created)).secret;
    expect((await json(await apiFetch(api, "/api/v1/me", { key: secret }))).organization.name).toBe(
      "Beta Bikes",
    );

    const noOrg = await apiFetch(api, "/api/v1/keys", { key: operatorToken });
    expect(noOrg.status).toBe(400);
    expect((await json(noOrg)).error.message).toBe(
      "org: the operator token must name an organization (?org=)",
    );
    const unknown = await apiFetch(api, "/api/v1/keys?org=nope", { key: operatorToken });
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error.message).toBe("no organization with slug 'nope'");
  });

  it("opens nothing else with the operator token, and refuses a wrong one", async () => {
    for (const path of ["/api/v1/me", "/api/v1/catalog"]) {
      expect((await apiFetch(api, path, { key: operatorToken })).status, path).toBe(401);
    }
    const post = await apiFetch(api, "/agents/query", { key: operatorToken, body: { question: "revenue" } });
    expect(post.status).toBe(401);
    const wrong = await apiFetch(api, "/api/v1/keys?org=acme", { key: createOperatorToken() });
    expect(wrong.status).toBe(401);
    expect((await json(wrong)).error.message).toBe("unknown operator token (it changes at every start)");
  });

  it("refuses an operator-looking token when the service has no operator token", async () => {
    const plain = await startTestApi({ db: api.db }); // same database, no operator token
    try {
      const res = await apiFetch(plain, "/api/v1/keys?org=acme", { key: operatorToken });
      expect(res.status).toBe(401);
      expect((await json(res)).error.message).toBe("unknown or revoked API key");
    } finally {
      await plain.close();
    }
  });
});

describe("/api/v1/keys in /openapi.json", () => {
  it("documents the three operations with their statuses, parameters and body", async () => {
    const { buildOpenApi } = await import("../openapi/build.ts");
    const { OPERATIONS } = await import("../openapi/operations.ts");
    const doc = buildOpenApi(OPERATIONS, { title: "t", version: "t" }) as unknown as Json;
    const list = doc.paths["/api/v1/keys"].get;
    const create = doc.paths["/api/v1/keys"].post;
    const revoke = doc.paths["/api/v1/keys/{id}"].delete;
    expect(Object.keys(list.responses)).toEqual(["200", "400", "401", "403", "404", "429", "503"]);
    expect(Object.keys(create.responses)).toEqual(["201", "400", "401", "403", "404", "429", "503"]);
    expect(Object.keys(revoke.responses)).toEqual(["204", "400", "401", "403", "404", "429", "503"]);
    expect(revoke.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual([
      "path:id",
      "query:org",
    ]);
    const body = create.requestBody.content["application/json"].schema;
    expect(body.required).toEqual(["role"]);
    expect(body.properties.role.enum).toEqual(["admin", "analyst", "viewer", "writer"]);
    expect(create.responses["201"].content["application/json"].schema.required).toEqual([
      "organization",
      "key",
      "secret",
    ]);
  });
});

describe("fromThisMachine", () => {
  const req = (remoteAddress: string, localAddress: string) =>
    ({ socket: { remoteAddress, localAddress } }) as Request;
  it("accepts loopback peers and a peer calling this host's own address", () => {
    expect(fromThisMachine(req("127.0.0.1", "127.0.0.1"))).toBe(true);
    expect(fromThisMachine(req("::1", "::1"))).toBe(true);
    expect(fromThisMachine(req("::ffff:127.0.0.1", "::ffff:127.0.0.1"))).toBe(true);
    expect(fromThisMachine(req("10.0.0.5", "10.0.0.5"))).toBe(true);
  });
  it("refuses any other peer", () => {
    expect(fromThisMachine(req("10.0.0.7", "10.0.0.5"))).toBe(false);
    expect(fromThisMachine(req("::ffff:192.168.1.2", "::ffff:127.0.0.1"))).toBe(false);
  });
});
