/**
 * Planned spend tests: budget flights and holdout weeks, the way advertisers make their response
 * curves measurable. A history where every channel spends about the same every day shows each
 * curve at one point; stepping one channel up or down by 30-50% for 2-3 weeks, or pausing it for
 * a week, shows it at other points while the rest of the mix stays put (one channel at a time:
 * the spec's windows never overlap).
 *
 * The spec fixes each test's channel, kind and window; the seed draws its start Monday, its
 * length (a flight 2 or 3 weeks, a holdout 1) and its size (30-50%), from a stream of its own so
 * no other draw of the simulator moves. The spend plan multiplies the channel's campaigns by the
 * factor on those days, so the true response, the ground truth and the planned-changes table the
 * seeder fills all follow the same flights.
 */
import { DAYS, dateOfDay, dayOfDate, weekdayOfDay } from "./calendar.ts";
import { Rng } from "./random.ts";
import {
  CHANNEL_LABELS,
  type FlightSpec,
  type OrgSpec,
  PAID_CHANNELS,
  type PaidChannel,
} from "./spec-types.ts";

/** One planned spend test as it ran. */
export interface PlannedFlight {
  channel: PaidChannel;
  kind: FlightSpec["kind"];
  /** First and last local date (inclusive). */
  from: string;
  to: string;
  /** Spend multiplier of the channel's campaigns on those days: 0 for a holdout. */
  factor: number;
  /** The expected spend change in percent (e.g. -40, +35, -100). */
  expectedChangePercent: number;
  /** What a marketer would write in the plan. */
  note: string;
}

/**
 * The flights of one organization for a seed, in the spec's order. Throws when a window is too
 * short to hold a one-week test (a spec error).
 * @example planFlights(ACME, 42)[0]; // { channel: "paid_social", kind: "up", from: "2026-06-01", ... }
 */
export function planFlights(spec: OrgSpec, seed: number): PlannedFlight[] {
  const rng = new Rng(seed, `${spec.slug}:flights`);
  return (spec.flights ?? []).map((f) => {
    // Draw every number first, so a window's length never changes the draws of later flights.
    const wantWeeks = f.kind === "holdout" ? 1 : 2 + rng.int(2);
    const size = Math.round((0.3 + 0.2 * rng.next()) * 100) / 100;
    const pick = rng.next();
    const last = dayOfDate(f.window.to);
    const mondays: number[] = [];
    for (let day = dayOfDate(f.window.from); day <= last; day++)
      if (weekdayOfDay(day) === 1) mondays.push(day);
    // A window too short for the drawn length gets the longest test it holds.
    let weeks = wantWeeks;
    let starts: number[] = [];
    for (; weeks >= 1; weeks--) {
      starts = mondays.filter((m) => m + 7 * weeks - 1 <= last);
      if (starts.length > 0) break;
    }
    const start = starts[Math.floor(pick * starts.length)];
    if (start === undefined)
      throw new Error(
        `${spec.slug}: flight window ${f.window.from}..${f.window.to} holds no Monday-to-Sunday week`,
      );
    const from = dateOfDay(start);
    const to = dateOfDay(start + 7 * weeks - 1);
    const factor = f.kind === "holdout" ? 0 : Math.round((f.kind === "up" ? 1 + size : 1 - size) * 100) / 100;
    const expectedChangePercent = Math.round((factor - 1) * 100);
    const label = CHANNEL_LABELS[f.channel];
    const note =
      f.kind === "holdout"
        ? `Holdout week: ${label} paused to measure what it adds (planned test)`
        : `Budget flight: ${label} spend ${f.kind === "up" ? "raised" : "cut"} ${Math.abs(expectedChangePercent)}% for ${weeks} weeks to measure its response curve (planned test)`;
    return { channel: f.channel, kind: f.kind, from, to, factor, expectedChangePercent, note };
  });
}

/** Per paid channel and day index: the flights' spend multiplier (1 outside every flight). */
export function flightFactors(flights: readonly PlannedFlight[]): Record<PaidChannel, Float64Array> {
  const out = Object.fromEntries(PAID_CHANNELS.map((c) => [c, new Float64Array(DAYS).fill(1)])) as Record<
    PaidChannel,
    Float64Array
  >;
  for (const f of flights) {
    const series = out[f.channel];
    for (let d = Math.max(0, dayOfDate(f.from)); d <= Math.min(DAYS - 1, dayOfDate(f.to)); d++)
      series[d] = series[d]! * f.factor;
  }
  return out;
}
