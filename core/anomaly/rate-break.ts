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
    for (let b = a + o.minDays - 1; b < n; b++) {
      if (o.overlap && series[b]!.date < o.overlap.from) continue;
      const xi = num[b + 1]! - num[a]!;
      const di = den[b + 1]! - den[a]!;
      const xo = X - xi;
      const dOut = D - di;
      if (di <= 0 || dOut <= 0) continue;
      if (di / (b - a + 1) < minDailyDenominator) continue;
      const score = term(xi, p * di) + term(xo, p * dOut);
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
      };
    }
  }
  if (!best || best.score < o.minScore || Math.abs(best.relativeChange) < o.minChange) return undefined;
  return best;
}
