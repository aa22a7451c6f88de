import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { incrementalityInputSchema } from "../../core/budget/incrementality-schema.ts";
import { optimizeBudget } from "../../core/budget/optimize.ts";
import { materializeAttribution } from "../attribution/materialize.ts";
import { readChannelHistory, withSpend } from "./channel-history.ts";
import { INCREMENTALITY_ATTRIBUTION_MODEL, readIncrementalityInputs } from "./incrementality-inputs.ts";
import { openSeededAnalytics, type SeededAnalytics } from "./testing.ts";

let s: SeededAnalytics;
beforeAll(async () => {
  s = await openSeededAnalytics();
  // The analytics seed has no attribution results; the incremental model reads linear credit.
  await materializeAttribution(s.db, {
    organizationId: s.tenant.organizationId,
    models: [INCREMENTALITY_ATTRIBUTION_MODEL],
  });
}, 120_000);
afterAll(() => s?.db.close());

const RANGE = { from: "2026-05-05", to: "2026-10-31" };

describe("readIncrementalityInputs", () => {
  it("reads daily columns that add up to the direct SQL totals", async () => {
    const { input } = await readIncrementalityInputs(s.deps, RANGE);
    const parsed = incrementalityInputSchema.parse(input);
    expect(parsed).toMatchObject({ attributionModel: "linear", firstDate: "2026-05-05", outcome: "revenue" });
    expect(parsed.newCustomers).toHaveLength(180);
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
    const org = s.tenant.organizationId;
    const tz = s.tenant.timeZone;
    const [orders] = await s.db.query<{ n: number; revenue: number }>(
      `SELECT count(*)::int AS n, sum(revenue)::float8 AS revenue FROM conversions
        WHERE organization_id = $1 AND is_new_customer
          AND (ts AT TIME ZONE $2)::date BETWEEN $3 AND $4`,
      [org, tz, RANGE.from, RANGE.to],
    );
    expect(sum(parsed.newCustomers)).toBe(orders!.n);
    expect(sum(parsed.newCustomerRevenue)).toBeCloseTo(orders!.revenue, 2);
    const [organic] = await s.db.query<{ n: number }>(
      `SELECT sum(sessions)::int AS n FROM web_sessions_daily
        WHERE organization_id = $1 AND channel = 'organic_search' AND date BETWEEN $2 AND $3`,
      [org, RANGE.from, RANGE.to],
    );
    expect(sum(parsed.sessions.organic_search!)).toBe(organic!.n);
    // Linear credit of new customers' orders sums to their number (every order is credited once).
    const credited = Object.values(parsed.newCustomerCredit).reduce((a, xs) => a + sum(xs), 0);
    expect(credited).toBeCloseTo(orders!.n, 6);
  });

  it("feeds the optimizer, which names the model it used and why", async () => {
    const history = withSpend((await readChannelHistory(s.deps, RANGE)).history);
    const { input } = await readIncrementalityInputs(s.deps, RANGE);
    const report = optimizeBudget({ totalBudget: 2000 }, history, { incrementality: input });
    // Which model runs depends on the seed's signal (at this scale, under 2 new customers a day,
    // the incremental one did, scaled by the attributed total); either way every fit says so.
    const method = report.responseModel.method;
    expect(["incremental", "attributed"]).toContain(method);
    expect(report.fits.every((f) => f.method === method)).toBe(true);
    if (method === "incremental") {
      expect(report.responseModel.incremental).toMatchObject({ attributionModel: "linear" });
      expect(report.fits.every((f) => f.status === "refused" || f.evidence !== undefined)).toBe(true);
    } else expect(report.responseModel.reason).toMatch(/^the incremental model could not run: /);
  });
});
