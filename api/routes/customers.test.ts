import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import { createApiKey } from "../../db/repositories/api-keys.ts";
import { seedDemo } from "../../db/seed/seed-demo.ts";
import { silentLogger } from "../../lib/logger.ts";
import { onDataLoaded } from "../lifecycle.ts";
import { apiFetch, startTestApi, type TestApi } from "../testing.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = Record<string, any>;
const json = async (res: Response): Promise<Json> => (await res.json()) as Json;

const EMPTY_EXPORT = {
  customer: null,
  touchpoints: [],
  conversions: [],
  attributionCredit: [],
  events: [],
  consentRecords: [],
  identityLinks: [],
};

describe("GDPR: /api/v1/customers/:externalId", () => {
  let api: TestApi;
  beforeAll(async () => {
    const db = await openTestDatabase();
    await seedDemo(db, {
      seed: 42,
      scale: 0.02,
      logger: silentLogger,
      only: ["acme"],
      afterLoad: onDataLoaded,
    });
    api = await startTestApi({ db });
  });
  afterAll(async () => {
    await api.close();
    await api.db.close();
  });

  /** A simulated customer with several orders and touches (addressed by its internal id). */
  const demoCustomer = async () => {
    const [row] = await api.db.query<{ id: number; orders: number }>(
      `SELECT customer_id AS id, count(*)::int AS orders FROM conversions WHERE organization_id = $1
       GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT 1`,
      [api.orgs.acme],
    );
    return row!;
  };

  const totals = async () =>
    api.db.query<{ model: string; conversions: number }>(
      `SELECT model, round(sum(credit)::numeric, 6)::float8 AS conversions FROM attribution_results
       WHERE organization_id = $1 GROUP BY model ORDER BY model`,
      [api.orgs.acme],
    );

  /** Poll the job route until the background refresh has finished (or failed). */
  const refreshed = async (jobUrl: string): Promise<Json> => {
    for (;;) {
      const { job } = await json(await apiFetch(api, jobUrl, { key: api.keys.admin }));
      if (job.refreshStatus === "done" || job.refreshStatus === "failed") return job;
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it("deletes a demo customer and every row derived from it at once, and recomputes attribution in the background", async () => {
    const { id, orders } = await demoCustomer();
    const before = await json(await apiFetch(api, `/api/v1/customers/${id}/export`, { key: api.keys.admin }));
    expect(before.customer.id).toBe(id);
    expect(before.conversions).toHaveLength(orders);
    expect(before.touchpoints.length).toBeGreaterThan(0);
    expect(before.attributionCredit.length).toBeGreaterThan(0);
    const totalsBefore = await totals();
    const loadsBefore = await api.db.query("SELECT id FROM data_loads WHERE organization_id = $1", [
      api.orgs.acme,
    ]);

    const res = await apiFetch(api, `/api/v1/customers/${id}`, { key: api.keys.admin, method: "DELETE" });
    expect(res.status).toBe(202);
    const report = await json(res);
    expect(report.before).toEqual({
      attribution_results: before.attributionCredit.length,
      conversions: orders,
      touchpoints: before.touchpoints.length,
      tracked_events: 0,
      consent_records: 0,
      identity_links: 0,
      customers: 1,
    });
    expect(report.after).toEqual({
      attribution_results: 0,
      conversions: 0,
      touchpoints: 0,
      tracked_events: 0,
      consent_records: 0,
      identity_links: 0,
      customers: 0,
    });
    expect(report.job).toMatchObject({ kind: "customer_delete", status: "succeeded" });
    // The erased customer's export is empty at once, before the background recompute has run.
    expect(
      await json(await apiFetch(api, `/api/v1/customers/${id}/export`, { key: api.keys.admin })),
    ).toEqual(EMPTY_EXPORT);

    const job = await refreshed(report.jobUrl);
    expect(job.refreshStatus).toBe("done");
    expect(job.refreshDone).toBe(job.refreshTotal);
    expect(job.refreshTotal).toBeGreaterThan(2);
    // Every model credits each conversion exactly once in total, so each total drops by its orders,
    // the data-driven ones included (recomputed by the refresh, not deleted blindly).
    const totalsAfter = await totals();
    expect(totalsAfter.map((t) => t.model)).toEqual(totalsBefore.map((t) => t.model));
    for (const t of totalsBefore) {
      const after = totalsAfter.find((a) => a.model === t.model)!;
      expect([t.model, after.conversions]).toEqual([
        t.model,
        Math.round((t.conversions - orders) * 1e6) / 1e6,
      ]);
    }
    const stale = await api.db.query(
      `SELECT count(*)::int AS n FROM attribution_results a WHERE a.organization_id = $1
       AND NOT EXISTS (SELECT 1 FROM conversions c WHERE c.organization_id = a.organization_id AND c.order_id = a.order_id)`,
      [api.orgs.acme],
    );
    expect(stale).toEqual([{ n: 0 }]);
    // The refresh recorded a load: /health and the answers' cache see new freshness.
    const loadsAfter = await api.db.query("SELECT id FROM data_loads WHERE organization_id = $1", [
      api.orgs.acme,
    ]);
    expect(loadsAfter.length).toBe(loadsBefore.length + 1);
    expect(
      await api.db.query("SELECT * FROM refresh_queue WHERE organization_id = $1", [api.orgs.acme]),
    ).toEqual([]);
    const again = await apiFetch(api, `/api/v1/customers/${id}`, { key: api.keys.admin, method: "DELETE" });
    expect(again.status).toBe(404);
  });

  it("answers after the refresh with ?wait=refresh", async () => {
    const { id } = await demoCustomer();
    const res = await apiFetch(api, `/api/v1/customers/${id}?wait=refresh`, {
      key: api.keys.admin,
      method: "DELETE",
    });
    expect(res.status).toBe(200);
    expect((await json(res)).job).toMatchObject({ refreshStatus: "done" });
  });

  it("exports and erases a tracked customer's events and consent, and the audit log keeps no personal data", async () => {
    const writer = (await createApiKey(api.db, { organizationId: api.orgs.acme, role: "writer" })).key;
    const base = { ts: "2026-10-30T09:00:00Z", anonymousId: "b-77", consent: { analytics: true } };
    const events = [
      { ...base, eventId: "g1", type: "consent", consent: { analytics: true, marketing: true } },
      {
        ...base,
        eventId: "g2",
        type: "page",
        url: "https://shop.example/?utm_source=newsletter&utm_medium=email",
      },
      {
        ...base,
        eventId: "g3",
        type: "order",
        customerId: "jane@example.com",
        ts: "2026-10-30T09:05:00Z",
        order: { orderId: "T-1", revenue: 80, currency: "USD" },
      },
    ];
    const sent = await fetch(`${api.url}/api/v1/events?wait=refresh`, {
      method: "POST",
      headers: { authorization: `Bearer ${writer}`, "content-type": "application/json" },
      body: JSON.stringify({ events }),
    });
    // The order names the customer behind browser b-77: the browser's page view is hers (stitched).
    expect(await json(sent)).toMatchObject({
      stored: 2,
      consentRecorded: 1,
      conversions: 1,
      identitiesLinked: 1,
      customersMerged: 1,
    });

    const path = `/api/v1/customers/${encodeURIComponent("jane@example.com")}`;
    const exported = await json(await apiFetch(api, `${path}/export`, { key: api.keys.admin }));
    expect(exported.customer.externalId).toBe("jane@example.com");
    expect(exported.conversions).toEqual([
      { orderId: "T-1", ts: "2026-10-30T09:05:00.000Z", revenue: 80, currency: "USD", isNewCustomer: true },
    ]);
    expect(exported.events.map((e: Json) => e.eventId)).toEqual(["g2", "g3"]);
    expect(exported.touchpoints).toHaveLength(1);
    expect(exported.identityLinks.map((l: Json) => l.anonymousId)).toEqual(["b-77"]);
    // The order came from the browser whose consent choice was recorded: that record is hers too.
    expect(exported.consentRecords.map((c: Json) => c.eventId)).toEqual(["g1"]);
    // Nothing is left under the anonymous id on its own.
    expect(
      await json(await apiFetch(api, "/api/v1/customers/anon:b-77/export", { key: api.keys.admin })),
    ).toEqual(EMPTY_EXPORT);

    expect((await apiFetch(api, `${path}/export`, { key: api.keys.analyst })).status).toBe(403);
    expect((await apiFetch(api, path, { key: api.keys.analyst, method: "DELETE" })).status).toBe(403);
    const del = await json(await apiFetch(api, path, { key: api.keys.admin, method: "DELETE" }));
    // Credited by the refresh the batch queued: every model's row for her order goes too.
    expect(del.before.attribution_results).toBeGreaterThan(0);
    expect(del.before).toEqual({
      attribution_results: del.before.attribution_results,
      conversions: 1,
      touchpoints: 1,
      tracked_events: 2,
      consent_records: 1,
      identity_links: 1,
      customers: 1,
    });
    expect(Object.values(del.after)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(await json(await apiFetch(api, `${path}/export`, { key: api.keys.admin }))).toEqual(EMPTY_EXPORT);
    const audit = await api.db.query<{ target: string; details: Json }>(
      "SELECT target, details FROM audit_log WHERE organization_id = $1 AND action = 'customer.delete' ORDER BY id",
      [api.orgs.acme],
    );
    expect(audit).toHaveLength(3);
    expect(JSON.stringify(audit)).not.toMatch(/b-77|jane|example/);
    expect(audit[2]!.target).toMatch(/^customer:\d+$/);
  });

  it("keeps organizations apart", async () => {
    const { id } = await demoCustomer();
    expect(
      await json(await apiFetch(api, `/api/v1/customers/${id}/export`, { key: api.keys.betaAdmin })),
    ).toEqual(EMPTY_EXPORT);
  });
});
