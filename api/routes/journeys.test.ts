import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { materializeAttribution } from "../../db/attribution/materialize.ts";
import { serveSeededRouter } from "../testing.ts";
import { journeysRouter } from "./journeys.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = any;

let h: Awaited<ReturnType<typeof serveSeededRouter>>;
beforeAll(async () => {
  h = await serveSeededRouter("/api/v1/journeys", journeysRouter);
  await materializeAttribution(h.seeded.db, {
    organizationId: h.seeded.tenant.organizationId,
    models: ["last_touch"],
  });
}, 120_000);
afterAll(() => h?.close());

const OCT = { from: "2026-10-01", to: "2026-10-31" };

const post = async (body: unknown) => {
  const res = await fetch(`${h.url}/api/v1/journeys`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json };
};

describe("POST /api/v1/journeys", () => {
  it("covers every October order, as a direct SQL count of the conversions table", async () => {
    const { status, body } = await post({ analysis: "top_paths", period: OCT, limit: 3 });
    expect(status).toBe(200);
    const [row] = await h.seeded.db.query<{ n: number; revenue: number }>(
      `SELECT count(*)::int AS n, sum(revenue)::float8 AS revenue FROM conversions
        WHERE organization_id = $1
          AND ts >= ('2026-10-01'::date)::timestamp AT TIME ZONE 'America/New_York'
          AND ts < ('2026-11-01'::date)::timestamp AT TIME ZONE 'America/New_York'`,
      [h.seeded.tenant.organizationId],
    );
    expect(body.orders).toBe(row!.n);
    expect(body.revenue).toBeCloseTo(row!.revenue, 6);
    expect(body.topPaths).toHaveLength(3);
    expect(
      body.topPaths[0].orders + body.topPaths[1].orders + body.topPaths[2].orders + body.otherPaths.orders,
    ).toBe(row!.n);
    expect(body.provenance.timeRange).toMatchObject({ ...OCT, timeZone: "America/New_York" });
    expect(body.provenance.sql.length).toBeGreaterThan(0);
  });

  it("answers 400 naming the missing field", async () => {
    const { status, body } = await post({ analysis: "customer" });
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain("customerId");
    const bad = await post({ analysis: "paths", period: OCT });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("analysis");
  });
});
