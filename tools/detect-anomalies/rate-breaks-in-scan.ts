/**
 * fix8f: a scan over a long period ("anything weird last quarter") also looks for rate breaks: a
 * run of days whose conversion rate (or any ratio of daily counts) sits apart from the days around
 * it (core/anomaly/rate-break.ts), overall and per channel. A broken landing page that halved paid
 * social's conversion rate for two weeks moves no single day far enough for the day detector, and
 * overall it is diluted by the other channels; per channel it is the biggest thing in the quarter.
 * The same test answers "why did the rate fall" (tools/explain-change/break-window.ts).
 */
import { findRateBreak, type RateBreak } from "../../core/anomaly/rate-break.ts";
import type { DailyRatio } from "../../core/anomaly/schemas.ts";
import { readMetricSeries } from "../../db/analytics/metric-series.ts";
import type { MetricShape } from "../../db/analytics/shape.ts";
import type { PlannedChangeWindow } from "../../db/repositories/planned-changes.ts";
import type { DateRange, Filter } from "../../semantic/query/types.ts";
import type { ToolDeps } from "../shared/deps.ts";

/** Shorter scans are about days; a break needs weeks on both sides to show. */
export const MIN_BREAK_SCAN_DAYS = 28;
/** Breaks reported per metric at most, biggest score first. */
const MAX_BREAKS = 3;
/**
 * fix13c: each window is set against the three weeks either side of it, never the whole scan: over
 * a year the rest differs from any stretch by its season, and a summer-long high (or most of a
 * year of an email channel's send days) outscored a two-week broken landing page.
 */
const FLANK_DAYS = 21;
/**
 * A scan searches about ten series at once (overall and each channel), so each is held to a floor
 * a steady rate's best window rarely reaches (the single-series floor is 8, near its 99th
 * percentile over three months): at 9.5, noise in one of the ten rarely reads as a break.
 */
const SCAN_MIN_SCORE = 9.5;

/** A rate break found by a scan: in which series of which metric. */
export interface ScanRateBreak extends RateBreak {
  metric: string;
  /** The dimension the series belongs to ("channel"), null for the overall series. */
  dimension: string | null;
  member: string | null;
  /**
   * The rate's numerator the window gained or lost against the rate outside it (orders, for a
   * conversion rate): how big the break was for the business, which orders breaks biggest first.
   */
  excess: number;
}

/**
 * A planned test (a flight or a holdout week) of the series' channel, or of any channel for the
 * overall series, that overlaps the window: the break is the test, known and not an anomaly.
 */
function planned(
  b: { from: string; to: string },
  member: string | null,
  windows: readonly PlannedChangeWindow[],
) {
  return windows.some(
    (w) => w.to !== null && (member === null || w.channel === member) && w.from <= b.to && w.to >= b.from,
  );
}

/** The planned tests of the series' channel (of any channel for the overall series), searched around. */
function plannedOf(member: string | null, windows: readonly PlannedChangeWindow[]) {
  return windows.flatMap((w) =>
    w.to !== null && (member === null || w.channel === member) ? [{ from: w.from, to: w.to }] : [],
  );
}

/**
 * The rate breaks of one ratio metric that start inside `period`, overall and per member of
 * `dimension` (the scan's own, else channel), biggest (most orders gained or lost) first, leaving
 * out breaks that are a planned test; [] for a value metric, a ratio of
 * currency (no count noise model) or a short period.
 */
export async function rateBreaksInScan(
  deps: ToolDeps,
  opts: {
    metric: string;
    shape: MetricShape;
    dimension: string | undefined;
    filters: Filter[];
    from: string;
    period: DateRange;
    through: string | null | undefined;
    planned: readonly PlannedChangeWindow[];
  },
): Promise<ScanRateBreak[]> {
  const { shape, period } = opts;
  if (shape.kind !== "ratio") return [];
  const counts = [shape.numerator, shape.denominator].every(
    (k) => deps.catalog.metrics.get(k)?.unit === "count",
  );
  if (!counts) return [];
  const to = opts.through && opts.through < period.to ? opts.through : period.to;
  const days = (Date.parse(to) - Date.parse(period.from)) / 86_400_000 + 1;
  if (days < MIN_BREAK_SCAN_DAYS) return [];
  // Per channel only where the metric is recorded by channel: email rates are per email campaign,
  // and asking them by channel failed the whole scan ("unsub rate spike anywhere?").
  const byChannel = deps.catalog.metrics.get(opts.metric)?.supportedDimensions.includes("channel") ?? false;
  const dimension = opts.dimension ?? (byChannel ? "channel" : undefined);
  const read = await readMetricSeries(deps, {
    metric: opts.metric,
    dimension,
    filters: opts.filters,
    from: opts.from,
    to,
  });
  const found: ScanRateBreak[] = [];
  for (const s of read.series) {
    const series = (s.series as DailyRatio[]).filter((d) => d.date <= to);
    const b = findRateBreak(series, {
      overlap: { from: period.from, to },
      startWithin: { from: period.from, to },
      flankDays: FLANK_DAYS,
      minScore: SCAN_MIN_SCORE,
      exclude: plannedOf(s.member, opts.planned),
    });
    if (!b || planned(b, s.member, opts.planned)) continue;
    const inside = series.filter((d) => d.date >= b.from && d.date <= b.to);
    const denominator = inside.reduce((a, d) => a + d.denominator, 0);
    found.push({
      ...b,
      metric: opts.metric,
      dimension: s.member === null ? null : (dimension ?? null),
      member: s.member,
      excess: (b.rateInside - b.rateOutside) * denominator,
    });
  }
  return found.sort((a, b) => Math.abs(b.excess) - Math.abs(a.excess)).slice(0, MAX_BREAKS);
}
