import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFetch, startTestApi, type TestApi } from "../testing.ts";
import { AuthFailureThrottle } from "./auth-throttle.ts";

describe("AuthFailureThrottle", () => {
  it("throttles an address after `limit` failures until its window ends, other addresses not", () => {
    let now = 1_000_000;
    const t = new AuthFailureThrottle({ limit: 3, windowMs: 60_000, now: () => now });
    t.recordFailure("10.0.0.1");
    t.recordFailure("10.0.0.1");
    expect(t.retryAfterSeconds("10.0.0.1")).toBe(0);
    now += 10_000;
    t.recordFailure("10.0.0.1");
    expect(t.retryAfterSeconds("10.0.0.1")).toBe(50);
    expect(t.retryAfterSeconds("10.0.0.2")).toBe(0);
    now += 49_500;
    expect(t.retryAfterSeconds("10.0.0.1")).toBe(1);
    now += 500;
    expect(t.retryAfterSeconds("10.0.0.1")).toBe(0);
    t.recordFailure("10.0.0.1");
    expect(t.retryAfterSeconds("10.0.0.1")).toBe(0);
  });

  it("tracks a bounded number of addresses", () => {
    const t = new AuthFailureThrottle({ limit: 1, windowMs: 60_000, now: () => 0, maxTracked: 4 });
    for (const a of ["a", "b", "c", "d", "e"]) t.recordFailure(a);
    expect(["a", "b", "c", "d", "e"].map((a) => t.retryAfterSeconds(a))).toEqual([0, 0, 60, 60, 60]);
  });
});

describe("failed authentication over HTTP (10 a minute per address)", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it("never counts successful requests, even many at once", async () => {
    const statuses = await Promise.all(
      Array.from({ length: 30 }, () =>
        apiFetch(api, "/api/v1/me", { key: api.keys.viewer }).then((r) => r.status),
      ),
    );
    expect(statuses).toEqual(Array(30).fill(200));
  });

  it("does not count requests without a key", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await apiFetch(api, "/api/v1/me")).status);
    expect(statuses).toEqual(Array(12).fill(401));
  });

  it("answers the 11th wrong key with 429 and Retry-After, and holds every key from that address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push((await apiFetch(api, "/api/v1/me", { key: `mka_00000000_guess${i}` })).status);
    expect(statuses).toEqual(Array(10).fill(401));
    const refused = await apiFetch(api, "/agents/query", {
      key: "mka_00000000_guess10",
      body: { question: "x" },
    });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(50);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    // A valid key from the throttled address waits too: otherwise guessing would go on unslowed.
    expect((await apiFetch(api, "/api/v1/me", { key: api.keys.admin })).status).toBe(429);
  });
});
