import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/env.ts";
import { apiFetch, seedTestData, startTestApi, type TestApi } from "../testing.ts";
import { metricsAccessFrom } from "./prometheus.ts";

/** The value of one sample line (`name{labels} value`) in a Prometheus text page; 0 when absent. */
function sample(page: string, series: string): number {
  const line = page.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

async function scrape(api: TestApi, init: { token?: string } = {}): Promise<string> {
  const res = await fetch(`${api.url}/metrics`, {
    headers: init.token ? { authorization: `Bearer ${init.token}` } : {},
  });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/**
 * Scrape until `settled` holds: a request's duration is observed on the server's "finish" event,
 * which can run after the client already has the response, so the next scrape may miss it.
 * Bounded by a number of scrapes, not by a clock.
 */
async function scrapeUntil(api: TestApi, settled: (page: string) => boolean): Promise<string> {
  let page = await scrape(api);
  for (let i = 0; i < 50 && !settled(page); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    page = await scrape(api);
  }
  return page;
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await seedTestData(api.db, 0.02);
});
afterAll(() => api.close());

describe("GET /metrics", () => {
  it("moves the agent, tool, model and HTTP counters by exactly one question's worth", async () => {
    const before = await scrape(api);
    const res = await apiFetch(api, "/agents/query", {
      key: api.keys.analyst,
      body: { question: "What was ROAS by channel last month?" },
    });
    expect(res.status).toBe(200);
    const query = 'http_request_duration_seconds_count{method="POST",route="/agents/query",status="200"}';
    const scrapes = 'http_request_duration_seconds_count{method="GET",route="/metrics",status="200"}';
    const after = await scrapeUntil(
      api,
      (page) =>
        sample(page, query) > sample(before, query) && sample(page, scrapes) > sample(before, scrapes),
    );
    const delta = (series: string) => sample(after, series) - sample(before, series);

    expect(delta('agent_turns_total{outcome="answered"}')).toBe(1);
    expect(delta('agent_turns_total{outcome="failed"}')).toBe(0);
    expect(delta('agent_tool_calls_total{tool="query_metrics",ok="true"}')).toBe(1);
    // The planner plans (tool call), then closes the turn once the result is in: two calls.
    expect(delta('agent_model_calls_total{model="planner",outcome="ok"}')).toBe(2);
    expect(delta('agent_model_fallbacks_total{reason="http_error"}')).toBe(0);
    expect(delta(query)).toBe(1);
    // The first scrape is observed once it has finished, so a later one sees it (more than one
    // when the wait above scraped again).
    expect(delta(scrapes)).toBeGreaterThanOrEqual(1);
    expect(sample(after, "agent_model_circuit_state")).toBe(0);
    // The embedded database has no pool: no pool series rather than made-up zeros.
    expect(after).not.toMatch(/^db_pool_connections\{/m);
  });

  it("labels requests by route pattern, never by raw URL or query string", async () => {
    const before = await scrape(api);
    await apiFetch(api, "/api/v1/catalog/metrics/secret_metric_key_123", {
      key: api.keys.viewer,
      method: "DELETE",
    });
    await apiFetch(api, "/api/v1/catalog/search?q=customer%40example.com", { key: api.keys.viewer });
    await apiFetch(api, "/agents/query", { body: { question: "no key" } });
    await apiFetch(api, "/no/such/path/4711");
    const unmatched = 'http_request_duration_seconds_count{method="GET",route="unmatched",status="404"}';
    const after = await scrapeUntil(api, (page) => sample(page, unmatched) > sample(before, unmatched));
    const delta = (series: string) => sample(after, series) - sample(before, series);

    expect(
      delta(
        'http_request_duration_seconds_count{method="DELETE",route="/api/v1/catalog/metrics/:key",status="403"}',
      ),
    ).toBe(1);
    expect(
      delta('http_request_duration_seconds_count{method="GET",route="/api/v1/catalog/search",status="200"}'),
    ).toBe(1);
    expect(delta('http_request_duration_seconds_count{method="POST",route="/agents/*",status="401"}')).toBe(
      1,
    );
    expect(delta(unmatched)).toBe(1);
    expect(after).not.toMatch(/secret_metric_key_123|example\.com|4711/);
  });
});

describe("access to /metrics", () => {
  it("follows the environment: open in development, a token when METRICS_TOKEN is set, off in production without one", () => {
    expect(metricsAccessFrom(parseEnv({}))).toEqual({ kind: "open" });
    expect(metricsAccessFrom(parseEnv({ NODE_ENV: "production" }))).toEqual({ kind: "off" });
    const token = "0123456789abcdef0123";
    expect(metricsAccessFrom(parseEnv({ NODE_ENV: "production", METRICS_TOKEN: token }))).toEqual({
      kind: "token",
      token,
    });
    expect(() => parseEnv({ METRICS_TOKEN: "short" })).toThrow(
      /METRICS_TOKEN: expected at least 16 characters/,
    );
  });

  it("requires the bearer token when one is configured", async () => {
    const token = "0123456789abcdef0123";
    const secured = await startTestApi({ db: api.db, metricsAccess: { kind: "token", token } });
    try {
      const none = await fetch(`${secured.url}/metrics`);
      expect(none.status).toBe(401);
      expect(none.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
      expect(await none.text()).not.toContain("agent_turns_total");
      const wrong = await fetch(`${secured.url}/metrics`, { headers: { authorization: `Bearer ${token}x` } });
      expect(wrong.status).toBe(401);
      // An API key is not the metrics token.
      const apiKey = await fetch(`${secured.url}/metrics`, {
        headers: { authorization: `Bearer ${secured.keys.admin}` },
      });
      expect(apiKey.status).toBe(401);
      expect(await scrape(secured, { token })).toContain("agent_turns_total");
    } finally {
      await secured.close();
    }
  });

  it("is absent (404) when off", async () => {
    const off = await startTestApi({ db: api.db, metricsAccess: { kind: "off" } });
    try {
      expect((await fetch(`${off.url}/metrics`)).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
