/**
 * fix15d: how much a series varies ("standard deviation of daily revenue in q3"): its count, mean,
 * sample standard deviation, and least and greatest values, for an answer that states the spread
 * with the mean beside it for scale.
 */
import { mean, sampleSd } from "./descriptive.ts";

/** The spread of a series of values. */
export interface Spread {
  /** Values counted. */
  n: number;
  mean: number;
  /** Sample standard deviation (n - 1); null below two values. */
  sd: number | null;
  /** The standard deviation over the mean; null when either is missing or the mean is 0. */
  cv: number | null;
  min: number;
  max: number;
}

/**
 * The spread of the finite values, or null when there are none.
 * @example spreadOf([2, 4, 4, 4, 5, 5, 7, 9]) // { n: 8, mean: 5, sd: 2.138..., cv: 0.4276..., min: 2, max: 9 }
 */
export function spreadOf(values: readonly number[]): Spread | null {
  const xs = values.filter((v) => Number.isFinite(v));
  if (!xs.length) return null;
  const m = mean(xs);
  const sd = xs.length >= 2 ? sampleSd(xs) : null;
  return {
    n: xs.length,
    mean: m,
    sd,
    cv: sd !== null && m !== 0 ? sd / Math.abs(m) : null,
    min: Math.min(...xs),
    max: Math.max(...xs),
  };
}
