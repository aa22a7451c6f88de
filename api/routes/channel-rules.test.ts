import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFetch, startTestApi, type TestApi } from "../testing.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = Record<string, any>;

const RULES = [
  { source: { op: "exact", value: "retailmenot" }, channel: "affiliate", platform: "impact" },
  { medium: { op: "exact", value: "newsletter" }, channel: "email" },
];

describe("/api/v1/channel-rules", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it("starts empty and lists the channel keys a rule may assign", async () => {
    const res = await apiFetch(api, "/api/v1/channel-rules", { key: api.keys.admin });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body.organization).toBe("acme");
    expect(body.rules).toEqual([]);
    expect(body.channels.map((c: Json) => c.key)).toContain("organic_social");
  });

  it("replaces the rules in order, audits the change, and keeps them to the organization", async () => {
    const put = await apiFetch(api, "/api/v1/channel-rules", {
      key: api.keys.admin,
      method: "PUT",
      body: { rules: RULES },
    });
    expect(put.status).toBe(200);
    expect(((await put.json()) as Json).rules).toEqual(RULES);

    const got = (await (
      await apiFetch(api, "/api/v1/channel-rules", { key: api.keys.admin })
    ).json()) as Json;
    expect(got.rules).toEqual(RULES);

    // The other organization's admin sees its own (empty) list and cannot see or touch acme's.
    const beta = (await (
      await apiFetch(api, "/api/v1/channel-rules", { key: api.keys.betaAdmin })
    ).json()) as Json;
    expect(beta).toMatchObject({ organization: "beta-bikes", rules: [] });
    const stored = await api.db.query<{ organization_id: number; position: number }>(
      "SELECT organization_id, position FROM channel_rules ORDER BY organization_id, position",
    );
    expect(stored).toEqual([
      { organization_id: api.orgs.acme, position: 0 },
      { organization_id: api.orgs.acme, position: 1 },
    ]);
    const audit = await api.db.query<{ action: string; details: unknown }>(
      "SELECT action, details FROM audit_log WHERE organization_id = $1 AND action = 'channel_rules.replace'",
      [api.orgs.acme],
    );
    expect(audit).toEqual([{ action: "channel_rules.replace", details: { rules: 2 } }]);

    // A replacement with fewer rules leaves no stale positions.
    await apiFetch(api, "/api/v1/channel-rules", {
      key: api.keys.admin,
      method: "PUT",
      body: { rules: [RULES[1]] },
    });
    const after = (await (
      await apiFetch(api, "/api/v1/channel-rules", { key: api.keys.admin })
    ).json()) as Json;
    expect(after.rules).toEqual([RULES[1]]);
  });

  it("is for admins only", async () => {
    for (const key of [api.keys.analyst, api.keys.viewer]) {
      expect((await apiFetch(api, "/api/v1/channel-rules", { key })).status).toBe(403);
      const put = await apiFetch(api, "/api/v1/channel-rules", { key, method: "PUT", body: { rules: [] } });
      expect(put.status).toBe(403);
    }
    expect((await apiFetch(api, "/api/v1/channel-rules")).status).toBe(401);
  });

  it("names the field of a bad rule and stores nothing", async () => {
    const before = await api.db.query("SELECT * FROM channel_rules WHERE organization_id = $1", [
      api.orgs.acme,
    ]);
    const res = await apiFetch(api, "/api/v1/channel-rules", {
      key: api.keys.admin,
      method: "PUT",
      body: { rules: [RULES[0], { medium: { op: "regex", value: ".*" }, channel: "email" }] },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Json;
    expect(body.error.code).toBe("input.invalid");
    expect(body.error.message).toContain("rules.1.medium.op");
    const after = await api.db.query("SELECT * FROM channel_rules WHERE organization_id = $1", [
      api.orgs.acme,
    ]);
    expect(after).toEqual(before);
  });
});
