/**
 * The answers the simulated data was generated from: true response curves, the optimal split of
 * the average monthly paid budget, injected anomalies and true incremental revenue per channel.
 * Pure: tests and benchmarks call it without a database.
 */
import { DATA_THROUGH, DAYS, dayOfDate, FIRST_DAY } from "./calendar.ts";
import type { PlannedFlight } from "./flights.ts";
import { buildOrgPlan, type OrgPlan } from "./plan.ts";
import { hill, optimalSplit, steadyResponse } from "./response.ts";
import {
  type AnomalySpec,
  type HillCurve,
  type OrgSpec,
  PAID_CHANNELS,
  type PaidChannel,
} from "./spec-types.ts";

export interface GroundTruth {
  organization: { slug: string; name: string; currency: string; timeZone: string };
  seed: number;
  scale: number;
  period: { from: string; to: string };
  definitions: Record<string, string>;
  curves: Record<PaidChannel, HillCurve>;
  spendByChannel: Record<PaidChannel, number>;
  averageMonthlyPaidBudget: number;
  /** Expected orders and revenue each channel truly caused (orders that would not exist without it). */
  incremental: Record<PaidChannel | "email" | "baseline", { orders: number; revenue: number }>;
  expectedTotals: { orders: number; firstOrders: number; repeatOrders: number; revenue: number };
  optimalAllocation: {
    monthlyBudget: number;
    current: Record<PaidChannel, { spend: number; incrementalRevenue: number }>;
    optimal: Record<PaidChannel, { spend: number; incrementalRevenue: number }>;
    currentIncrementalRevenue: number;
    optimalIncrementalRevenue: number;
  };
  anomalies: readonly Record<string, unknown>[];
  /** Planned budget flights and holdout weeks (not anomalies: the spend changes by plan). */
  flights: PlannedFlight[];
  platformClaimFactors: Record<string, number>;
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const sum = (xs: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s;
};

/** Ground truth of one organization for a seed and scale (builds the plan; no I/O). */
export function buildGroundTruth(spec: OrgSpec, opts: { seed: number; scale: number }): GroundTruth {
  return groundTruthOfPlan(buildOrgPlan(spec, opts.seed, opts.scale));
}

/** Ground truth of an already built plan (the seeder reuses the plan it generated data from). */
export function groundTruthOfPlan(plan: OrgPlan): GroundTruth {
  const { spec } = plan;
  const per = <T>(f: (c: PaidChannel) => T) =>
    Object.fromEntries(PAID_CHANNELS.map((c) => [c, f(c)])) as Record<PaidChannel, T>;
  const spendByChannel = per((c) => r2(sum(plan.spend.channelSpend[c])));
  const totalSpend = PAID_CHANNELS.reduce((s, c) => s + spendByChannel[c], 0);
  const monthlyBudget = totalSpend / 12;
  const daysPerMonth = DAYS / 12;
  const meanDemand = sum(plan.seasonality.demand) / DAYS;
  const valuePerOrder = meanDemand * spec.aov.newMean * daysPerMonth;
  const curves = PAID_CHANNELS.map((c) => plan.curves[c]);
  const best = optimalSplit(monthlyBudget / daysPerMonth, curves, valuePerOrder);
  const monthly = (c: PaidChannel, share: number) => ({
    spend: r2(share * monthlyBudget),
    incrementalRevenue: r2(
      steadyResponse((share * monthlyBudget) / daysPerMonth, plan.curves[c]) * valuePerOrder,
    ),
  });
  const current = per((c) => monthly(c, spendByChannel[c] / totalSpend));
  const optimal = per((c) => monthly(c, best.shares[PAID_CHANNELS.indexOf(c)]!));

  // Orders lost to a conversion-rate drop never happened (conversion-drop.ts): off their causes.
  const lost = plan.dropLosses;
  let emailRepeats = 0;
  for (let d = 0; d < DAYS; d++) emailRepeats += plan.repeats[d]! * plan.email.incrementalShare[d]!;
  const repeatOrders = sum(plan.repeats) - sum(lost.repeats);
  const baselineFirst = sum(plan.baseline) - sum(lost.firstBaseline);
  const incremental = {
    ...per((c) => {
      const orders = sum(plan.incremental[c]) - sum(lost.firstIncremental[c]);
      return { orders: r2(orders), revenue: r2(orders * spec.aov.newMean) };
    }),
    email: { orders: r2(emailRepeats), revenue: r2(emailRepeats * spec.aov.returningMean) },
    baseline: {
      orders: r2(baselineFirst + repeatOrders - emailRepeats),
      revenue: r2(baselineFirst * spec.aov.newMean + (repeatOrders - emailRepeats) * spec.aov.returningMean),
    },
  } satisfies Record<PaidChannel | "email" | "baseline", unknown>;
  const firstOrders =
    sum(plan.firstOrders) -
    sum(lost.firstBaseline) -
    PAID_CHANNELS.reduce((s, c) => s + sum(lost.firstIncremental[c]), 0);
  const campaignIds = new Map(plan.spend.campaigns.map((c) => [c.name, c.id]));
  return {
    organization: { slug: spec.slug, name: spec.name, currency: spec.currency, timeZone: spec.timeZone },
    seed: plan.seed,
    scale: plan.scale,
    period: { from: FIRST_DAY, to: DATA_THROUGH },
    definitions: {
      curves:
        "Incremental first orders per day = demand index x scale x a^alpha / (a^alpha + halfSaturation^alpha), a = geometric adstock of daily channel spend: a_t = spend_t + theta * a_(t-1).",
      incremental:
        "Expected orders (and revenue at the mean order value) that would not have happened without the channel; email causes a share of repeat orders; baseline is organic demand. Tracking losses do not change true values.",
      optimalAllocation:
        "Split of the average monthly paid budget that maximizes steady-state incremental revenue at the year's mean demand index, versus the actual spend mix.",
      flights:
        "Planned spend tests: from `from` to `to` (local dates) every campaign of the channel spends `factor` x what it otherwise would (0 = a holdout week, the channel paused). Spend, incremental orders and the figures above include them; they are stored as planned changes, so the anomaly detector knows them.",
      platformConversions:
        "ad_spend_daily.platform_conversions = true incremental orders x platform claim factor (view-through and cross-platform double counting).",
      conversionRateDrop:
        "Inside the window, visits from the channel convert at factor x their normal rate: the channel's incremental first orders are scaled by factor, and any other order whose last touch is on the channel is lost with probability 1 - factor (a lost first order has no repeats). Lost orders are not in the data and are taken off the incremental and total figures above; expectedOrdersLost is the expected total the drop cost.",
    },
    curves: plan.curves,
    spendByChannel,
    averageMonthlyPaidBudget: r2(monthlyBudget),
    incremental,
    expectedTotals: {
      orders: r2(firstOrders + repeatOrders),
      firstOrders: r2(firstOrders),
      repeatOrders: r2(repeatOrders),
      revenue: r2(firstOrders * spec.aov.newMean + repeatOrders * spec.aov.returningMean),
    },
    optimalAllocation: {
      monthlyBudget: r2(monthlyBudget),
      current,
      optimal,
      currentIncrementalRevenue: r2(PAID_CHANNELS.reduce((s, c) => s + current[c].incrementalRevenue, 0)),
      optimalIncrementalRevenue: r2(best.value),
    },
    anomalies: spec.anomalies.map((a) =>
      a.kind === "runaway_spend"
        ? { ...a, campaignId: campaignIds.get(a.campaign) ?? null }
        : a.kind === "conversion_rate_drop"
          ? { ...a, expectedOrdersLost: r2(ordersLostToDrop(plan, a)) }
          : { ...a },
    ),
    flights: plan.flights,
    platformClaimFactors: Object.fromEntries(
      Object.entries(spec.platforms).map(([k, p]) => [k, p.claimFactor]),
    ),
  };
}

/** Expected orders a conversion-rate drop cost: the channel's incremental shortfall plus other orders lost. */
function ordersLostToDrop(plan: OrgPlan, a: Extract<AnomalySpec, { kind: "conversion_rate_drop" }>): number {
  const c = a.channel;
  let lost = 0;
  for (let d = Math.max(0, dayOfDate(a.from)); d <= Math.min(DAYS - 1, dayOfDate(a.to)); d++) {
    const normal = plan.seasonality.demand[d]! * hill(plan.adstock[c][d]!, plan.curves[c]);
    lost += normal * (1 - plan.conversionFactors[c][d]!) + plan.dropLosses.byChannel[c][d]!;
  }
  return lost;
}
