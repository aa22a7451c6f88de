/**
 * End to end, per adapter: the fixture imported through the bulk import into its own organization,
 * then the agent (`POST /agents/query`, the local planner) asked for the fixture's figures by day.
 * The expected numbers are the fixture's own cells summed by hand (comments show the sums), so
 * the test fails if the adapter, the import, or the metric path loses or changes a number.
 */
import { createReadStream } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareOrganizations } from "../../api/lifecycle.ts";
import { apiFetch, startTestApi, type TestApi } from "../../api/testing.ts";
import { createApiKey } from "../../db/repositories/api-keys.ts";
import { listOrganizations } from "../../db/repositories/organizations.ts";
import { silentLogger } from "../../lib/logger.ts";
import { createLocalEmbedder } from "../../semantic/search/embed-local.ts";
import { importRates } from "../currency/rates-store.ts";
import { FIXTURES, RATES_FILE } from "./fixtures/index.ts";
import { importPlatformExport, type PlatformImportResult } from "./import-platform-export.ts";
import { ADAPTER_KINDS, type AdapterKind } from "./types.ts";

interface Answer {
  answer: string;
  data: { columns: Array<{ key: string }>; rows: Array<Record<string, unknown>> };
  toolCalls: Array<{ name: string; args: Record<string, unknown> }>;
  verification: { grounded: boolean };
  provenance: Array<Record<string, unknown>>;
}

describe("platform exports imported, then asked", () => {
  let api: TestApi;
  const keys = {} as Record<AdapterKind, string>;
  const results = {} as Record<AdapterKind, PlatformImportResult>;

  beforeAll(async () => {
    api = await startTestApi();
    for (const kind of ADAPTER_KINDS) {
      const [org] = await api.db.query<{ id: number }>(
        `INSERT INTO organizations (slug, name, time_zone, currency, industry)
         VALUES ($1, $2, 'America/New_York', 'USD', 'ecommerce') RETURNING id`,
        [`e2e-${kind.replaceAll("_", "-")}`, `E2E ${kind}`],
      );
      keys[kind] = (await createApiKey(api.db, { organizationId: org!.id, role: "analyst" })).key;
      await importRates(api.db, { organizationId: org!.id }, "USD", createReadStream(RATES_FILE));
      results[kind] = await importPlatformExport(api.db, {
        organizationId: org!.id,
        input: createReadStream(FIXTURES[kind]),
        source: FIXTURES[kind],
      });
    }
    const orgs = (await listOrganizations(api.db)).filter((o) => o.slug.startsWith("e2e-"));
    await prepareOrganizations(api.db, silentLogger, orgs, createLocalEmbedder());
  }, 600_000);
  afterAll(async () => {
    await api.close();
  });

  const ask = async (kind: AdapterKind, question: string) => {
    const res = await apiFetch(api, "/agents/query", { key: keys[kind], body: { question } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Answer;
    expect(body.verification.grounded).toBe(true);
    return body;
  };
  /** The answer's rows as [day, ...metrics], days as YYYY-MM-DD. */
  const byDay = (a: Answer, metrics: string[]) =>
    a.data.rows.map((r) => [String(r.date).slice(0, 10), ...metrics.map((m) => Number(r[m]))]);

  it("loads every fixture without a refused row", () => {
    for (const kind of ADAPTER_KINDS) {
      expect([
        kind,
        results[kind].problems,
        results[kind].jobs.map((j) => [j.exportKind, j.status, j.rejected]),
      ]).toEqual([kind, [], results[kind].jobs.map((j) => [j.exportKind, "succeeded", 0])]);
    }
  });

  it("Google Ads: spend and clicks by day", async () => {
    const a = await ask("google_ads", "spend and clicks by day from March 1 to March 3, 2026");
    expect(byDay(a, ["spend", "clicks"])).toEqual([
      ["2026-03-01", 1279.75, 1148], // 1,204.50 + 75.25; 936 + 212
      ["2026-03-02", 1389.1, 1234], // 1,310.00 + 79.10; 1,004 + 230
      ["2026-03-03", 998.75, 880], // 998.75 + 0.00; 880 + 0
    ]);
  });

  it("Meta: spend (EUR converted at the day's rate) and clicks by day", async () => {
    const a = await ask("meta_ads", "spend and clicks by day from March 1 to March 3, 2026");
    expect(byDay(a, ["spend", "clicks"])).toEqual([
      ["2026-03-01", 548.64, 753], // (412.37 -> 444.95) + (96.10 -> 103.69) at 1.0790 (27 Feb); 611 + 142
      ["2026-03-02", 541.05, 587], // (398.05 -> 431.17) + (101.44 -> 109.88) at 1.0832; 587 + empty
      ["2026-03-03", 457.8, 640], // 421.90 -> 457.80 at 1.0851; 640 + empty
    ]);
  });

  it("Meta: the answer's receipt names the EUR rates its spend was converted at", async () => {
    const a = await ask("meta_ads", "spend by day from March 1 to March 3, 2026");
    expect(a.provenance.map((p) => p.currencyRates)).toEqual([
      [
        {
          pair: "EUR/USD",
          table: "ad_spend_daily",
          from: "2026-03-01",
          to: "2026-03-03",
          rate: { min: 1.079, max: 1.0851 },
          rateDates: { from: "2026-02-27", to: "2026-03-03" },
          sourceTables: ["organization_currency_rates"],
          imports: ["meta_ads"],
          days: 3,
        },
      ],
    ]);
    // One day: one rate, from the Friday before (no rate is published on a Sunday).
    const sunday = await ask("meta_ads", "spend on March 1, 2026");
    expect(sunday.provenance.map((p) => p.currencyRates)).toEqual([
      [
        expect.objectContaining({
          rate: 1.079,
          rateDates: { from: "2026-02-27", to: "2026-02-27" },
          days: 1,
        }),
      ],
    ]);
    // Figures in the organization's own currency carry no rate lines.
    const usd = await ask("google_ads", "spend by day from March 1 to March 3, 2026");
    expect(usd.provenance.map((p) => p.currencyRates)).toEqual([undefined]);
  });

  it("TikTok: spend and clicks by day", async () => {
    const a = await ask("tiktok_ads", "spend and clicks by day from March 1 to March 3, 2026");
    expect(byDay(a, ["spend", "clicks"])).toEqual([
      ["2026-03-01", 1334.3, 1712], // 1,024.30 + 310.00; 1,310 + 402
      ["2026-03-02", 1303.95, 1676], // 998.70 + 305.25; 1,288 + 388
      ["2026-03-03", 1101.05, 1402], // 1,101.05 + "-"; 1,402 + "-"
    ]);
  });

  it("Shopify: orders and revenue by day in the shop's time zone", async () => {
    const a = await ask("shopify_orders", "orders and revenue by day from March 1 to March 3, 2026");
    expect(byDay(a, ["orders", "revenue"])).toEqual([
      ["2026-03-01", 2, 1479.78], // #1001 237.07 + #1002 1,242.71 (21:40 local)
      ["2026-03-02", 2, 194.97], // #1003 150.96 - 40.00 refunded + #1004 114.13 CAD x 0.7361 = 84.01
      ["2026-03-03", 2, 155.88], // #1007 48.71 + #1008 107.17 (23:59 local); #1005 voided, #1006 cancelled
    ]);
  });

  it("Klaviyo: e-mail sends by day", async () => {
    const a = await ask("klaviyo_campaigns", "email sends by day from March 1 to March 3, 2026");
    expect(byDay(a, ["email_sends"])).toEqual([
      ["2026-03-01", 24310], // Spring Launch (the SMS send is not e-mail)
      ["2026-03-02", 12045],
      ["2026-03-03", 24402],
    ]);
  });

  it("GA4: sessions by day", async () => {
    const a = await ask("ga4_traffic", "sessions by day from March 1 to March 3, 2026");
    expect(byDay(a, ["sessions"])).toEqual([
      ["2026-03-01", 6047], // 1,630 + 1,388 + 990 + 602 + 240 + 1,102 + 95
      ["2026-03-02", 4228], // 1,701 + 1,350 + 1,011 + 166
      ["2026-03-03", 2193], // 1,522 + 201 + 470 + 0
    ]);
  });

  it("records the rates used as the receipt of the conversion", async () => {
    const [entry] = await api.db.query<{ details: { ratesUsed: unknown[] } }>(
      "SELECT details FROM audit_log WHERE action = 'import.platform_export' AND target = 'meta_ads'",
    );
    expect(entry!.details.ratesUsed).toEqual(results.meta_ads.summary.ratesUsed);
    expect(results.meta_ads.summary.ratesUsed.map((r) => [r.date, r.rateDate, r.rate])).toEqual([
      ["2026-03-01", "2026-02-27", 1.079],
      ["2026-03-02", "2026-03-02", 1.0832],
      ["2026-03-03", "2026-03-03", 1.0851],
    ]);
  });

  it("re-importing a fixture changes nothing and keeps the campaign ids", async () => {
    const orgId = (
      await api.db.query<{ id: number }>("SELECT id FROM organizations WHERE slug = 'e2e-google-ads'")
    )[0]!.id;
    const again = await importPlatformExport(api.db, {
      organizationId: orgId,
      input: createReadStream(FIXTURES.google_ads),
      source: "again",
    });
    expect(again.jobs.map((j) => [j.exportKind, j.inserted, j.updated])).toEqual([
      ["campaigns", 0, 0],
      ["ad_spend_daily", 0, 0],
    ]);
    expect(again.summary.campaigns).toEqual(results.google_ads.summary.campaigns);
  });
});
