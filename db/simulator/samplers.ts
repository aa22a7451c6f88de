/**
 * Lookup tables that turn the day-level plan into per-customer draws: when first orders happen
 * and why, which channel a touch on a given day comes from, which campaign a paid click belongs
 * to, and local times of day. Built once per organization; all are flat typed arrays.
 */
import { DAYS } from "./calendar.ts";
import type { OrgPlan } from "./plan.ts";
import { cumulative } from "./random.ts";
import { CHANNEL_KEYS, PAID_CHANNELS, type PaidChannel } from "./spec-types.ts";

/** Causes of a first order: index 0 is baseline demand, then PAID_CHANNELS in order. */
export const FIRST_ORDER_CAUSES = ["baseline", ...PAID_CHANNELS] as const;

/** Share of touches and orders by local hour: low at night, peaks at lunch and in the evening. */
const HOURLY = [
  0.6, 0.35, 0.2, 0.15, 0.15, 0.25, 0.6, 1.1, 1.5, 1.7, 1.8, 1.9, 2.1, 2.0, 1.8, 1.7, 1.7, 1.8, 2.0, 2.3, 2.5,
  2.3, 1.7, 1.1,
];

export interface Samplers {
  /** Day-major cumulative weights over (day, cause) of expected first orders. */
  firstOrder: Float64Array;
  /** Day-major cumulative weights over (day, channel in CHANNEL_KEYS order) of sessions. */
  touchMix: Float64Array;
  /** Cumulative weights over days of all sessions (when browsing customers arrive). */
  arrival: Float64Array;
  /** Per paid channel: its campaign indexes and day-major cumulative clicks over them. */
  campaignsByChannel: Record<PaidChannel, { campaigns: number[]; cumulative: Float64Array }>;
  /** Per paid channel: the latest day <= d with clicks, or -1. */
  lastActiveDay: Record<PaidChannel, Int32Array>;
  hour: Float64Array;
}

/** Build every sampler of a plan. */
export function buildSamplers(plan: OrgPlan): Samplers {
  const k = FIRST_ORDER_CAUSES.length;
  const firstWeights = new Float64Array(DAYS * k);
  const mixWeights = new Float64Array(DAYS * CHANNEL_KEYS.length);
  const arrivalWeights = new Float64Array(DAYS);
  for (let d = 0; d < DAYS; d++) {
    firstWeights[d * k] = plan.baseline[d]!;
    PAID_CHANNELS.forEach((c, j) => {
      firstWeights[d * k + j + 1] = plan.incremental[c][d]!;
    });
    CHANNEL_KEYS.forEach((c, j) => {
      mixWeights[d * CHANNEL_KEYS.length + j] = plan.sessions[c][d]!;
      arrivalWeights[d] = arrivalWeights[d]! + plan.sessions[c][d]!;
    });
  }
  const campaignsByChannel = {} as Samplers["campaignsByChannel"];
  const lastActiveDay = {} as Samplers["lastActiveDay"];
  for (const channel of PAID_CHANNELS) {
    const idx = plan.spend.campaigns.flatMap((c, i) => (c.channel === channel ? [i] : []));
    const w = new Float64Array(DAYS * idx.length);
    const last = new Int32Array(DAYS).fill(-1);
    let prev = -1;
    for (let d = 0; d < DAYS; d++) {
      let total = 0;
      idx.forEach((ci, j) => {
        w[d * idx.length + j] = plan.spend.clicks[ci]![d]!;
        total += plan.spend.clicks[ci]![d]!;
      });
      if (total > 0) prev = d;
      last[d] = prev;
    }
    campaignsByChannel[channel] = { campaigns: idx, cumulative: cumulative(w) };
    lastActiveDay[channel] = last;
  }
  return {
    firstOrder: cumulative(firstWeights),
    touchMix: cumulative(mixWeights),
    arrival: cumulative(arrivalWeights),
    campaignsByChannel,
    lastActiveDay,
    hour: cumulative(HOURLY),
  };
}
