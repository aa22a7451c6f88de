/**
 * The conversion-rate-drop anomaly ("broken landing page for paid social traffic"): inside the
 * window, visits from the affected channel convert at `factor` times their normal rate. Two parts
 * make that true in the data:
 * - the channel's own incremental first orders are scaled by `factor` in the plan (so its true
 *   incremental orders and its platform-reported conversions fall too);
 * - every other order in the window (baseline demand, other channels' incremental orders, repeats)
 *   whose converting touch (the customer's latest touch before it, after their previous order, as
 *   last-touch attribution sees it) is on the channel is lost with probability 1 - factor, drawn in
 *   journeys.ts. A lost first order means the customer never became one: no repeats follow.
 * This file holds the per-day factors and the expected orders the second part loses, which the
 * ground truth subtracts. The expectation takes the chance that an order's converting touch is on
 * the channel as the channel's share of that day's sessions (a journey's latest touch is drawn from
 * the day's touch mix), for repeats times the chance of a journey touch that is not email's.
 */
import { DAYS, dayOfDate } from "./calendar.ts";
import { type ChannelKey, type OrgSpec, PAID_CHANNELS, type PaidChannel } from "./spec-types.ts";

/** Per paid channel and day: 1, or the factor of a conversion-rate drop covering the day. */
export type ConversionFactors = Record<PaidChannel, Float64Array>;

/** Expected orders lost to conversion-rate drops beyond the affected channel's own incremental shortfall. */
export interface DropLosses {
  /** First orders lost per day, by cause. */
  firstBaseline: Float64Array;
  firstIncremental: Record<PaidChannel, Float64Array>;
  /** Repeat orders lost per day (none of them caused by email). */
  repeats: Float64Array;
  /** All of the above per day, by the dropped channel whose visits failed to convert. */
  byChannel: Record<PaidChannel, Float64Array>;
}

const perChannel = (fill: number) =>
  Object.fromEntries(PAID_CHANNELS.map((c) => [c, new Float64Array(DAYS).fill(fill)])) as Record<
    PaidChannel,
    Float64Array
  >;

/**
 * 1 everywhere except inside a conversion-rate-drop window (overlapping drops of one channel multiply).
 * @example conversionRateFactors(ACME).paid_social[dayOfDate("2026-08-15")]; // 0.45
 */
export function conversionRateFactors(spec: OrgSpec): ConversionFactors {
  const out = perChannel(1);
  for (const a of spec.anomalies) {
    if (a.kind !== "conversion_rate_drop") continue;
    for (let d = Math.max(0, dayOfDate(a.from)); d <= Math.min(DAYS - 1, dayOfDate(a.to)); d++) {
      out[a.channel][d] = out[a.channel][d]! * a.factor;
    }
  }
  return out;
}

/**
 * Per dropped channel and day, the chance that an order's converting touch is on the channel times
 * the share of such orders lost: share of the day's sessions x (1 - factor); 0 outside its drops.
 */
export function lossRates(
  factors: ConversionFactors,
  sessions: Record<ChannelKey, Float64Array>,
): ConversionFactors {
  const rates = perChannel(0);
  for (let d = 0; d < DAYS; d++) {
    if (PAID_CHANNELS.every((c) => factors[c][d]! >= 1)) continue;
    let total = 0;
    for (const s of Object.values(sessions)) total += s[d]!;
    if (total <= 0) continue;
    for (const c of PAID_CHANNELS) rates[c][d] = (sessions[c][d]! / total) * (1 - factors[c][d]!);
  }
  return rates;
}

/** Expected first orders lost per day and cause, and by dropped channel (see the file comment). */
export function expectedFirstOrderLosses(
  rates: ConversionFactors,
  baseline: Float64Array,
  incremental: Record<PaidChannel, Float64Array>,
): Omit<DropLosses, "repeats"> {
  const firstBaseline = new Float64Array(DAYS);
  const firstIncremental = perChannel(0);
  const byChannel = perChannel(0);
  for (let d = 0; d < DAYS; d++) {
    for (const dropped of PAID_CHANNELS) {
      const rate = rates[dropped][d]!;
      if (rate === 0) continue;
      firstBaseline[d] = firstBaseline[d]! + baseline[d]! * rate;
      byChannel[dropped][d] = byChannel[dropped][d]! + baseline[d]! * rate;
      // An incremental order of the dropped channel itself is scaled in the plan instead.
      for (const c of PAID_CHANNELS) {
        if (c === dropped) continue;
        firstIncremental[c][d] = firstIncremental[c][d]! + incremental[c][d]! * rate;
        byChannel[dropped][d] = byChannel[dropped][d]! + incremental[c][d]! * rate;
      }
    }
  }
  return { firstBaseline, firstIncremental, byChannel };
}

/**
 * Expected repeat orders lost per day (added to `byChannel`): a repeat journey has a touch with
 * probability 1 - exp(-meanTouches); an email-caused repeat's converting touch is its email click.
 */
export function expectedRepeatLosses(
  rates: ConversionFactors,
  repeats: Float64Array,
  emailShare: Float64Array,
  meanTouches: number,
  byChannel: Record<PaidChannel, Float64Array>,
): Float64Array {
  const withTouch = 1 - Math.exp(-meanTouches);
  const lost = new Float64Array(DAYS);
  for (let d = 0; d < DAYS; d++) {
    for (const c of PAID_CHANNELS) {
      const x = repeats[d]! * withTouch * (1 - emailShare[d]!) * rates[c][d]!;
      lost[d] = lost[d]! + x;
      byChannel[c][d] = byChannel[c][d]! + x;
    }
  }
  return lost;
}
