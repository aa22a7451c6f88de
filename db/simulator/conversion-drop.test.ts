import { describe, expect, it } from "vitest";
import { dateOfDay, dayOfDate } from "./calendar.ts";
import { conversionRateFactors, lossRates } from "./conversion-drop.ts";
import { dailyTables } from "./daily-rows.ts";
import { buildGroundTruth } from "./ground-truth.ts";
import { JourneyGenerator } from "./journeys.ts";
import { buildOrgPlan, type OrgPlan } from "./plan.ts";
import { hill } from "./response.ts";
import { CHANNEL_KEYS, type OrgSpec, PAID_CHANNELS } from "./spec-types.ts";
import { ACME } from "./specs/acme.ts";

const DROP = { channel: "paid_social", from: "2026-08-10", to: "2026-08-23", factor: 0.45 } as const;
const DAY_MS = 86_400_000;
const LOOKBACK_MS = 30 * DAY_MS;

/**
 * Generate every customer of `plan` and count orders per local date and channel the way the
 * product's last-touch attribution credits them: the latest touch after the customer's previous
 * order and within 30 days before the order, else direct.
 */
function trackedOrders(plan: OrgPlan): { byDay: Map<string, Map<string, number>>; lost: number } {
  const byDay = new Map<string, Map<string, number>>();
  const localDate = new Intl.DateTimeFormat("en-CA", { timeZone: plan.spec.timeZone });
  let touches: { ms: number; channel: string }[] = [];
  const gen = new JourneyGenerator(plan, 1);
  gen.generate(Number.MAX_SAFE_INTEGER, {
    customer: () => {
      touches = [];
    },
    touchpoint: (_id, _customer, ms, label) => {
      touches.push({ ms, channel: label.slice(0, label.indexOf(",")) });
    },
    conversion: (lines) => {
      let previous = Number.NEGATIVE_INFINITY;
      for (const line of lines.split("\n").filter(Boolean)) {
        const ms = Date.parse(line.split(",")[3]!);
        let channel = "direct";
        let last = Number.NEGATIVE_INFINITY;
        for (const t of touches) {
          if (t.ms > previous && t.ms <= ms && t.ms >= ms - LOOKBACK_MS && t.ms >= last) {
            last = t.ms;
            channel = t.channel;
          }
        }
        previous = ms;
        const date = localDate.format(new Date(ms));
        const day = byDay.get(date) ?? new Map<string, number>();
        day.set(channel, (day.get(channel) ?? 0) + 1);
        byDay.set(date, day);
      }
    },
  });
  return { byDay, lost: gen.lostToConversionDrops };
}

/** Tracked orders and sessions of `channel` over from..to, and their ratio. */
function conversionRate(plan: OrgPlan, orders: Map<string, Map<string, number>>, from: string, to: string) {
  const sessions = dailyTables(plan, 1)
    .web_sessions_daily.csv.split("\n")
    .filter(Boolean)
    .map((l) => l.split(","))
    .filter((f) => f[2] === DROP.channel && f[1]! >= from && f[1]! <= to);
  const s = sessions.reduce((a, f) => a + Number(f[3]), 0);
  const o = sessions.reduce((a, f) => a + (orders.get(f[1]!)?.get(DROP.channel) ?? 0), 0);
  return { orders: o, sessions: s, rate: o / s };
}

const shift = (date: string, days: number) => dateOfDay(dayOfDate(date) + days);

/**
 * Acme without its planned budget flights: the four weeks around the drop hold a paid search cut
 * and an affiliate flight (seed 42), which move the reference conversion rate; the drop's own
 * effect is measured on a history without them.
 */
const NO_FLIGHTS: OrgSpec = { ...ACME, flights: [] };

/** Tracked conversion rate inside the drop over that of the four weeks before and after it. */
function rateRatio(spec: OrgSpec) {
  const plan = buildOrgPlan(spec, 42, 1);
  const { byDay, lost } = trackedOrders(plan);
  const inside = conversionRate(plan, byDay, DROP.from, DROP.to);
  const before = conversionRate(plan, byDay, shift(DROP.from, -28), shift(DROP.from, -1));
  const after = conversionRate(plan, byDay, shift(DROP.to, 1), shift(DROP.to, 28));
  return { plan, lost, inside, ratio: inside.rate / ((before.rate + after.rate) / 2) };
}

describe("conversion-rate drop", () => {
  it("has the factor on the channel inside the window and 1 everywhere else", () => {
    const f = conversionRateFactors(ACME);
    expect(f.paid_social[dayOfDate(DROP.from)]).toBe(0.45);
    expect(f.paid_social[dayOfDate(DROP.to)]).toBe(0.45);
    expect(f.paid_social[dayOfDate(shift(DROP.from, -1))]).toBe(1);
    expect(f.paid_social[dayOfDate(shift(DROP.to, 1))]).toBe(1);
    expect(f.paid_search.every((x) => x === 1)).toBe(true);
  });

  it("expects an order to be lost at the channel's share of the day's sessions x (1 - factor)", () => {
    const plan = buildOrgPlan(ACME, 42, 1);
    const d = dayOfDate("2026-08-15");
    const total = CHANNEL_KEYS.reduce((a, c) => a + plan.sessions[c][d]!, 0);
    const rates = lossRates(plan.conversionFactors, plan.sessions);
    expect(rates.paid_social[d]).toBeCloseTo((plan.sessions.paid_social[d]! / total) * 0.55, 12);
    expect(rates.paid_social[d - 7]).toBe(0);
    expect(rates.paid_search[d]).toBe(0);
    // An incremental order of the dropped channel is scaled in the plan, never lost again.
    expect(plan.dropLosses.firstIncremental.paid_social[d]).toBe(0);
    expect(plan.dropLosses.firstBaseline[d]).toBeCloseTo(plan.baseline[d]! * rates.paid_social[d]!, 12);
  });

  it("makes the channel's tracked conversion rate fall to about factor x its rate around the window", () => {
    const { plan, lost, inside, ratio } = rateRatio(NO_FLIGHTS);
    // Seed 42, scale 1: 48 orders last-touched on paid social from 8,546 sessions, 28 orders lost.
    expect(inside).toMatchObject({ orders: 48, sessions: 8546 });
    expect(lost).toBe(28);
    // Poisson noise on ~48 orders is about 15% of the rate: 0.45 +/- 0.15.
    expect(ratio).toBeGreaterThan(0.3);
    expect(ratio).toBeLessThan(0.6);
    // The plan's expected losses match the realized ones within Poisson noise.
    const expected = [...plan.dropLosses.byChannel.paid_social].reduce((a, b) => a + b, 0);
    expect(Math.abs(lost - expected)).toBeLessThan(3 * Math.sqrt(expected));
    // Without the drop the same window converts as usual.
    const none = rateRatio({
      ...NO_FLIGHTS,
      anomalies: ACME.anomalies.filter((a) => a.kind !== "conversion_rate_drop"),
    });
    expect(none.lost).toBe(0);
    expect(none.ratio).toBeGreaterThan(0.85);
    expect(none.ratio).toBeLessThan(1.15);
  });

  it("scales the channel's platform-reported conversions and takes the lost orders off the ground truth", () => {
    const plan = buildOrgPlan(ACME, 42, 1);
    const truth = buildGroundTruth(ACME, { seed: 42, scale: 1 });
    const d = dayOfDate("2026-08-15");
    const normal = plan.seasonality.demand[d]! * hill(plan.adstock.paid_social[d]!, plan.curves.paid_social);
    expect(plan.incremental.paid_social[d]! / normal).toBeCloseTo(DROP.factor, 12);
    const social = plan.spend.campaigns.flatMap((c, i) => (c.channel === "paid_social" ? [i] : []));
    const claimed = (day: number) => social.reduce((a, i) => a + plan.platformConversions[i]![day]!, 0);
    const clicks = (day: number) => social.reduce((a, i) => a + plan.spend.clicks[i]![day]!, 0);
    let inside = 0;
    let around = 0;
    for (let k = 0; k < 14; k++) {
      inside += claimed(dayOfDate(DROP.from) + k) / clicks(dayOfDate(DROP.from) + k);
      around += claimed(dayOfDate(DROP.from) - 14 + k) / clicks(dayOfDate(DROP.from) - 14 + k);
    }
    expect(inside / around).toBeGreaterThan(0.35);
    expect(inside / around).toBeLessThan(0.55);

    const sum = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0);
    const lostFirst =
      sum(plan.dropLosses.firstBaseline) +
      PAID_CHANNELS.reduce((a, c) => a + sum(plan.dropLosses.firstIncremental[c]), 0);
    expect(truth.expectedTotals.firstOrders).toBeCloseTo(sum(plan.firstOrders) - lostFirst, 1);
    expect(truth.incremental.paid_search.orders).toBeCloseTo(
      sum(plan.incremental.paid_search) - sum(plan.dropLosses.firstIncremental.paid_search),
      1,
    );
    const drop = truth.anomalies.find((a) => a.kind === "conversion_rate_drop")!;
    expect(drop).toMatchObject({ channel: "paid_social", from: DROP.from, to: DROP.to, factor: DROP.factor });
    expect(drop.expectedOrdersLost).toBe(116.07);
  });
});
