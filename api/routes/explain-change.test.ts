import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSeededRouter } from "../testing.ts";
import { explainChangeRouter } from "./explain-change.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = any;

let h: Awaited<ReturnType<typeof serveSeededRouter>>;
beforeAll(async () => {
  h = await serveSeededRouter("/api/v1/explain-change", explainChangeRouter);
}, 120_000);
afterAll(() => h?.close());

const SEP = { from: "2026-09-01", to: "2026-09-30" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };

const post = async (body: unknown) => {
  const res = await fetch(`${h.url}/api/v1/explain-change`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json };
};

const sqlSums = async (p: { from: string; to: string }) =>
  (
    await h.seeded.db.query<{ spend: number; clicks: number }>(
      `SELECT SUM(spend) AS spend, SUM(clicks) AS clicks FROM ad_spend_daily
        WHERE organization_id = $1 AND date BETWEEN $2 AND $3`,
      [h.seeded.tenant.organizationId, p.from, p.to],
    )
  )[0]!;

describe("POST /api/v1/explain-change", () => {
  it("splits an additive change by channel; contributions sum to the direct SQL change", async () => {
    const { status, body } = await post({
      metric: "spend",
      dimension: "channel",
      basePeriod: SEP,
      currentPeriod: OCT,
    });
    expect(status).toBe(200);
    expect(body.kind).toBe("additive");
    const change = (await sqlSums(OCT)).spend - (await sqlSums(SEP)).spend;
    expect(body.change).toBeCloseTo(change, 6);
    expect(
      body.contributions.reduce((a: number, c: { contribution: number }) => a + c.contribution, 0),
    ).toBeCloseTo(change, 6);
    const sizes = body.contributions.map((c: { contribution: number }) => Math.abs(c.contribution));
    expect(sizes).toEqual([...sizes].sort((a: number, b: number) => b - a));
  });

  it("splits a ratio change into rate and mix effects that add up to the direct SQL ratio change", async () => {
    const { status, body } = await post({
      metric: "cpc",
      dimension: "platform",
      basePeriod: SEP,
      currentPeriod: OCT,
      limit: 2,
    });
    expect(status).toBe(200);
    expect(body.kind).toBe("ratio");
    const [b, c] = [await sqlSums(SEP), await sqlSums(OCT)];
    expect(body.base).toBeCloseTo(b.spend / b.clicks, 10);
    expect(body.current).toBeCloseTo(c.spend / c.clicks, 10);
    expect(body.contributions).toHaveLength(2);
    const kept = body.contributions.reduce((a: number, x: { contribution: number }) => a + x.contribution, 0);
    expect(kept + body.otherContribution).toBeCloseTo(c.spend / c.clicks - b.spend / b.clicks, 10);
    for (const x of body.contributions) expect(x.rateEffect + x.mixEffect).toBeCloseTo(x.contribution, 12);
    expect(body.provenance.shape).toMatchObject({ numerator: "spend", denominator: "clicks" });
  });

  it("400 naming the metric with a suggestion, and the dimension", async () => {
    const metric = await post({ metric: "roaz", dimension: "channel", basePeriod: SEP, currentPeriod: OCT });
    expect([metric.status, metric.body.error.code]).toEqual([400, "catalog.unknown_metric"]);
    expect(metric.body.error.message).toBe("metric: unknown metric 'roaz': did you mean 'roas'?");
    const dim = await post({ metric: "spend", dimension: "chanel", basePeriod: SEP, currentPeriod: OCT });
    expect([dim.status, dim.body.error.message]).toEqual([
      400,
      "dimension: unknown dimension 'chanel': did you mean 'channel'?",
    ]);
  });

  it("400 naming a bad period, a missing field and a metric that cannot be decomposed", async () => {
    const period = await post({
      metric: "spend",
      dimension: "channel",
      basePeriod: { from: "2026-09-31", to: "2026-09-30" },
      currentPeriod: OCT,
    });
    expect(period.status).toBe(400);
    expect(period.body.error.message).toMatch(/^basePeriod\.from: /);
    const missing = await post({ metric: "spend", basePeriod: SEP, currentPeriod: OCT });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/^dimension: /);
    const roi = await post({ metric: "roi", dimension: "channel", basePeriod: SEP, currentPeriod: OCT });
    expect([roi.status, roi.body.error.code]).toEqual([400, "input.invalid"]);
    expect(roi.body.error.message).toMatch(/^metric: 'roi' is neither additive nor a ratio/);
  });
});
