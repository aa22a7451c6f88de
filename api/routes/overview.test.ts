import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFetch, startTestApi, type TestApi } from "../testing.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = any;

describe("GET /api/v1/overview (validation, roles, tenancy; values: overview-independent.test.ts)", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date("2026-11-01T03:00:00Z") });
  });
  afterAll(() => api.close());

  const get = async (query: string, key = api.keys.viewer) => {
    const res = await apiFetch(api, `/api/v1/overview${query}`, { key });
    return { status: res.status, body: (await res.json()) as Json };
  };

  it("resolves the period in each organization's own time zone, for every role", async () => {
    // 03:00 UTC on November 1 is still October 31 in New York but November 1 in Berlin (this_month
    // is the month to date).
    const acme = await get("?period=this_month");
    expect(acme.status).toBe(200);
    expect(acme.body.period).toEqual({
      from: "2026-10-01",
      to: "2026-10-31",
      timeZone: "America/New_York",
      preset: "this_month",
    });
    const beta = await get("?period=this_month", api.keys.betaAdmin);
    expect(beta.body.period).toMatchObject({
      from: "2026-11-01",
      to: "2026-11-01",
      timeZone: "Europe/Berlin",
    });
    expect(beta.body.currency).toBe("EUR");
    expect((await get("", api.keys.analyst)).body.period.preset).toBe("last_30_days");
  });

  it("takes explicit dates and compares with the same number of days before", async () => {
    const { status, body } = await get("?from=2026-10-10&to=2026-10-16");
    expect(status).toBe(200);
    expect(body.comparisonPeriod).toEqual({ from: "2026-10-03", to: "2026-10-09" });
    expect(body.kpis.map((k: Json) => k.key)).toEqual([
      "spend",
      "revenue",
      "mer",
      "paid_roas",
      "orders",
      "cac",
    ]);
    expect(body.kpis[1].question).toBe("Why did revenue change from 2026-10-10 to 2026-10-16?");
  });

  it("answers 400 naming the field, and 401 without a key", async () => {
    for (const [query, field] of [
      ["?period=fortnight", "period"],
      ["?from=2026-10-01", "to"],
      ["?from=2026-10-09&to=2026-10-01", "to"],
      ["?from=2026-10-01&to=2026-10-31&period=last_month", "period"],
      ["?from=yesterday&to=2026-10-31", "from"],
      ["?region=eu", "region"],
    ]) {
      const r = await get(query!);
      expect(r.status, query).toBe(400);
      expect(JSON.stringify(r.body), query).toContain(field!);
    }
    expect((await apiFetch(api, "/api/v1/overview")).status).toBe(401);
  });
});
