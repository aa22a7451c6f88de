/**
 * Daily spend per campaign: budget pacing around daily_budget, seasonal budget shifts, and the
 * runaway-spend anomaly, the planned flights and holdout weeks (flights.ts); then clicks and impressions from each platform's CPC and CTR.
 */
import { DAYS, dayOfDate } from "./calendar.ts";
import { flightFactors, type PlannedFlight } from "./flights.ts";
import type { Rng } from "./random.ts";
import type { Seasonality } from "./seasonality.ts";
import { type CampaignSpec, type OrgSpec, PAID_CHANNELS, type PaidChannel } from "./spec-types.ts";

/** A campaign with its id, scaled budget and active day range inside the simulated year. */
export interface PlannedCampaign extends CampaignSpec {
  id: number;
  /** First and last active day index, clamped to the simulated year. */
  firstDay: number;
  lastDay: number;
  /** Scaled daily budget from each day index on (ascending; the first starts at day 0). */
  budgetSteps: { day: number; dailyBudget: number }[];
}

export interface SpendPlan {
  campaigns: PlannedCampaign[];
  /** Per campaign (same order), per day: spend in cents-rounded currency, 0 when inactive. */
  spend: Float64Array[];
  clicks: Float64Array[];
  impressions: Float64Array[];
  /** Total spend per paid channel per day. */
  channelSpend: Record<PaidChannel, Float64Array>;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Resolve campaign ids, scaled budgets and active ranges from the spec. `dailyBudget` becomes the
 * budget in force on the last simulated day (what the campaigns table shows).
 */
export function planCampaigns(spec: OrgSpec, scale: number): PlannedCampaign[] {
  return spec.campaigns.map((c, i) => {
    const budgetSteps = [
      { day: 0, dailyBudget: round2(c.dailyBudget * scale) },
      ...(c.budgetChanges ?? []).map((b) => ({
        day: Math.max(0, dayOfDate(b.from)),
        dailyBudget: round2(b.dailyBudget * scale),
      })),
    ].sort((a, b) => a.day - b.day);
    const inForce = budgetSteps.filter((b) => b.day <= DAYS - 1);
    return {
      ...c,
      id: spec.campaignIdBase + i + 1,
      dailyBudget: inForce[inForce.length - 1]!.dailyBudget,
      firstDay: Math.max(0, dayOfDate(c.start)),
      lastDay: c.end === null ? DAYS - 1 : Math.min(DAYS - 1, dayOfDate(c.end)),
      budgetSteps,
    };
  });
}

/** A planned campaign's daily budget on day index `day`. */
export function budgetOn(c: PlannedCampaign, day: number): number {
  let budget = c.budgetSteps[0]!.dailyBudget;
  for (const step of c.budgetSteps) if (step.day <= day) budget = step.dailyBudget;
  return budget;
}

/**
 * Generate the spend, clicks and impressions of every campaign-day. A flight multiplies the spend
 * of its channel's campaigns after the day's draws, so the draws (and every day outside a flight)
 * are the same with or without flights.
 */
export function buildSpendPlan(
  spec: OrgSpec,
  scale: number,
  seasonality: Seasonality,
  rng: Rng,
  flights: readonly PlannedFlight[] = [],
): SpendPlan {
  const campaigns = planCampaigns(spec, scale);
  const flight = flightFactors(flights);
  const channelSpend = Object.fromEntries(PAID_CHANNELS.map((c) => [c, new Float64Array(DAYS)])) as Record<
    PaidChannel,
    Float64Array
  >;
  const runaway = new Map<string, { day: number; multiplier: number }>();
  for (const a of spec.anomalies) {
    if (a.kind === "runaway_spend")
      runaway.set(a.campaign, { day: dayOfDate(a.date), multiplier: a.multiplier });
  }
  const spend: Float64Array[] = [];
  const clicks: Float64Array[] = [];
  const impressions: Float64Array[] = [];
  for (const c of campaigns) {
    const platform = spec.platforms[c.platform];
    if (!platform) throw new Error(`campaign "${c.name}" uses unknown platform ${c.platform}`);
    const s = new Float64Array(DAYS);
    const k = new Float64Array(DAYS);
    const m = new Float64Array(DAYS);
    const evergreen = c.end === null;
    const spike = runaway.get(c.name);
    for (let d = c.firstDay; d <= c.lastDay; d++) {
      // Platforms under-deliver on most days and may overshoot a daily budget by up to ~20%.
      const pace = Math.min(1.2, Math.max(0.55, 0.92 + 0.07 * rng.normal()));
      const budget = budgetOn(c, d);
      let amount = budget * pace * (evergreen ? seasonality.budget[d]! : 1);
      if (spike && spike.day === d) amount = budget * spike.multiplier * (0.95 + 0.1 * rng.next());
      s[d] = round2(amount * flight[c.channel][d]!);
      // Auctions get pricier when everyone bids for the same peak demand.
      const cpc = platform.cpc * (1 + 0.35 * (seasonality.season[d]! - 1)) * rng.lognormalMean(1, 0.1);
      k[d] = Math.max(0, Math.round(s[d]! / cpc));
      m[d] = Math.round(k[d]! / (platform.ctr * rng.lognormalMean(1, 0.08)));
      channelSpend[c.channel][d] = channelSpend[c.channel][d]! + s[d]!;
    }
    spend.push(s);
    clicks.push(k);
    impressions.push(m);
  }
  return { campaigns, spend, clicks, impressions, channelSpend };
}
