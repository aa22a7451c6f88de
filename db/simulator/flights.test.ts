import { describe, expect, it } from "vitest";
import { plannedChangesOfPlan } from "../seed/planned-changes.ts";
import { dayOfDate } from "./calendar.ts";
import { planFlights } from "./flights.ts";
import { buildGroundTruth } from "./ground-truth.ts";
import { buildOrgPlan } from "./plan.ts";
import { PAID_CHANNELS } from "./spec-types.ts";
import { ACME } from "./specs/acme.ts";
import { BETA_BIKES } from "./specs/beta-bikes.ts";

const spanOf = (a: (typeof ACME.anomalies)[number]) =>
  "date" in a ? { from: a.date, to: a.date } : { from: a.from, to: a.to };

describe("planned budget flights and holdout weeks", () => {
  it("draws acme's flights from the seed: Monday to Sunday, sizes 30-50%, holdouts a week", () => {
    const flights = planFlights(ACME, 42);
    expect(flights.map((f) => [f.channel, f.kind, f.from, f.to, f.factor])).toEqual([
      ["display", "down", "2026-01-26", "2026-02-08", 0.68],
      ["paid_social", "up", "2026-06-01", "2026-06-14", 1.3],
      ["display", "holdout", "2026-06-22", "2026-06-28", 0],
      ["paid_search", "down", "2026-07-20", "2026-08-02", 0.55],
      ["affiliate", "holdout", "2026-06-29", "2026-07-05", 0],
      ["affiliate", "up", "2026-08-31", "2026-09-13", 1.39],
      ["paid_search", "holdout", "2026-09-28", "2026-10-04", 0],
      ["paid_social", "holdout", "2026-10-12", "2026-10-18", 0],
    ]);
    expect(flights[3]!.note).toBe(
      "Budget flight: Paid Search spend cut 45% for 2 weeks to measure its response curve (planned test)",
    );
    expect(planFlights(ACME, 42)).toEqual(flights);
    expect(planFlights(ACME, 7).map((f) => f.from)).not.toEqual(flights.map((f) => f.from));
  });

  it("keeps every seed's flights apart from each other and from the injected anomalies", () => {
    for (const spec of [ACME, BETA_BIKES]) {
      for (const seed of [1, 7, 42, 99, 2026]) {
        const flights = planFlights(spec, seed);
        expect(flights).toHaveLength(8);
        for (const f of flights) {
          const days = dayOfDate(f.to) - dayOfDate(f.from) + 1;
          expect(f.kind === "holdout" ? [7] : [14, 21]).toContain(days);
          expect(f.kind === "holdout" ? 0 : Math.abs(f.factor - 1)).toBeLessThanOrEqual(0.5);
          if (f.kind !== "holdout") expect(Math.abs(f.factor - 1)).toBeGreaterThanOrEqual(0.3);
          for (const a of spec.anomalies) {
            const s = spanOf(a);
            expect(f.to < s.from || f.from > s.to, `${spec.slug} ${seed} ${f.from} vs ${s.from}`).toBe(true);
          }
          for (const g of flights) {
            if (g !== f) expect(f.to < g.from || f.from > g.to).toBe(true);
          }
        }
      }
    }
  });

  it("moves the channel's spend on the flight's days only, and the ground truth follows", () => {
    const plain = buildOrgPlan({ ...ACME, flights: [] }, 42, 0.05);
    const plan = buildOrgPlan(ACME, 42, 0.05);
    const holdout = plan.flights.find((f) => f.channel === "display" && f.kind === "holdout")!;
    for (let d = dayOfDate(holdout.from); d <= dayOfDate(holdout.to); d++) {
      expect(plan.spend.channelSpend.display[d]).toBe(0);
      expect(plan.spend.channelSpend.paid_search[d]).toBe(plain.spend.channelSpend.paid_search[d]);
    }
    // Outside every flight the spend is the same draw as without flights.
    const outside = dayOfDate("2026-03-02");
    for (const c of PAID_CHANNELS)
      expect(plan.spend.channelSpend[c][outside]).toBe(plain.spend.channelSpend[c][outside]);
    // A holdout cuts the channel's true incremental orders (adstock carries some over the first days).
    const mid = dayOfDate(holdout.to);
    expect(plan.incremental.display[mid]!).toBeLessThan(plain.incremental.display[mid]! * 0.1);
    const truth = buildGroundTruth(ACME, { seed: 42, scale: 0.05 });
    expect(truth.flights).toEqual(plan.flights);
    const sum = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0);
    expect(truth.spendByChannel.display).toBe(Math.round(sum(plan.spend.channelSpend.display) * 100) / 100);
  });

  it("becomes the seeder's planned changes: the 8 tests and acme's lasting display raise", () => {
    const rows = plannedChangesOfPlan(buildOrgPlan(ACME, 42, 0.05));
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r.to === null)).toEqual({
      channel: "display",
      campaignId: 1007,
      from: "2026-07-06",
      to: null,
      expectedChangePercent: 250,
      note: "Daily budget of Display - Prospecting - Outdoor Enthusiasts raised 250% for good",
      createdBy: "seed",
    });
    expect(rows.filter((r) => r.expectedChangePercent === -100).map((r) => r.channel)).toEqual([
      "display",
      "affiliate",
      "paid_search",
      "paid_social",
    ]);
  });
});
