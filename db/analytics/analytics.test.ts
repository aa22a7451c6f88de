import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explainChange } from "../../core/explain/contribution.ts";
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { readChannelHistory, recentHistoryRange, withSpend } from "./channel-history.ts";
import { contributionInput, readMemberSums } from "./member-sums.ts";
import { readMetricSeries } from "./metric-series.ts";
import { metricShape } from "./shape.ts";
import { openSeededAnalytics, type SeededAnalytics } from "./testing.ts";

let s: SeededAnalytics;
beforeAll(async () => {
  s = await openSeededAnalytics();
}, 120_000);
afterAll(() => s?.db.close());

const SEP = { from: "2026-09-01", to: "2026-09-30" };
const OCT = { from: "2026-10-01", to: "2026-10-31" };

describe("metricShape", () => {
  it("reads ratios, scaled ratios, additive and as-is metrics from the catalog", () => {
    expect(metricShape(standardCatalog, "spend")).toEqual({ kind: "additive", metric: "spend" });
    expect(metricShape(standardCatalog, "roas")).toEqual({
      kind: "ratio",
      metric: "roas",
      // ROAS is paid-channel attributed revenue over spend (#12); blended revenue over spend is MER.
      numerator: "paid_attributed_revenue",
      denominator: "spend",
      scale: 1,
    });
    expect(metricShape(standardCatalog, "cpm")).toMatchObject({
      numerator: "spend",
      denominator: "impressions",
      scale: 1000,
    });
    expect(metricShape(standardCatalog, "roi").kind).toBe("value");
    expect(metricShape(standardCatalog, "customers").kind).toBe("value"); // count distinct
    expect(metricShape(standardCatalog, "revenue_per_customer").kind).toBe("value");
  });

  it("names the field and suggests a metric for an unknown key", () => {
    expect(() => metricShape(standardCatalog, "roaz", "metric")).toThrow(
      "metric: unknown metric 'roaz': did you mean 'roas'?",
    );
  });
});

describe("readChannelHistory", () => {
  it("ends on the last loaded day and covers the requested number of days", async () => {
    expect(await recentHistoryRange(s.deps, 180)).toEqual({ from: "2026-05-05", to: "2026-10-31" });
  });

  it("gives daily spend per channel equal to a direct SUM(spend), with missing days as zeros", async () => {
    const h = await readChannelHistory(s.deps, OCT);
    const direct = await s.db.query<{ date: string; channel: string; spend: number }>(
      `SELECT date::text AS date, channel, SUM(spend) AS spend FROM ad_spend_daily
        WHERE organization_id = $1 AND date BETWEEN $2 AND $3 GROUP BY 1, 2`,
      [s.tenant.organizationId, OCT.from, OCT.to],
    );
    for (const ch of h.history) expect(ch.days).toHaveLength(31);
    let compared = 0;
    for (const ch of h.history) {
      for (const day of ch.days) {
        const row = direct.find((r) => r.channel === ch.channel && r.date === day.date);
        expect(day.spend).toBeCloseTo(row?.spend ?? 0, 6);
        compared += row ? 1 : 0;
      }
    }
    expect(compared).toBe(direct.length);
    expect(withSpend(h.history).map((c) => c.channel)).toEqual([
      "affiliate",
      "display",
      "paid_search",
      "paid_social",
    ]);
    expect(h.attributionModel).toBe("last_touch");
    expect(h.outcomeMetric).toBe("attributed_revenue");
  });

  it("sums attributed revenue across channels to the attributed total of the semantic layer", async () => {
    const h = await readChannelHistory(s.deps, OCT);
    const total = h.history.reduce((a, c) => a + c.days.reduce((b, d) => b + d.revenue, 0), 0);
    const [row] = await s.db.query<{ revenue: number }>(
      `SELECT SUM(revenue) AS revenue FROM conversions
        WHERE organization_id = $1 AND (ts AT TIME ZONE 'America/New_York')::date BETWEEN $2 AND $3`,
      [s.tenant.organizationId, OCT.from, OCT.to],
    );
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(row!.revenue + 1e-6);
  });
});

describe("readMetricSeries", () => {
  it("reads a ratio as daily numerator and denominator, the overall series summing the members", async () => {
    const r = await readMetricSeries(s.deps, { metric: "roas", dimension: "channel", ...OCT });
    expect(r.shape.kind).toBe("ratio");
    expect(r.series[0]!.member).toBeNull();
    const overall = r.series[0]!.series as { date: string; numerator: number; denominator: number }[];
    expect(overall).toHaveLength(31);
    const memberSpend = r.series
      .slice(1)
      .reduce(
        (a, m) => a + (m.series as { denominator: number }[]).reduce((b, d) => b + d.denominator, 0),
        0,
      );
    const [row] = await s.db.query<{ spend: number }>(
      "SELECT SUM(spend) AS spend FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3",
      [s.tenant.organizationId, OCT.from, OCT.to],
    );
    expect(overall.reduce((a, d) => a + d.denominator, 0)).toBeCloseTo(row!.spend, 6);
    expect(memberSpend).toBeCloseTo(row!.spend, 6);
  });

  it("reads additive metrics overall only without a dimension", async () => {
    const r = await readMetricSeries(s.deps, { metric: "orders", ...OCT });
    expect(r.series).toHaveLength(1);
    expect((r.series[0]!.series as { value: number }[]).every((d) => Number.isInteger(d.value))).toBe(true);
  });

  it("reads other metrics as-is, overall and per member from their own queries", async () => {
    const r = await readMetricSeries(s.deps, { metric: "customers", dimension: "customer_type", ...OCT });
    expect(r.shape.kind).toBe("value");
    expect(r.series[0]!.member).toBeNull();
    const [row] = await s.db.query<{ n: number }>(
      `SELECT count(DISTINCT customer_id) AS n FROM conversions
        WHERE organization_id = $1 AND (ts AT TIME ZONE 'America/New_York')::date = '2026-10-15'`,
      [s.tenant.organizationId],
    );
    const day = (r.series[0]!.series as { date: string; value: number }[]).find(
      (d) => d.date === "2026-10-15",
    );
    expect(day?.value ?? 0).toBe(row!.n);
    expect(r.series.length).toBeGreaterThan(1);
  });

  it("rejects an unknown dimension naming the field", async () => {
    await expect(readMetricSeries(s.deps, { metric: "spend", dimension: "chanel", ...OCT })).rejects.toThrow(
      "dimension: unknown dimension 'chanel': did you mean 'channel'?",
    );
  });
});

describe("readMemberSums", () => {
  it("sums spend per channel in both periods exactly as SQL does, contributions adding to the change", async () => {
    const sums = await readMemberSums(s.deps, {
      metric: "spend",
      dimension: "channel",
      base: SEP,
      current: OCT,
    });
    const total = async (p: { from: string; to: string }) =>
      (
        await s.db.query<{ spend: number }>(
          "SELECT SUM(spend) AS spend FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN $2 AND $3",
          [s.tenant.organizationId, p.from, p.to],
        )
      )[0]!.spend;
    const e = explainChange(contributionInput(sums));
    const change = (await total(OCT)) - (await total(SEP));
    expect(e.change).toBeCloseTo(change, 6);
    expect(e.contributions.reduce((a, c) => a + c.contribution, 0)).toBeCloseTo(change, 6);
  });

  it("gives numerators and denominators for a ratio and refuses a metric that is neither", async () => {
    const sums = await readMemberSums(s.deps, {
      metric: "cpc",
      dimension: "platform",
      base: SEP,
      current: OCT,
    });
    expect(sums.shape).toMatchObject({ kind: "ratio", numerator: "spend", denominator: "clicks" });
    expect(sums.members.every((m) => m.base.denominator !== undefined)).toBe(true);
    await expect(
      readMemberSums(s.deps, { metric: "roi", dimension: "channel", base: SEP, current: OCT }),
    ).rejects.toMatchObject({ code: "input.invalid" });
  });
});
