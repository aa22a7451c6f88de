import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFetch, startTestApi, type TestApi } from "../testing.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = Record<string, any>;

describe("/api/v1/currency-rates", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  const post = (key: string, csv: string) => apiFetch(api, "/api/v1/currency-rates", { key, body: { csv } });

  it("imports a rate file, reports bad lines by line and field, and lists the rates", async () => {
    const res = await post(
      api.keys.admin,
      "date,currency,rate\n2026-03-02,eur,1.0832\n2026-03-03,EUR,1.0851\n2026-03-04,EUR,abc\n2026-03-02,USD,1\n2026-03-02,CAD,0.7361\n",
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      organization: "acme",
      read: 5,
      stored: 3,
      errors: [
        { line: 4, field: "rate", expected: "a positive decimal such as 1.0832 (at most 10 decimals)" },
        { line: 5, field: "currency", expected: "a currency other than USD" },
      ],
    });
    const list = (await (
      await apiFetch(api, "/api/v1/currency-rates?currency=eur", { key: api.keys.viewer })
    ).json()) as Json;
    expect(list).toEqual({
      organization: "acme",
      currency: "USD",
      rates: [
        { date: "2026-03-02", currency: "EUR", rate: 1.0832 },
        { date: "2026-03-03", currency: "EUR", rate: 1.0851 },
      ],
    });
  });

  it("replaces a corrected rate and keeps each organization's rates to itself", async () => {
    await post(api.keys.admin, "date,currency,rate\n2026-03-02,EUR,1.09\n");
    await post(api.keys.betaAdmin, "date,currency,rate\n2026-03-02,USD,0.92\n");
    const acme = (await (
      await apiFetch(api, "/api/v1/currency-rates", { key: api.keys.admin })
    ).json()) as Json;
    expect(acme.rates).toEqual([
      { date: "2026-03-02", currency: "CAD", rate: 0.7361 },
      { date: "2026-03-02", currency: "EUR", rate: 1.09 },
      { date: "2026-03-03", currency: "EUR", rate: 1.0851 },
    ]);
    const beta = (await (
      await apiFetch(api, "/api/v1/currency-rates", { key: api.keys.betaAdmin })
    ).json()) as Json;
    expect(beta).toEqual({
      organization: "beta-bikes",
      currency: "EUR",
      rates: [{ date: "2026-03-02", currency: "USD", rate: 0.92 }],
    });
  });

  it("is written by admins only and needs the header", async () => {
    expect((await post(api.keys.analyst, "date,currency,rate\n2026-03-02,EUR,1\n")).status).toBe(403);
    const bad = await post(api.keys.admin, "day,cur,rate\n2026-03-02,EUR,1\n");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error.message).toBe("line 1: expected the header date,currency,rate");
    const empty = await apiFetch(api, "/api/v1/currency-rates", { key: api.keys.admin, body: {} });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as Json).error.message).toContain("csv");
    // A quote never closed is the file's fault, said as such (it was an internal error).
    const unclosed = await post(api.keys.admin, 'spend"');
    expect(unclosed.status).toBe(400);
    expect(((await unclosed.json()) as Json).error.message).toMatch(
      /^csv(: line \d+)?: the file is not valid CSV/,
    );
  });
});
