/**
 * A seeded synthetic shop with known incremental response curves, for testing the incremental
 * model (incremental-curves.ts) and benchmarking it; never used on real data. It produces what a
 * real shop stores, built the way touch-based attribution behaves:
 *   - demand: weekday pattern times a yearly wave; unpaid sessions follow it;
 *   - new-customer orders = demand x baseline + sum of channels' incremental orders, where a
 *     channel's incremental orders are demand x Hill(adstocked spend) (the truth);
 *   - credit of each channel = capture x its incremental orders (the causal touch's share) plus
 *     exposureRate x its session share x all new-customer orders (credit for being in journeys it
 *     did not cause); unpaid channels get the exposure part only;
 *   - the channel history's attributed revenue is that credit times the order value, so a curve
 *     fitted to it is biased exactly as on real data.
 */
import { createRng, normal } from "../stats/prng.ts";
import { geometricAdstock } from "./adstock.ts";
import { curveValue, type HillCurve, type ResponseCurve, rescaleCurve } from "./curves.ts";
import type { DailySpendRevenue } from "./daily-series.ts";
import type { IncrementalityInputRaw } from "./incrementality-schema.ts";
import type { ChannelHistory } from "./prepare.ts";

/** The truth behind one synthetic channel: incremental new-customer orders per day at demand 1. */
export interface ShopChannelTruth {
  channel: string;
  curve: HillCurve;
  theta: number;
  baseSpend: number;
}

/** Options for {@link syntheticShop}. */
export interface SyntheticShopOptions {
  channels: number;
  days: number;
  seed: number;
  /**
   * Spend movement: "flights" (each channel's weekly budget drawn independently between 0.5x and
   * 1.5x, so curves and the baseline are identifiable) or "seasonal" (every channel follows the
   * same monthly budget index within +/-15% plus daily jitter, as on the demo shops).
   */
  spend?: "flights" | "seasonal";
  /** New-customer orders per day without marketing, at demand 1. Default 20. */
  baseline?: number;
  /** Share of a channel's incremental orders credited to it. Default 0.2. */
  capture?: number;
  /** Exposure credit per unit of session share x orders. Default 0.9. */
  exposureRate?: number;
  /** Value of a first order. Default 100. */
  aov?: number;
  /** Relative sd of the noise on orders and credit. Default 0.05. */
  noise?: number;
  /** First date, "YYYY-MM-DD". Default "2024-01-01". */
  start?: string;
}

/** The synthetic shop: histories, incrementality input and the truth. */
export interface SyntheticShop {
  history: ChannelHistory[];
  incrementality: IncrementalityInputRaw;
  truths: ShopChannelTruth[];
  aov: number;
}

const WEEKDAY = [1.1, 1.05, 1, 0.97, 0.95, 0.9, 1.03];

/**
 * Generate the shop. Channels have half-saturation near their typical adstocked spend, alpha 0.8
 * to 2.2 and carry-over 0.1 to 0.6.
 * @example
 * syntheticShop({ channels: 4, days: 365, seed: 3 }).incrementality.newCustomers.length; // 365
 */
export function syntheticShop(options: SyntheticShopOptions): SyntheticShop {
  const rng = createRng(options.seed);
  const noise = options.noise ?? 0.05;
  const baseline = options.baseline ?? 20;
  const capture = options.capture ?? 0.2;
  const rate = options.exposureRate ?? 0.9;
  const aov = options.aov ?? 100;
  const n = options.days;
  const startMs = Date.parse(`${options.start ?? "2024-01-01"}T00:00:00Z`);
  const dates = Array.from({ length: n }, (_, d) =>
    new Date(startMs + d * 86_400_000).toISOString().slice(0, 10),
  );
  const demand = dates.map((_, d) => WEEKDAY[d % 7]! * (1 + 0.2 * Math.sin((2 * Math.PI * d) / 365)));
  const month = dates.map((_, d) => 1 + 0.15 * Math.sin((2 * Math.PI * Math.floor(d / 30)) / 12));
  const truths: ShopChannelTruth[] = [];
  const spend: number[][] = [];
  const incremental: number[][] = [];
  for (let c = 0; c < options.channels; c++) {
    const baseSpend = 200 + 1800 * rng();
    const theta = 0.1 + 0.5 * rng();
    const level = baseSpend / (1 - theta);
    const curve: HillCurve = {
      type: "hill",
      scale: (level / 100) * (0.5 + 1.5 * rng()),
      k: level * (0.6 + 1.4 * rng()),
      alpha: 0.8 + 1.4 * rng(),
    };
    const s: number[] = [];
    let flight = 1;
    for (let d = 0; d < n; d++) {
      if (d % 7 === 0) flight = 0.5 + rng();
      const move = options.spend === "seasonal" ? month[d]! : flight;
      s.push(Math.round(baseSpend * move * Math.exp(0.1 * normal(rng) - 0.005) * 100) / 100);
    }
    const adstock = geometricAdstock(s, theta);
    incremental.push(s.map((_, d) => demand[d]! * curveValue(curve, adstock[d]!)));
    spend.push(s);
    truths.push({ channel: `channel_${String(c + 1).padStart(2, "0")}`, curve, theta, baseSpend });
  }
  const jitter = () => 1 + noise * normal(rng);
  const historyDays: DailySpendRevenue[][] = truths.map(() => []);
  const newCustomers: number[] = [];
  const sessionsBy: Record<string, number[]> = { organic_search: [], direct: [] };
  const creditBy: Record<string, number[]> = { organic_search: [], direct: [] };
  for (const t of truths) {
    sessionsBy[t.channel] = [];
    creditBy[t.channel] = [];
  }
  dates.forEach((date, d) => {
    const orders = Math.max(
      0,
      (demand[d]! * baseline + incremental.reduce((a, inc) => a + inc[d]!, 0)) * jitter(),
    );
    newCustomers.push(Math.round(orders * 100) / 100);
    sessionsBy.organic_search!.push(Math.round(1000 * demand[d]! * jitter()));
    sessionsBy.direct!.push(Math.round(500 * demand[d]! * jitter()));
    // One paid session per unit of spend: clicks scale with spend, not with response.
    truths.forEach((t, c) => {
      sessionsBy[t.channel]!.push(Math.round(spend[c]![d]!));
    });
    let total = 0;
    for (const xs of Object.values(sessionsBy)) total += xs[d]!;
    for (const [channel, xs] of Object.entries(sessionsBy)) {
      const c = truths.findIndex((t) => t.channel === channel);
      const caused = c >= 0 ? capture * incremental[c]![d]! : 0;
      creditBy[channel]!.push(Math.max(0, (caused + (rate * xs[d]! * orders) / total) * jitter()));
    }
    truths.forEach((t, c) => {
      historyDays[c]!.push({
        date,
        spend: spend[c]![d]!,
        revenue: Math.round(creditBy[t.channel]![d]! * aov * 100) / 100,
      });
    });
  });
  return {
    history: truths.map((t, c) => ({ channel: t.channel, days: historyDays[c]! })),
    incrementality: {
      attributionModel: "synthetic",
      controlChannels: ["organic_search", "direct"],
      firstDate: dates[0]!,
      newCustomers,
      newCustomerRevenue: newCustomers.map((o) => Math.round(o * aov * 100) / 100),
      sessions: sessionsBy,
      newCustomerCredit: creditBy,
    },
    truths,
    aov,
  };
}

/** The true plan-level incremental revenue curve of a synthetic channel over `periodDays` days. */
export function trueShopPlanCurve(truth: ShopChannelTruth, periodDays: number, aov: number): ResponseCurve {
  return rescaleCurve(
    { ...truth.curve, scale: truth.curve.scale * aov },
    periodDays * (1 - truth.theta),
    periodDays,
  );
}
