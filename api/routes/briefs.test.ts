import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScheduling } from "../../briefs/service.ts";
import { startReceiver, type TestReceiver } from "../../briefs/testing.ts";
import { openTestDatabase } from "../../db/connect.ts";
import { silentLogger } from "../../lib/logger.ts";
import { apiFetch, startTestApi, type TestApi } from "../testing.ts";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;
const json = async (res: Response): Promise<Json> => (await res.json()) as Json;

const NOW = new Date("2026-11-01T12:00:00Z");
const SECRET = "route-test-secret-0123456789";
let api: TestApi;
let receiver: TestReceiver;

beforeAll(async () => {
  const db = await openTestDatabase();
  const now = () => new Date(NOW);
  const scheduling = createScheduling(
    { db, logger: silentLogger, now },
    { appUrl: "http://app.test", allowPrivateWebhooks: true },
  );
  api = await startTestApi({ db, now: NOW, overrides: { scheduling } });
  receiver = await startReceiver(SECRET);
});
afterAll(async () => {
  await receiver.close();
  await api.close();
  await api.db.close();
});

const schedule = () => ({
  name: "Monday brief",
  cron: "0 9 * * 1",
  destinations: [
    { type: "webhook", url: receiver.url, secret: SECRET },
    { type: "webhook", url: receiver.url },
  ],
});

describe("/api/v1/briefs", () => {
  it("creates a schedule (secret shown once), lists it with its next run in the org's zone, and hides secrets", async () => {
    const created = await apiFetch(api, "/api/v1/briefs", { key: api.keys.analyst, body: schedule() });
    expect(created.status).toBe(201);
    const body = await json(created);
    expect(body.schedule).toMatchObject({
      kind: "brief",
      target: { period: { preset: "last_week" } },
      timeZone: "America/New_York",
      nextRunAt: "2026-11-02T14:00:00.000Z",
    });
    expect(body.secrets).toHaveLength(2);
    expect(body.secrets[0]).toEqual({ destination: 0, secret: SECRET });
    expect(body.secrets[1].secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const list = await json(await apiFetch(api, "/api/v1/briefs", { key: api.keys.viewer }));
    expect(list.schedules.map((s: { destinations: unknown[] }) => s.destinations)).toEqual([
      [
        { type: "webhook", url: receiver.url, secret: "(set)" },
        { type: "webhook", url: receiver.url, secret: "(set)" },
      ],
    ]);
  });

  it("lets viewers read but not manage, and keeps organizations apart", async () => {
    expect((await apiFetch(api, "/api/v1/briefs", { key: api.keys.viewer, body: schedule() })).status).toBe(
      403,
    );
    const id = (await json(await apiFetch(api, "/api/v1/briefs", { key: api.keys.admin, body: schedule() })))
      .schedule.id;
    for (const [method, path] of [
      ["GET", `/api/v1/briefs/${id}`],
      ["PATCH", `/api/v1/briefs/${id}`],
      ["DELETE", `/api/v1/briefs/${id}`],
      ["POST", `/api/v1/briefs/${id}/send`],
    ] as const) {
      const res = await apiFetch(api, path, {
        key: api.keys.betaAdmin,
        method,
        body: method === "PATCH" ? { enabled: false } : method === "POST" ? {} : undefined,
      });
      expect([method, path, res.status]).toEqual([method, path, 404]);
    }
    const beta = await json(await apiFetch(api, "/api/v1/briefs", { key: api.keys.betaAdmin }));
    expect(beta.schedules).toEqual([]);
  });

  it("refuses bad input naming the field", async () => {
    const bad = async (body: unknown) => {
      const res = await apiFetch(api, "/api/v1/briefs", { key: api.keys.analyst, body });
      return [res.status, (await json(res)).error.message];
    };
    expect(await bad({ ...schedule(), cron: "0 9 * *" })).toEqual([
      400,
      expect.stringMatching(/^cron: expected 5 fields/),
    ]);
    expect(await bad({ ...schedule(), kind: "report" })).toEqual([
      400,
      expect.stringMatching(/target\.reportId: a report schedule needs target\.reportId/),
    ]);
    expect(await bad({ ...schedule(), destinations: [{ type: "webhook", url: "ftp://x.example" }] })).toEqual(
      [400, expect.stringMatching(/destinations\.0\.url/)],
    );
    expect(await bad({ ...schedule(), destinations: [] })).toEqual([
      400,
      expect.stringMatching(/destinations: expected at least one destination/),
    ]);
  });

  it("sends now to a signed webhook and reports the run with its attempts; PATCH and DELETE work", async () => {
    const body1 = { ...schedule(), destinations: [{ type: "webhook", url: receiver.url, secret: SECRET }] };
    const id = (await json(await apiFetch(api, "/api/v1/briefs", { key: api.keys.analyst, body: body1 })))
      .schedule.id;
    const before = receiver.received.length;
    const sent = await apiFetch(api, `/api/v1/briefs/${id}/send`, { key: api.keys.analyst, body: {} });
    expect(sent.status).toBe(200);
    const body = await json(sent);
    expect(body.run).toMatchObject({
      status: "delivered",
      attempts: 1,
      period: "manual:2026-11-01T12:00:00.000Z",
    });
    expect(body.attempts.map((a: { ok: boolean }) => a.ok)).toEqual([true]);
    const got = receiver.received.slice(before);
    expect(got).toHaveLength(1);
    expect(got[0]!.signatureValid).toBe(true);
    expect(got[0]!.body.title).toMatch(/^Weekly brief: Acme Outdoor, 2026-10-19 to 2026-10-25$/);
    expect(got[0]!.body.link).toBe(
      `http://app.test/?q=${encodeURIComponent("what moved last week and why?")}`,
    );

    const patched = await apiFetch(api, `/api/v1/briefs/${id}`, {
      key: api.keys.analyst,
      method: "PATCH",
      body: { enabled: false, cron: "30 8 1 * *" },
    });
    expect(await json(patched)).toMatchObject({
      schedule: { enabled: false, cron: "30 8 1 * *", nextRunAt: null },
    });
    const one = await json(await apiFetch(api, `/api/v1/briefs/${id}`, { key: api.keys.viewer }));
    expect(one.runs).toHaveLength(1);
    expect(
      (await apiFetch(api, `/api/v1/briefs/${id}`, { key: api.keys.analyst, method: "DELETE" })).status,
    ).toBe(204);
    expect((await apiFetch(api, `/api/v1/briefs/${id}`, { key: api.keys.analyst })).status).toBe(404);
  });

  it("previews a period without delivering", async () => {
    const before = receiver.received.length;
    const res = await apiFetch(api, "/api/v1/briefs/preview", {
      key: api.keys.viewer,
      body: { target: { period: { preset: "last_month" } }, at: "2026-11-02T14:00:00Z" },
    });
    expect(res.status).toBe(200);
    expect(((await json(res)) as { message: { title: string } }).message.title).toBe(
      "Monthly brief: Acme Outdoor, 2026-10-01 to 2026-10-31",
    );
    expect(receiver.received.length).toBe(before);
  });

  it("is in the OpenAPI document", async () => {
    const doc = (await (await fetch(`${api.url}/openapi.json`)).json()) as { paths: object };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/briefs",
        "/api/v1/briefs/preview",
        "/api/v1/briefs/{id}/send",
        "/api/v1/alerts",
      ]),
    );
  });
});

describe("/api/v1/alerts", () => {
  it("creates, lists, reads, changes and deletes rules, per organization and role", async () => {
    const rule = {
      name: "CPA above $50",
      metric: "cpa",
      condition: { kind: "threshold", op: "above", value: 50 },
      scope: { dimension: "channel", member: "paid_social" },
      destinations: [{ type: "slack", channel: "C0123ABC" }],
    };
    expect((await apiFetch(api, "/api/v1/alerts", { key: api.keys.viewer, body: rule })).status).toBe(403);
    const unknown = await apiFetch(api, "/api/v1/alerts", {
      key: api.keys.analyst,
      body: { ...rule, metric: "cpaa" },
    });
    expect(unknown.status).toBe(400);
    expect(((await json(unknown)) as { error: { message: string } }).error.message).toMatch(/cpaa/);
    const created = await apiFetch(api, "/api/v1/alerts", { key: api.keys.analyst, body: rule });
    expect(created.status).toBe(201);
    const { rule: row } = (await json(created)) as { rule: { id: number } };
    expect(row).toMatchObject({
      metric: "cpa",
      condition: rule.condition,
      scope: rule.scope,
      checkedThrough: null,
    });
    expect((await apiFetch(api, `/api/v1/alerts/${row.id}`, { key: api.keys.betaAdmin })).status).toBe(404);
    expect(
      ((await json(await apiFetch(api, "/api/v1/alerts", { key: api.keys.betaAdmin }))) as { rules: [] })
        .rules,
    ).toEqual([]);
    const patched = await apiFetch(api, `/api/v1/alerts/${row.id}`, {
      key: api.keys.admin,
      method: "PATCH",
      body: { condition: { kind: "anomaly" } },
    });
    expect(((await json(patched)) as { rule: { condition: unknown } }).rule.condition).toEqual({
      kind: "anomaly",
      sensitivity: 4,
    });
    expect(
      (await apiFetch(api, `/api/v1/alerts/${row.id}`, { key: api.keys.analyst, method: "DELETE" })).status,
    ).toBe(204);
  });
});
