import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explainChange } from "../../core/explain/contribution.ts";
import { contributionInput, type MemberSumsResult } from "../../db/analytics/member-sums.ts";
import { openSeededAnalytics, type SeededAnalytics } from "../../db/analytics/testing.ts";
import { createExplainChange, withoutRate } from "./execute.ts";

let s: SeededAnalytics;
let run: ReturnType<typeof createExplainChange>;
beforeAll(async () => {
  s = await openSeededAnalytics();
  run = createExplainChange({ ...s.deps, db: s.db });
}, 120_000);
afterAll(() => s?.db.close());

describe("explain_change executor", () => {
  it("leaves out a split the metric lacks when another dimension explains the change", async () => {
    const r = await run({
      metric: "conversion_rate",
      period: { from: "2026-08-01", to: "2026-08-31" },
      compareTo: { from: "2026-07-01", to: "2026-07-31" },
      dimensions: ["campaign", "channel"],
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.byDimension.map((d) => d.dimension)).toEqual(["channel"]);
    const only = await run({
      metric: "conversion_rate",
      period: { from: "2026-08-01", to: "2026-08-31" },
      compareTo: { from: "2026-07-01", to: "2026-07-31" },
      dimensions: ["campaign"],
    });
    expect(only.ok).toBe(false);
  });

  it("names a planned holdout in the compared dates of the segment, with its days against the two weeks before", async () => {
    const r = await run({
      metric: "revenue",
      period: { from: "2026-10-11", to: "2026-10-20" },
      compareTo: { from: "2026-10-01", to: "2026-10-10" },
      dimensions: ["campaign"],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
    });
    if (!r.ok) throw new Error(r.error.message);
    const holdout = r.data.plannedChanges?.find((c) => c.from === "2026-10-12");
    expect(holdout).toMatchObject({ channel: "paid_social", to: "2026-10-18", expectedChangePercent: -100 });
    expect(holdout!.effects.map((e) => e.metric)).toEqual(["spend", "revenue"]);
    const spend = holdout!.effects[0]!;
    expect(spend.definition?.label).toBe("Ad spend");
    expect(spend.effect.perDay).toBe(0);
    const [before] = await s.db.query<{ spend: number }>(
      `SELECT SUM(spend)::float8 / 14 AS spend FROM ad_spend_daily
        WHERE organization_id = $1 AND platform = 'meta_ads' AND date BETWEEN '2026-09-28' AND '2026-10-11'`,
      [s.tenant.organizationId],
    );
    expect(spend.effect.beforePerDay).toBeCloseTo(before!.spend, 6);
    // A segment no planned change touches in these dates has none.
    const display = await run({
      metric: "spend",
      period: { from: "2026-10-11", to: "2026-10-20" },
      compareTo: { from: "2026-10-01", to: "2026-10-10" },
      dimensions: ["campaign"],
      filters: [{ field: "channel", op: "in", values: ["display"] }],
    });
    expect(display.ok && display.data.plannedChanges).toBeUndefined();
  });

  it("explains last month against the month before along each dimension", async () => {
    const r = await run({
      metric: "spend",
      period: { preset: "last_month" },
      dimensions: ["channel", "platform"],
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.period).toEqual({ from: "2026-10-01", to: "2026-10-31", timeZone: "America/New_York" });
    expect(r.data.basePeriod).toEqual({ from: "2026-09-01", to: "2026-09-30" });
    const [row] = await s.db.query<{ change: number }>(
      `SELECT SUM(spend) FILTER (WHERE date >= '2026-10-01') - SUM(spend) FILTER (WHERE date < '2026-10-01') AS change
         FROM ad_spend_daily WHERE organization_id = $1 AND date BETWEEN '2026-09-01' AND '2026-10-31'`,
      [s.tenant.organizationId],
    );
    expect(r.data.byDimension.map((d) => d.dimension)).toEqual(["channel", "platform"]);
    for (const d of r.data.byDimension) {
      expect(d.change).toBeCloseTo(row!.change, 6);
      const sum = d.contributions.reduce((a, c) => a + c.contribution, 0) + d.otherContribution;
      expect(sum).toBeCloseTo(row!.change, 6);
    }
    expect(r.data.provenance.shape).toEqual({ kind: "additive", metric: "spend" });
  });

  it("fails with bad_input naming the field, and unknown_dimension with a suggestion", async () => {
    const bad = await run({ metric: "spend", period: { preset: "last_month" }, dimensions: [] });
    expect(bad).toMatchObject({ ok: false, error: { code: "bad_input" } });
    expect(!bad.ok && bad.error.message).toContain("dimensions");
    const dim = await run({ metric: "spend", period: { preset: "last_month" }, dimensions: ["chanel"] });
    expect(dim).toMatchObject({ ok: false, error: { code: "unknown_dimension", suggestions: ["channel"] } });
  });
});

describe("withoutRate", () => {
  it("groups the members with no rate in either period by the side they lack, with their summed contribution", () => {
    const sums: MemberSumsResult = {
      shape: { kind: "ratio", metric: "roas", numerator: "revenue", denominator: "spend", scale: 1 },
      members: [
        {
          member: "direct",
          base: { numerator: 300, denominator: 0 },
          current: { numerator: 500, denominator: 0 },
        },
        {
          member: "organic",
          base: { numerator: 200, denominator: 0 },
          current: { numerator: 100, denominator: 0 },
        },
        {
          member: "search",
          base: { numerator: 400, denominator: 200 },
          current: { numerator: 600, denominator: 200 },
        },
      ],
      labels: {},
      provenance: {} as MemberSumsResult["provenance"],
    };
    const explained = explainChange(contributionInput(sums));
    const groups = withoutRate(sums, explained);
    const unrated = explained.contributions.filter((c) => c.member !== "search");
    expect(groups).toEqual([
      {
        missing: "spend",
        members: unrated.map((c) => c.member),
        contribution: unrated.reduce((a, c) => a + c.contribution, 0),
      },
    ]);
    expect(withoutRate({ ...sums, members: sums.members.slice(2) }, explained)).toEqual([]);
  });
});
