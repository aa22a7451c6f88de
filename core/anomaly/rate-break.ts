/**
 * When did a rate break? "Why did paid social's conversion rate fall off a cliff in August" is
 * answered first by *when*: the run of days whose rate sits apart from the days around it. The
 * rate is a ratio of daily counts (orders over sessions), so each candidate window [a, b] is
 * scored by the Poisson log-likelihood ratio of "the window has its own rate" against "one rate
 * throughout" (the epidemic change-point model: a break and a recovery, Levin & Kline 1985),
 * which weighs a small day's noise less than a large one's. The best-scoring window wins; it is
 * reported only when it clears the score floor and moved the rate by a material share.
 */
import type { DailyRatio } from "./schemas.ts";

/** A window of days whose rate stands apart from the rest of the scanned days. */
export interface RateBreak {
  from: string;
  to: string;
  days: number;
  /** Summed numerator over summed denominator inside the window and outside it. */
  rateInside: number;
  rateOutside: number;
  /** rateInside / rateOutside - 1 (-0.55: 55% lower inside). */
  relativeChange: number;
  /** Whether scanned days follow the window (the rate came back, as far as the data shows). */
  recovered: boolean;
  /** Poisson log-likelihood ratio of the window's own rate against one rate throughout. */
  score: number;
  /** "around": rateOutside is the rate of the days either side of the window (flankDays), not of all the rest. */
  comparedWith?: "around";
}

/** How a window is searched for and when it counts. */
export interface RateBreakOptions {
  /** Shortest window, in days (a single odd day is the anomaly detector's business). */
  minDays?: number;
  /** The window must overlap these days (the period the question asks about). */
  overlap?: { from: string; to: string };
  /** The window must start within these days (when it broke is in or just before the period). */
  startWithin?: { from: string; to: string };
  /** Smallest score reported. */
  minScore?: number;
  /** Smallest |relativeChange| reported. */
  minChange?: number;
  /**
   * Smallest share of the scanned days' average daily denominator a window must have per day. A
   * window of near-empty days (an email channel's 4 visits a day between sends, against hundreds
   * on send days) has a rate that rests on a handful of orders credited from other days' visits:
   * it is thin traffic, not a broken rate, and read as one it headlined a scan.
   */
  minTrafficShare?: number;
  /**
   * Compare each window with up to this many days on each side of it, not with every other day,
   * and search windows of at most this many days. Over a long scan the rest of the year differs
   * from any stretch by its season: against all of it, a summer-long high (or most of a year of
   * an email channel's send days) outscored a two-week break the days around it show plainly.
   */
  flankDays?: number;
  /** Windows overlapping these days are not searched (planned tests: known, not anomalies). */
  exclude?: readonly { from: string; to: string }[];
}

/**
 * minScore 8: the best window of a steady Poisson rate over three months scores under 8 in about
 * 98 runs of 100 (simulated at 1.5, 5 and 20 events a day: 95th percentile near 7, 99th near 8.7),
 * so a reported window is rarely noise; minChange 0.2 keeps a real but small drift out;
 * minTrafficShare 0.25: a window with under a quarter of the usual daily traffic is thin, not broken.
 */
const DEFAULTS = { minDays: 4, minScore: 8, minChange: 0.2, minTrafficShare: 0.25 };

/** x ln(x / m), 0 when x is 0: one group's term of the Poisson log-likelihood ratio. */
function term(x: number, m: number): number {
  return x > 0 && m > 0 ? x * Math.log(x / m) : 0;
}

/**
 * The window of at least `minDays` days (overlapping `overlap`) whose rate is furthest, by the
 * likelihood ratio, from the rest's; undefined when none clears the floors or the series has no
 * denominator.
 * @example findRateBreak(days, { overlap: { from: "2026-08-01", to: "2026-08-31" } })
 */
export function findRateBreak(
  series: readonly DailyRatio[],
  options: RateBreakOptions = {},
): RateBreak | undefined {
  const o = { ...DEFAULTS, ...options };
  const n = series.length;
  const num = [0];
  const den = [0];
  for (const d of series) {
    num.push(num[num.length - 1]! + d.numerator);
    den.push(den[den.length - 1]! + d.denominator);
  }
  const X = num[n]!;
  const D = den[n]!;
  if (D <= 0 || X <= 0) return undefined;
  const p = X / D;
  const minDailyDenominator = (o.minTrafficShare * D) / n;
  let best: RateBreak | undefined;
  for (let a = 0; a < n; a++) {
    if (o.overlap && series[a]!.date > o.overlap.to) break;
    if (o.startWithin && (series[a]!.date < o.startWithin.from || series[a]!.date > o.startWithin.to))
      continue;
    const last = o.flankDays ? Math.min(n - 1, a + o.flankDays - 1) : n - 1;
    for (let b = a + o.minDays - 1; b <= last; b++) {
      if (o.overlap && series[b]!.date < o.overlap.from) continue;
      if (o.exclude?.some((w) => w.from <= series[b]!.date && w.to >= series[a]!.date)) continue;
      const xi = num[b + 1]! - num[a]!;
      const di = den[b + 1]! - den[a]!;
      // The days compared with: all the rest, or the flanks either side (cut at the series' ends).
      const lo = o.flankDays ? Math.max(0, a - o.flankDays) : 0;
      const hi = o.flankDays ? Math.min(n, b + 1 + o.flankDays) : n;
      const xo = num[hi]! - num[b + 1]! + num[a]! - num[lo]!;
      const dOut = den[hi]! - den[b + 1]! + den[a]! - den[lo]!;
      if (di <= 0 || dOut <= 0) continue;
      if (o.flankDays && hi - lo - (b - a + 1) < o.flankDays) continue;
      if (di / (b - a + 1) < minDailyDenominator) continue;
      const pooled = o.flankDays ? (xi + xo) / (di + dOut) : p;
      const score = term(xi, pooled * di) + term(xo, pooled * dOut);
      // A window and its complement can score alike (a level change at the end): the shorter one
      // is the departure, the longer the normal it departed from.
      const days = b - a + 1;
      if (best && (score < best.score - 1e-9 || (score <= best.score + 1e-9 && days >= best.days))) continue;
      const rateInside = xi / di;
      const rateOutside = xo / dOut;
      best = {
        from: series[a]!.date,
        to: series[b]!.date,
        days,
        rateInside,
        rateOutside,
        relativeChange: rateOutside > 0 ? rateInside / rateOutside - 1 : 0,
        recovered: b < n - 1,
        score,
        ...(o.flankDays ? { comparedWith: "around" as const } : {}),
      };
    }
  }
  if (!best || best.score < o.minScore || Math.abs(best.relativeChange) < o.minChange) return undefined;
  return best;
}
