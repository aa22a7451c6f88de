/**
 * The day-level plan of one organization: everything small enough to hold in memory (campaign
 * spend, true incremental orders per channel and day, expected repeats, sessions, email) and from
 * which customers and touchpoints are then streamed. The ground truth is read off this plan.
 */
import { DAYS, dayOfDate } from "./calendar.ts";
import {
  type ConversionFactors,
  conversionRateFactors,
  type DropLosses,
  expectedFirstOrderLosses,
  expectedRepeatLosses,
  lossRates,
} from "./conversion-drop.ts";
import { buildEmailPlan, type EmailPlan } from "./email.ts";
import { type PlannedFlight, planFlights } from "./flights.ts";
import { Rng } from "./random.ts";
import { adstock, hill } from "./response.ts";
import { buildSeasonality, type Seasonality } from "./seasonality.ts";
import {
  type ChannelKey,
  type HillCurve,
  type OrgSpec,
  PAID_CHANNELS,
  type PaidChannel,
} from "./spec-types.ts";
import { buildSpendPlan, type SpendPlan } from "./spend.ts";

export interface OrgPlan {
  spec: OrgSpec;
  seed: number;
  scale: number;
  customers: number;
  seasonality: Seasonality;
  spend: SpendPlan;
  /** The planned budget flights and holdout weeks the spend follows (flights.ts). */
  flights: PlannedFlight[];
  /** Curves with volumes multiplied by scale (what the data was generated with). */
  curves: Record<PaidChannel, HillCurve>;
  adstock: Record<PaidChannel, Float64Array>;
  /** Expected incremental first orders per paid channel and day (conversion-rate drop included). */
  incremental: Record<PaidChannel, Float64Array>;
  /** Expected first orders per day that happen without any marketing. */
  baseline: Float64Array;
  /** Expected first-order attempts per day: baseline + incremental (before `dropLosses`). */
  firstOrders: Float64Array;
  /**
   * Expected repeat orders per day (repeat chains truncated at the end of the year), following the
   * first orders that were not lost to a conversion-rate drop; `dropLosses.repeats` not yet taken off.
   */
  repeats: Float64Array;
  /** Per paid channel and day: 1, or the factor of a conversion-rate drop (conversion-drop.ts). */
  conversionFactors: ConversionFactors;
  /** Expected orders of other causes lost to conversion-rate drops (conversion-drop.ts). */
  dropLosses: DropLosses;
  email: EmailPlan;
  /** Expected (tracked) web sessions per channel and day. */
  sessions: Record<ChannelKey, Float64Array>;
  platformConversions: Float64Array[];
  platformRevenue: Float64Array[];
  outage: { day: number; lossRate: number } | null;
}

/** Scale a curve's volumes (spend axis and response) by `scale`, keeping its shape. */
export function scaleCurve(curve: HillCurve, scale: number): HillCurve {
  return { ...curve, halfSaturation: curve.halfSaturation * scale, scale: curve.scale * scale };
}

/** Build the plan; deterministic in (spec, seed, scale). */
export function buildOrgPlan(spec: OrgSpec, seed: number, scale: number): OrgPlan {
  const seasonality = buildSeasonality(spec);
  const flights = planFlights(spec, seed);
  const spend = buildSpendPlan(spec, scale, seasonality, new Rng(seed, `${spec.slug}:spend`), flights);
  const curves = Object.fromEntries(
    PAID_CHANNELS.map((c) => [c, scaleCurve(spec.curves[c], scale)]),
  ) as Record<PaidChannel, HillCurve>;
  const cvr = conversionRateFactors(spec);
  const ad = {} as Record<PaidChannel, Float64Array>;
  const incremental = {} as Record<PaidChannel, Float64Array>;
  for (const c of PAID_CHANNELS) {
    ad[c] = adstock(spend.channelSpend[c], curves[c].theta);
    const inc = new Float64Array(DAYS);
    for (let d = 0; d < DAYS; d++) inc[d] = seasonality.demand[d]! * hill(ad[c][d]!, curves[c]) * cvr[c][d]!;
    incremental[c] = inc;
  }
  const baseline = new Float64Array(DAYS);
  const firstOrders = new Float64Array(DAYS);
  for (let d = 0; d < DAYS; d++) {
    baseline[d] = spec.baselineFirstOrders * scale * seasonality.demand[d]!;
    firstOrders[d] = baseline[d]! + PAID_CHANNELS.reduce((s, c) => s + incremental[c][d]!, 0);
  }
  const sessions = unpaidAndPaidSessions(spec, scale, seasonality, spend);
  const nonEmail = new Float64Array(DAYS);
  for (const s of Object.values(sessions)) for (let d = 0; d < DAYS; d++) nonEmail[d] = nonEmail[d]! + s[d]!;
  const email = buildEmailPlan(spec, scale, firstOrders, nonEmail, new Rng(seed, `${spec.slug}:email`));
  sessions.email = email.clicks.map((c) => c * 0.92);
  const rates = lossRates(cvr, sessions);
  const firstLosses = expectedFirstOrderLosses(rates, baseline, incremental);
  const keptFirst = firstOrders.map(
    (x, d) =>
      x -
      firstLosses.firstBaseline[d]! -
      PAID_CHANNELS.reduce((s, c) => s + firstLosses.firstIncremental[c][d]!, 0),
  );
  const repeats = expectedRepeats(keptFirst, spec.repeat.probability, spec.repeat.meanGapDays);
  const dropLosses: DropLosses = {
    ...firstLosses,
    repeats: expectedRepeatLosses(
      rates,
      repeats,
      email.incrementalShare,
      spec.touches.repeatJourney,
      firstLosses.byChannel,
    ),
  };
  const { conversions, revenue } = platformReports(
    spec,
    spend,
    incremental,
    new Rng(seed, `${spec.slug}:platform`),
  );
  const outageSpec = spec.anomalies.find((a) => a.kind === "tracking_outage");
  return {
    spec,
    seed,
    scale,
    customers: Math.max(1, Math.round(spec.customers * scale)),
    seasonality,
    spend,
    flights,
    curves,
    adstock: ad,
    incremental,
    baseline,
    firstOrders,
    repeats,
    conversionFactors: cvr,
    dropLosses,
    email,
    sessions,
    platformConversions: conversions,
    platformRevenue: revenue,
    outage: outageSpec ? { day: dayOfDate(outageSpec.date), lossRate: outageSpec.lossRate } : null,
  };
}

/**
 * Expected repeat orders per day when every order is followed by another with probability p after
 * a geometric gap: R(d) = p * sum_g O(d-g) q (1-q)^(g-1), computed in O(days) by recursion.
 */
export function expectedRepeats(
  firstOrders: ArrayLike<number>,
  p: number,
  meanGapDays: number,
): Float64Array {
  const q = 1 / meanGapDays;
  const repeats = new Float64Array(firstOrders.length);
  let kernel = 0;
  let prevOrders = 0;
  for (let d = 0; d < firstOrders.length; d++) {
    kernel = q * prevOrders + (1 - q) * kernel;
    repeats[d] = p * kernel;
    prevOrders = firstOrders[d]! + repeats[d]!;
  }
  return repeats;
}

function unpaidAndPaidSessions(
  spec: OrgSpec,
  scale: number,
  seasonality: Seasonality,
  spend: SpendPlan,
): Record<ChannelKey, Float64Array> {
  const perDay = (base: number) => seasonality.demand.map((x) => x * base * scale);
  const sessions: Record<ChannelKey, Float64Array> = {
    paid_search: new Float64Array(DAYS),
    paid_social: new Float64Array(DAYS),
    display: new Float64Array(DAYS),
    affiliate: new Float64Array(DAYS),
    email: new Float64Array(DAYS),
    organic_search: perDay(spec.unpaidSessions.organic_search),
    direct: perDay(spec.unpaidSessions.direct),
    referral: perDay(spec.unpaidSessions.referral),
  };
  spend.campaigns.forEach((c, i) => {
    // Not every ad click lands as a tracked session (bounces before the tag fires, ad blockers).
    const s = sessions[c.channel];
    const clicks = spend.clicks[i]!;
    for (let d = 0; d < DAYS; d++) s[d] = s[d]! + clicks[d]! * 0.88;
  });
  return sessions;
}

/**
 * What each platform reports per campaign-day: the channel's true incremental orders inflated by
 * the platform's claim factor (view-through and cross-platform double counting), split across the
 * channel's campaigns by spend.
 */
function platformReports(
  spec: OrgSpec,
  spend: SpendPlan,
  incremental: Record<PaidChannel, Float64Array>,
  rng: Rng,
): { conversions: Float64Array[]; revenue: Float64Array[] } {
  const conversions: Float64Array[] = [];
  const revenue: Float64Array[] = [];
  spend.campaigns.forEach((c, i) => {
    const claim = spec.platforms[c.platform]!.claimFactor;
    const conv = new Float64Array(DAYS);
    const rev = new Float64Array(DAYS);
    const channelSpend = spend.channelSpend[c.channel];
    for (let d = c.firstDay; d <= c.lastDay; d++) {
      const share = channelSpend[d]! > 0 ? spend.spend[i]![d]! / channelSpend[d]! : 0;
      conv[d] =
        Math.round(incremental[c.channel][d]! * claim * share * rng.lognormalMean(1, 0.15) * 100) / 100;
      rev[d] = Math.round(conv[d]! * spec.aov.newMean * rng.lognormalMean(1, 0.08) * 100) / 100;
    }
    conversions.push(conv);
    revenue.push(rev);
  });
  return { conversions, revenue };
}
