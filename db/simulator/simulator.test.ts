import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dayOfDate } from "./calendar.ts";
import { dailyTables } from "./daily-rows.ts";
import { buildGroundTruth } from "./ground-truth.ts";
import { JourneyGenerator, touchpointCsv } from "./journeys.ts";
import { buildOrgPlan } from "./plan.ts";
import { hill, optimalSplit } from "./response.ts";
import { CHANNEL_KEYS, PAID_CHANNELS } from "./spec-types.ts";
import { ACME } from "./specs/acme.ts";
import { BETA_BIKES } from "./specs/beta-bikes.ts";

function generateAll(seed: number, scale: number) {
  const plan = buildOrgPlan(ACME, seed, scale);
  const hash = createHash("sha256");
  const ordersByDate = new Map<string, number>();
  let touchpoints = 0;
  const gen = new JourneyGenerator(plan, 1);
  gen.generate(Number.MAX_SAFE_INTEGER, {
    customer: (l) => hash.update(l),
    touchpoint: (id, customerId, ms, label) => {
      touchpoints++;
      hash.update(touchpointCsv(1, id, customerId, ms, label));
    },
    conversion: (lines) => {
      hash.update(lines);
      for (const line of lines.split("\n").filter(Boolean)) {
        // Local (New York) date of the order, from its UTC timestamp.
        const ts = line.split(",")[3]!;
        const local = new Date(ts).toLocaleDateString("en-CA", { timeZone: ACME.timeZone });
        ordersByDate.set(local, (ordersByDate.get(local) ?? 0) + 1);
      }
    },
  });
  for (const t of Object.values(dailyTables(plan, 1))) hash.update(t.csv);
  return { plan, hash: hash.digest("hex"), touchpoints, ordersByDate };
}

describe("simulator", () => {
  it("is deterministic in the seed: same seed same bytes, another seed different bytes", () => {
    const a = generateAll(7, 0.05);
    const b = generateAll(7, 0.05);
    const c = generateAll(8, 0.05);
    expect(a.hash).toBe(b.hash);
    expect(c.hash).not.toBe(a.hash);
  });

  it("has 3 to 8 campaigns per paid platform and all eight channels in touches and sessions", () => {
    for (const spec of [ACME, BETA_BIKES]) {
      const counts = new Map<string, number>();
      for (const c of spec.campaigns) counts.set(c.platform, (counts.get(c.platform) ?? 0) + 1);
      for (const n of counts.values()) expect(n).toBeGreaterThanOrEqual(3);
      for (const n of counts.values()) expect(n).toBeLessThanOrEqual(8);
    }
    const plan = buildOrgPlan(ACME, 1, 0.05);
    const channels = new Set(
      dailyTables(plan, 1)
        .web_sessions_daily.csv.split("\n")
        .filter(Boolean)
        .map((l) => l.split(",")[2]),
    );
    expect([...channels].sort()).toEqual([...CHANNEL_KEYS].sort());
  });

  it("lands near the default sizes at scale 1 (50k customers, ~400k touchpoints, ~15k orders)", () => {
    const { plan, touchpoints } = generateAll(42, 1);
    expect(plan.customers).toBe(50_000);
    expect(touchpoints).toBeGreaterThan(350_000);
    expect(touchpoints).toBeLessThan(450_000);
    const truth = buildGroundTruth(ACME, { seed: 42, scale: 1 });
    expect(truth.expectedTotals.orders).toBeGreaterThan(13_000);
    expect(truth.expectedTotals.orders).toBeLessThan(18_000);
  });

  it("injects the tracking outage, the runaway spend and the conversion-rate drop on their dates", () => {
    const { plan, ordersByDate } = generateAll(42, 0.5);
    const outage = ordersByDate.get("2026-03-17") ?? 0;
    const neighbours = ((ordersByDate.get("2026-03-10") ?? 0) + (ordersByDate.get("2026-03-24") ?? 0)) / 2;
    expect(outage).toBeLessThan(neighbours * 0.3);

    const i = plan.spend.campaigns.findIndex((c) => c.name === "Prospecting - Broad - Advantage+");
    const spike = plan.spend.spend[i]![dayOfDate("2026-05-14")]!;
    expect(spike).toBeGreaterThan(plan.spend.campaigns[i]!.dailyBudget * 5);
    expect(plan.spend.spend[i]![dayOfDate("2026-05-13")]!).toBeLessThan(
      plan.spend.campaigns[i]!.dailyBudget * 1.5,
    );

    const d = dayOfDate("2026-08-15");
    const social = plan.incremental.paid_social;
    const expectedWithoutDrop =
      plan.seasonality.demand[d]! * hill(plan.adstock.paid_social[d]!, plan.curves.paid_social);
    expect(social[d]! / expectedWithoutDrop).toBeCloseTo(0.45, 6);
  });

  it("spends a campaign's raised budget from the day of the change and reports the budget in force", () => {
    // Without the planned flights: the four weeks before the raise hold display's holdout week.
    const plan = buildOrgPlan({ ...ACME, flights: [] }, 42, 1);
    const i = plan.spend.campaigns.findIndex((c) => c.name === "Display - Prospecting - Outdoor Enthusiasts");
    const c = plan.spend.campaigns[i]!;
    // ACME raises this campaign from 60 to 210 a day on 2026-07-06; the table shows 210.
    expect(c.dailyBudget).toBe(210);
    const mean = (from: string, days: number) => {
      const d0 = dayOfDate(from);
      let sum = 0;
      for (let d = d0; d < d0 + days; d++) sum += plan.spend.spend[i]![d]!;
      return sum / days;
    };
    // Four weeks either side of the change, in the same budget month index (July 1.2, June 1.2).
    const before = mean("2026-06-08", 28);
    const after = mean("2026-07-06", 28);
    expect(after / before).toBeGreaterThan(3.2);
    expect(after / before).toBeLessThan(3.8);
  });

  it("has platforms claim more conversions than the shop tracks", () => {
    for (const spec of [ACME, BETA_BIKES]) {
      const plan = buildOrgPlan(spec, 3, 1);
      const claimed = plan.platformConversions.reduce((s, a) => s + a.reduce((x, y) => x + y, 0), 0);
      const truth = buildGroundTruth(spec, { seed: 3, scale: 1 });
      expect(claimed).toBeGreaterThan(truth.expectedTotals.orders);
    }
  });

  it("writes a ground truth with curves, an optimal allocation no worse than the actual mix, and anomalies", () => {
    const truth = buildGroundTruth(ACME, { seed: 42, scale: 1 });
    expect(Object.keys(truth.curves).sort()).toEqual([...PAID_CHANNELS].sort());
    const o = truth.optimalAllocation;
    expect(o.optimalIncrementalRevenue).toBeGreaterThanOrEqual(o.currentIncrementalRevenue);
    const allocated = PAID_CHANNELS.reduce((s, c) => s + o.optimal[c].spend, 0);
    expect(allocated).toBeCloseTo(o.monthlyBudget, 0);
    expect(truth.anomalies.map((a) => a.kind).sort()).toEqual([
      "conversion_rate_drop",
      "runaway_spend",
      "tracking_outage",
    ]);
    expect(truth.incremental.paid_search.revenue).toBeGreaterThan(0);
    expect(buildGroundTruth(ACME, { seed: 42, scale: 1 })).toEqual(truth);
  });

  it("finds the optimum of two identical concave curves at an even split", () => {
    const curve = { alpha: 1, halfSaturation: 100, scale: 10, theta: 0 };
    const { shares } = optimalSplit(200, [curve, curve], 1);
    expect(shares[0]).toBeCloseTo(0.5, 2);
  });
});
