import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSeededRouter } from "../testing.ts";
import { anomaliesRouter } from "./anomalies.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = any;

let h: Awaited<ReturnType<typeof serveSeededRouter>>;
beforeAll(async () => {
  h = await serveSeededRouter("/api/v1/anomalies", anomaliesRouter);
}, 120_000);
afterAll(() => h?.close());

const get = async (query: string) => {
  const res = await fetch(`${h.url}/api/v1/anomalies?${query}`);
  return { status: res.status, body: (await res.json()) as Json };
};

describe("GET /api/v1/anomalies", () => {
  it("defaults to the last 30 days in the org's time zone and names every series", async () => {
    const { status, body } = await get("metric=spend&by=channel");
    expect(status).toBe(200);
    expect([body.from, body.to, body.timeZone]).toEqual(["2026-10-02", "2026-10-31", "America/New_York"]);
    expect(body.series.map((x: { series: string }) => x.series)).toEqual([
      "overall",
      "affiliate",
      "display",
      "paid_search",
      "paid_social",
    ]);
    expect(body.provenance.baselineFrom).toBe("2026-08-07");
    // Every day is either scored or skipped as known-unusual (the demo's planned budget tests and
    // lasting budget changes, from planned_changes, cover part of October for overall spend).
    expect(body.series[0].evaluatedDays + body.series[0].skippedDays).toBe(30);
  });

  it("flags days whose values equal the direct SQL sums of that day", async () => {
    const { status, body } = await get("metric=spend&by=channel&from=2026-09-01&to=2026-10-31&threshold=2");
    expect(status).toBe(200);
    const flagged = body.series.flatMap(
      (x: { member: string | null; anomalies: { date: string; value: number }[] }) =>
        x.anomalies.map((a) => ({ member: x.member, ...a })),
    );
    expect(flagged.length).toBeGreaterThan(0);
    expect(body.flaggedDays).toBe(flagged.length);
    for (const a of flagged) {
      const [row] = await h.seeded.db.query<{ spend: number | null }>(
        `SELECT SUM(spend) AS spend FROM ad_spend_daily
          WHERE organization_id = $1 AND date = $2 AND ($3::text IS NULL OR channel = $3)`,
        [h.seeded.tenant.organizationId, a.date, a.member],
      );
      expect(a.value).toBeCloseTo(row!.spend ?? 0, 6);
      expect(a.date >= "2026-09-01" && a.date <= "2026-10-31").toBe(true);
    }
  });

  it("scans ratio metrics from daily numerators and denominators", async () => {
    const { status, body } = await get("metric=roas&from=2026-10-01&to=2026-10-31&threshold=2");
    expect(status).toBe(200);
    expect(body.provenance.shape).toEqual({
      kind: "ratio",
      metric: "roas",
      // ROAS is paid-channel attributed revenue over spend (MER is the blended ratio).
      numerator: "paid_attributed_revenue",
      denominator: "spend",
      scale: 1,
    });
    for (const a of body.series[0].anomalies) expect(a.value).toBeCloseTo(a.numerator / a.denominator, 10);
  });

  it("400 naming the metric, with a suggestion", async () => {
    const { status, body } = await get("metric=roaz");
    expect(status).toBe(400);
    expect(body.error.code).toBe("catalog.unknown_metric");
    expect(body.error.message).toBe("metric: unknown metric 'roaz': did you mean 'roas'?");
    expect(body.error.details.suggestion).toBe("roas");
  });

  it("400 naming the dimension, a bad date, a reversed range and a missing metric", async () => {
    const dim = await get("metric=spend&by=chanel");
    expect([dim.status, dim.body.error.message]).toEqual([
      400,
      "by: unknown dimension 'chanel': did you mean 'channel'?",
    ]);
    const date = await get("metric=spend&from=2026-13-01");
    expect(date.status).toBe(400);
    expect(date.body.error.message).toMatch(/^from: /);
    const reversed = await get("metric=spend&from=2026-10-10&to=2026-10-01");
    expect([reversed.status, reversed.body.error.message]).toEqual([400, "from: must not be after to"]);
    const missing = await get("by=channel");
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/^metric: /);
  });
});
