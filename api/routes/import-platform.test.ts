import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, RATES_FILE } from "../../ingest/adapters/fixtures/index.ts";
import { startTestApi, type TestApi } from "../testing.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = Record<string, any>;

describe("POST /api/v1/import/:kind with platform exports", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  const post = (kind: string, file: string, key: string, contentType = "text/csv") =>
    fetch(`${api.url}/api/v1/import/${kind}`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": contentType },
      body: readFileSync(file),
    });
  const count = async (table: string, org: number) =>
    Number(
      (
        await api.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${table} WHERE organization_id = $1`,
          [org],
        )
      )[0]!.n,
    );

  it("detects a Google Ads report, loads campaigns then spend as two jobs, into the key's organization only", async () => {
    const res = await post("auto", FIXTURES.google_ads, api.keys.admin);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body).toMatchObject({
      organization: "acme",
      kind: "google_ads",
      rowsRead: 9,
      rowsSkipped: 3,
      problems: [],
    });
    expect(body.jobs.map((j: Json) => [j.kind, j.status, j.rowsInserted])).toEqual([
      ["campaigns", "succeeded", 2],
      ["ad_spend_daily", "succeeded", 6],
    ]);
    expect(await count("ad_spend_daily", api.orgs.acme)).toBe(6);
    expect(await count("ad_spend_daily", api.orgs.beta)).toBe(0);
    const [sum] = await api.db.query<{ spend: number }>(
      "SELECT sum(spend) AS spend FROM ad_spend_daily WHERE organization_id = $1",
      [api.orgs.acme],
    );
    expect(sum!.spend).toBe(3667.6); // the report's "Total: Account" cost, 3,667.60
  });

  it("refuses a Meta export in EUR without rates, row by row, then loads it once rates exist", async () => {
    const before = await post("meta_ads", FIXTURES.meta_ads, api.keys.analyst);
    expect(before.status).toBe(422);
    const refused = (await before.json()) as Json;
    expect(refused.problems).toHaveLength(5); // every row but the last, whose amounts are all 0
    expect(refused.problems[0]).toEqual({
      line: 2,
      field: "spend",
      expected: "a EUR -> USD rate for 2026-03-01 (import one with POST /api/v1/currency-rates)",
      value: "EUR",
    });
    await fetch(`${api.url}/api/v1/currency-rates`, {
      method: "POST",
      headers: { authorization: `Bearer ${api.keys.admin}`, "content-type": "application/json" },
      body: JSON.stringify({ csv: readFileSync(RATES_FILE, "utf8") }),
    });
    const res = await post("meta_ads", FIXTURES.meta_ads, api.keys.analyst);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body.ratesUsed.map((r: Json) => [r.currency, r.date, r.rateDate, r.rate])).toEqual([
      ["EUR", "2026-03-01", "2026-02-27", 1.079],
      ["EUR", "2026-03-02", "2026-03-02", 1.0832],
      ["EUR", "2026-03-03", "2026-03-03", 1.0851],
    ]);
  });

  it("needs CSV, a known kind and a role that may import", async () => {
    expect(
      (await post("google_ads", FIXTURES.google_ads, api.keys.admin, "application/x-ndjson")).status,
    ).toBe(415);
    expect((await post("google_ads", FIXTURES.google_ads, api.keys.viewer)).status).toBe(403);
    const wrong = await post("tiktok_ads", FIXTURES.google_ads, api.keys.admin);
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as Json).error.message).toContain("TikTok Ads Manager export (CSV)");
  });
});
