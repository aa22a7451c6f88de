import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { apiFetch, seedTestData, startTestApi, type TestApi } from "../testing.ts";

describe("attribution API", () => {
  let db: Database;
  let api: TestApi;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedTestData(db, 0.02);
    api = await startTestApi({ db });
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it("POST /paths reproduces the ChannelAttribution white-paper answer", async () => {
    const res = await apiFetch(api, "/api/v1/attribution/paths", {
      key: api.keys.viewer,
      body: {
        paths: [
          { path: ["A", "B", "A", "B", "B", "A"], conversions: 1 },
          { path: ["A", "B", "B", "A", "A"], conversions: 1 },
          { path: ["A", "A"], conversions: 1 },
        ],
        models: ["markov", "first_touch", "linear"],
      },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      models: Record<
        string,
        { channels: Record<string, { conversions: number }>; removalEffects?: Record<string, number> }
      >;
    };
    expect(body.models.markov!.removalEffects!.A).toBeCloseTo(1, 9);
    expect(body.models.markov!.removalEffects!.B).toBeCloseTo(0.5, 9);
    expect(body.models.markov!.channels.A!.conversions).toBeCloseTo(2, 9);
    expect(body.models.first_touch!.channels.A!.conversions).toBeCloseTo(3, 9);
    expect(body.models.linear!.channels.A!.conversions).toBeCloseTo(2.1, 9);
    expect(body.models.linear!.channels.B!.conversions).toBeCloseTo(0.9, 9);
  });

  it("POST /paths names the problem in bad input", async () => {
    for (const [body, message] of [
      [{ paths: [], models: ["markov"] }, /paths/],
      [{ paths: [{ path: ["A"], conversions: -1 }], models: ["markov"] }, /conversions/],
      [{ paths: [{ path: ["A"], conversions: 1 }], models: ["magic"] }, /models/],
    ] as const) {
      const res = await apiFetch(api, "/api/v1/attribution/paths", { key: api.keys.viewer, body });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
  });

  it("GET / returns stored credit per model whose totals equal tracked revenue in the period", async () => {
    const res = await apiFetch(
      api,
      "/api/v1/attribution?model=last_touch,linear,markov&from=2026-10-01&to=2026-10-31",
      {
        key: api.keys.viewer,
      },
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { models: Array<{ model: string; total: number }> };
    const [tracked] = await db.query<{ revenue: number }>(
      `SELECT sum(revenue)::float8 AS revenue FROM conversions
       WHERE organization_id = $1 AND (ts AT TIME ZONE 'America/New_York')::date BETWEEN '2026-10-01' AND '2026-10-31'`,
      [api.orgs.acme],
    );
    expect(body.models.map((m) => m.model)).toEqual(["last_touch", "linear", "markov"]);
    for (const m of body.models) expect(m.total).toBeCloseTo(tracked!.revenue, 6);
    const bad = await apiFetch(api, "/api/v1/attribution?model=magic&from=2026-10-01&to=2026-10-31", {
      key: api.keys.viewer,
    });
    expect(bad.status).toBe(400);
  });
});
