import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../db/repositories/api-keys.ts";
import { apiFetch, startTestApi, type TestApi } from "../testing.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = Record<string, any>;

const shop = "https://shop.example";
const ev = (i: number, extra: Json = {}): Json => ({
  eventId: `ev-${i}`,
  type: "page",
  ts: `2026-11-02T10:${String(i % 60).padStart(2, "0")}:00Z`,
  anonymousId: `anon-${i % 7}`,
  consent: { analytics: true },
  url: `${shop}/?utm_source=google&utm_medium=cpc`,
  ...extra,
});

describe("POST /api/v1/events", () => {
  let api: TestApi;
  let writeKey: string;
  const count = async (table: string) =>
    (
      await api.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${table} WHERE organization_id = $1`,
        [api.orgs.acme],
      )
    )[0]!.n;
  const send = async (events: unknown[], key = writeKey, ua?: string) => {
    const res = await fetch(`${api.url}/api/v1/events`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${key}`,
        "content-type": "application/json",
        ...(ua ? { "user-agent": ua } : {}),
      },
      body: JSON.stringify({ events }),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };

  beforeAll(async () => {
    api = await startTestApi();
    writeKey = (await createApiKey(api.db, { organizationId: api.orgs.acme, role: "writer" })).key;
  });
  afterAll(async () => {
    await api.close();
  });

  it("stores a batch as events, customers and touchpoints, and a replayed batch adds nothing", async () => {
    const batch = Array.from({ length: 50 }, (_, i) => ev(i));
    const first = await send(batch);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      received: 50,
      stored: 50,
      duplicates: 0,
      touchpoints: 50,
      rejected: [],
    });
    const counts = async () => ({
      events: await count("tracked_events"),
      touchpoints: await count("touchpoints"),
      customers: await count("customers"),
    });
    const before = await counts();
    expect(before).toEqual({ events: 50, touchpoints: 50, customers: 7 });
    const replay = await send(batch);
    expect(replay.body).toMatchObject({ received: 50, stored: 0, duplicates: 50, touchpoints: 0 });
    expect(await counts()).toEqual(before);
    const [tp] = await api.db.query(
      "SELECT channel, platform, source, medium FROM touchpoints WHERE organization_id = $1 LIMIT 1",
      [api.orgs.acme],
    );
    expect(tp).toEqual({ channel: "paid_search", platform: "google_ads", source: "google", medium: "cpc" });
  });

  it("does not store events without analytics consent, and keeps the consent choice", async () => {
    const before = await count("tracked_events");
    const r = await send([
      ev(100, { consent: { analytics: false } }),
      ev(101, { type: "consent", consent: { analytics: false, marketing: false } }),
      ev(102),
    ]);
    expect(r.body).toMatchObject({ stored: 1, noConsent: 1, consentRecorded: 1 });
    expect(await count("tracked_events")).toBe(before + 1);
    const consent = await api.db.query(
      "SELECT subject_id AS s, analytics FROM consent_records WHERE organization_id = $1",
      [api.orgs.acme],
    );
    expect(consent).toEqual([{ s: "anon:anon-3", analytics: false }]);
  });

  it("reports a malformed event by index and field and stores the others", async () => {
    const r = await send([ev(200), ev(201, { ts: "soon" }), ev(202, { consent: { analytics: "yes" } })]);
    expect(r.status).toBe(200);
    expect(r.body.stored).toBe(1);
    expect(r.body.rejected).toEqual([
      {
        index: 1,
        eventId: "ev-201",
        field: "ts",
        message: "expected an ISO 8601 time, e.g. 2026-11-02T10:15:00Z",
      },
      { index: 2, eventId: "ev-202", field: "consent.analytics", message: "expected true or false" },
    ]);
  });

  it("drops bots by user agent", async () => {
    const r = await send([ev(300, { userAgent: "Googlebot/2.1" }), ev(301)], writeKey, "AhrefsBot/7.0");
    expect(r.body).toMatchObject({ stored: 0, bots: 2 });
  });

  it("stores an order as a conversion once, however often and from wherever it comes", async () => {
    const order = (i: number) =>
      ev(i, {
        type: "order",
        customerId: "cust-9",
        order: { orderId: "A-1001", revenue: 59.9, currency: "USD" },
      });
    const r = await send([order(400), order(401)]);
    expect(r.body).toMatchObject({ stored: 2, conversions: 1, ordersAlreadyKnown: 1 });
    const rows = await api.db.query(
      `SELECT c.order_id AS "orderId", c.revenue, c.is_new_customer AS "isNew", cu.external_id AS "externalId"
       FROM conversions c JOIN customers cu ON cu.organization_id = c.organization_id AND cu.id = c.customer_id
       WHERE c.organization_id = $1`,
      [api.orgs.acme],
    );
    expect(rows).toEqual([{ orderId: "A-1001", revenue: 59.9, isNew: true, externalId: "cust-9" }]);
    const other = await send([
      ev(402, { type: "order", customerId: "c", order: { orderId: "B", revenue: 1, currency: "EUR" } }),
    ]);
    expect(other.body.rejected).toEqual([
      {
        index: 0,
        eventId: "ev-402",
        field: "order.currency",
        message: "expected the organization's currency USD, got EUR",
      },
    ]);
  });

  it("refuses a batch over 1,000 events as a whole", async () => {
    const r = await send(Array.from({ length: 1001 }, (_, i) => ev(i)));
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^events: at most 1000 events per request/);
  });

  it("lets a write key send events and nothing else", async () => {
    for (const path of ["/api/v1/me", "/api/v1/catalog", "/api/v1/keys", "/api/v1/customers/cust-9/export"]) {
      const res = await apiFetch(api, path, { key: writeKey });
      expect([path, res.status]).toEqual([path, 403]);
    }
    const viewer = await send([ev(500)], api.keys.viewer);
    expect(viewer.status).toBe(403);
    const admin = await send([ev(501)], api.keys.admin);
    expect(admin.body.stored).toBe(1);
  });

  it("keeps organizations apart: the same event id in another organization is another event", async () => {
    const betaWriter = (await createApiKey(api.db, { organizationId: api.orgs.beta, role: "writer" })).key;
    const r = await send([ev(0)], betaWriter);
    expect(r.body.stored).toBe(1);
  });
});
