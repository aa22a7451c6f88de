import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOperatorToken } from "../operator-token.ts";
import { apiFetch, startTestApi, type TestApi } from "../testing.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = Record<string, any>;

const CAMPAIGNS = `campaign_id,name,channel,platform,objective,start_date,end_date,daily_budget
7,Brand,paid_search,google_ads,conversions,2026-10-01,,100.00
`;
const SPEND = `date,campaign_id,channel,platform,spend,impressions,clicks,platform_conversions,platform_revenue
2026-10-30,7,paid_search,google_ads,50.00,1000,40,2.00,180.00
2026-10-31,7,paid_search,google_ads,55.25,1100,44,3.00,240.00
2026-10-31,8,paid_search,google_ads,1.00,1,1,0.00,0.00
`;

describe("/api/v1/orgs and /api/v1/import", () => {
  let api: TestApi;
  const operatorToken = createOperatorToken();
  let secret: string;
  const post = (path: string, key: string, body: string, type: string) =>
    fetch(`${api.url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": type },
      body,
    });

  beforeAll(async () => {
    api = await startTestApi({ operatorToken });
  });
  afterAll(() => api.close());

  it("creates an organization with the operator token and returns its first admin key once", async () => {
    const res = await apiFetch(api, "/api/v1/orgs", {
      key: operatorToken,
      body: {
        slug: "shop-eu",
        name: "Shop EU",
        timeZone: "Europe/Berlin",
        currency: "EUR",
        industry: "ecommerce",
      },
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Json;
    expect(body).toMatchObject({
      organization: { slug: "shop-eu", timeZone: "Europe/Berlin", currency: "EUR" },
      channels: 8,
      adminKey: { role: "admin" },
    });
    secret = body.secret;
    const me = (await (await apiFetch(api, "/api/v1/me", { key: secret })).json()) as Json;
    expect(JSON.stringify(me)).toContain("shop-eu");
    const list = (await (await apiFetch(api, "/api/v1/orgs", { key: operatorToken })).json()) as Json;
    expect(list.organizations.map((o: Json) => o.slug)).toContain("shop-eu");
    expect(JSON.stringify(list)).not.toContain(secret);
  });

  it("refuses API keys (cross-tenant), a taken slug and a bad time zone, naming the field", async () => {
    expect((await apiFetch(api, "/api/v1/orgs", { key: api.keys.admin })).status).toBe(403);
    const dup = await apiFetch(api, "/api/v1/orgs", {
      key: operatorToken,
      body: { slug: "shop-eu", name: "x", timeZone: "UTC", currency: "EUR", industry: "x" },
    });
    expect(dup.status).toBe(400);
    expect(((await dup.json()) as Json).error.message).toContain("slug");
    const tz = await apiFetch(api, "/api/v1/orgs", {
      key: operatorToken,
      body: { slug: "x2", name: "x", timeZone: "Mars/Base", currency: "EUR", industry: "x" },
    });
    expect(tz.status).toBe(400);
    expect(((await tz.json()) as Json).error.message).toContain("timeZone");
  });

  it("streams CSV into the key's organization, reports bad rows by line, and re-importing adds nothing", async () => {
    const c = await post("/api/v1/import/campaigns", secret, CAMPAIGNS, "text/csv");
    expect(c.status).toBe(200);
    const res = await post("/api/v1/import/ad_spend_daily?wait=refresh", secret, SPEND, "text/csv");
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body.job).toMatchObject({
      status: "succeeded",
      rowsRead: 3,
      rowsInserted: 2,
      rowsRejected: 1,
      errors: [{ line: 4, field: "campaign_id" }],
      refreshStatus: "done",
    });
    const again = (await (
      await post("/api/v1/import/ad_spend_daily", secret, SPEND, "text/csv")
    ).json()) as Json;
    expect(again.job).toMatchObject({ rowsInserted: 0, rowsUpdated: 0, refreshStatus: "none" });
    const job = (await (
      await apiFetch(api, `/api/v1/import/jobs/${body.job.id}`, { key: secret })
    ).json()) as Json;
    expect(job.job.id).toBe(body.job.id);
    const health = (await (await apiFetch(api, "/health", { key: secret })).json()) as Json;
    expect(JSON.stringify(health)).toContain("2026-10-31");
  });

  it("refuses viewers, unknown kinds and bodies that are neither CSV nor NDJSON", async () => {
    expect((await post("/api/v1/import/campaigns", api.keys.viewer, CAMPAIGNS, "text/csv")).status).toBe(403);
    expect((await post("/api/v1/import/orders", secret, CAMPAIGNS, "text/csv")).status).toBe(400);
    expect((await post("/api/v1/import/campaigns", secret, "{}", "application/json")).status).toBe(415);
    const header = await post("/api/v1/import/campaigns", secret, "id,name\n1,x\n", "text/csv");
    expect(header.status).toBe(400);
    expect(((await header.json()) as Json).error.message).toContain("missing column(s) campaign_id");
  });
});
