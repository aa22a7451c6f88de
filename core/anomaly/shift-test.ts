/**
 * The sustained-shift test: a window of `shiftWindowDays` consecutive days is scored as a whole
 * against the baseline of the weeks before the window (z = sum of the days' z / sqrt(days), each
 * day's z clipped so one extreme day stays a day anomaly; one day per weekday so the baseline
 * errors are independent). Overlapping flagged windows of one direction are reported as one
 * anomaly of kind "shift" over their span.
 *
 * With reference "both" a window is also scored against the weeks after it, where the series has
 * them, as the day test does: a window plainly consistent with them (z against them below half the
 * threshold, or of the other sign) marks a new level (a season, a new budget moving a platform's
 * conversion rate), not a passing shift, and is dropped. Half the threshold, not the full one,
 * because the weeks right after an early window of a multi-week shift still hold part of it. A
 * shift at the end of the data (no weeks after it yet) is reported on the weeks before alone.
 */
import { type Anomaly, flagged } from "./anomaly.ts";
import { dayBaseline } from "./baseline.ts";
import { MIN_LEADING_WEEKS } from "./day-test.ts";
import type { AnomalyOptions } from "./schemas.ts";
import { scoreDay } from "./score.ts";
import type { SeriesModel } from "./series-model.ts";

/** Each day's z is clipped to +/- this in the shift test (robust to a single outlying day). */
const SHIFT_CLIP = 2.5;

interface WindowDay {
  day: number;
  expected: number;
  sigma: number;
  /** One day's noise sd of the baseline before the window (lends it to a too-short one after). */
  noise: number;
}

interface Win {
  start: number;
  end: number;
  z: number;
  days: WindowDay[];
}

const clip = (z: number) => Math.max(-SHIFT_CLIP, Math.min(SHIFT_CLIP, z));

/**
 * Flag windows of the scored days (ascending day numbers) from..to and merge them into spans.
 * @example scanShifts(model, opts, from, to, scored)[0]; // { kind: "shift", date: "2026-08-10", to: "2026-08-22", ... }
 */
export function scanShifts(
  model: SeriesModel,
  opts: AnomalyOptions,
  from: number,
  to: number,
  scored: readonly number[],
): Anomaly[] {
  const w = opts.shiftWindowDays;
  const isScored = new Set(scored);
  const absolute = model.scale !== "linear";
  // Most of a window must be scored (known events and missing days may take a few).
  const minDays = Math.ceil((2 * w) / 3);
  const wins: Win[] = [];
  for (let end = from + w - 1; end <= to; end++) {
    const start = end - w + 1;
    const days: WindowDay[] = [];
    let sum = 0;
    for (let day = start; day <= end; day++) {
      if (!isScored.has(day)) continue;
      const base = dayBaseline(model.values, day, opts.trailingWeeks, opts.minHistoryWeeks, {
        direction: -1,
        lo: model.regime(day).lo,
        hi: start - 1,
        absolute,
      });
      if (!base) continue;
      const s = scoreDay(model, model.points.get(day)!, base);
      sum += clip(s.z);
      days.push({ day, expected: base.expected, sigma: s.sigma, noise: base.noise });
    }
    if (days.length < minDays) continue;
    const z = sum / Math.sqrt(days.length);
    if (Math.abs(z) < opts.threshold) continue;
    if (opts.reference === "both" && newLevel(model, opts, end, days, z, minDays)) continue;
    wins.push({ start, end, z, days });
  }
  return mergeWindows(wins).map((span) => spanAnomaly(model, opts, span));
}

/** Whether a window flagged against the weeks before it is plainly consistent with the weeks after it. */
function newLevel(
  model: SeriesModel,
  opts: AnomalyOptions,
  end: number,
  days: readonly WindowDay[],
  z: number,
  minDays: number,
): boolean {
  let sum = 0;
  let n = 0;
  for (const { day, noise } of days) {
    const lead = dayBaseline(
      model.values,
      day,
      opts.trailingWeeks,
      Math.min(MIN_LEADING_WEEKS, opts.minHistoryWeeks),
      {
        direction: 1,
        lo: end + 1,
        hi: model.regime(day).hi,
        absolute: model.scale !== "linear",
        fallbackNoise: noise,
      },
    );
    if (!lead) continue;
    sum += clip(scoreDay(model, model.points.get(day)!, lead).z);
    n += 1;
  }
  if (n < minDays) return false;
  const after = sum / Math.sqrt(n);
  return Math.sign(after) !== Math.sign(z) || Math.abs(after) < opts.threshold / 2;
}

/** Overlapping or adjacent windows of one direction as one span (the largest |z| is its score). */
function mergeWindows(wins: readonly Win[]): Win[] {
  const spans: Win[] = [];
  for (const f of wins) {
    const last = spans[spans.length - 1];
    if (last && f.start <= last.end + 1 && Math.sign(f.z) === Math.sign(last.z)) {
      last.end = f.end;
      if (Math.abs(f.z) > Math.abs(last.z)) last.z = f.z;
      for (const d of f.days) if (!last.days.some((x) => x.day === d.day)) last.days.push(d);
    } else spans.push({ ...f, days: [...f.days] });
  }
  return spans;
}

function spanAnomaly(model: SeriesModel, opts: AnomalyOptions, span: Win): Anomaly {
  const ps = span.days.map((d) => model.points.get(d.day)!);
  const n = ps.length;
  const numerator = ps.reduce((a, p) => a + (p.numerator ?? 0), 0);
  const denominator = ps.reduce((a, p) => a + (p.denominator ?? 0), 0);
  // Ratio metrics: the span's ratio of sums; others: the mean day.
  const point = model.isRatio
    ? { value: numerator / denominator, numerator, denominator }
    : { value: ps.reduce((a, p) => a + p.value, 0) / n };
  return flagged(model, opts.threshold, {
    kind: "shift",
    from: span.start,
    to: span.end,
    z: span.z,
    level: span.days.reduce((a, d) => a + d.expected, 0) / n,
    sigma: span.days.reduce((a, d) => a + d.sigma, 0) / n / Math.sqrt(Math.min(n, opts.shiftWindowDays)),
    point,
  });
}
