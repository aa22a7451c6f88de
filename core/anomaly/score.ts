/**
 * The z-score of one day against a baseline. Counts whose expected value is small are scored by the
 * normal-equivalent of their negative-binomial tail probability (count-tail.ts); everything else by
 * (value - expected) / sigma on the scored scale, sigma with the Poisson floor of counts (and of
 * ratio numerators) and a tiny absolute floor so a flat history cannot divide by 0.
 */
import type { DayBaseline } from "./baseline.ts";
import { countTailZ } from "./count-tail.ts";
import type { Point, SeriesModel } from "./series-model.ts";

/** A day's score: z, the noise sd it was scored with (on the scored scale) and the baseline. */
export interface DayScore {
  z: number;
  sigma: number;
  base: DayBaseline;
}

/** Below this expected count the exact count tail is used; above it the sqrt scale is close to normal. */
const SMALL_COUNT = 30;

/** Sampling error (in variance units) of the pooled noise estimate on the sqrt scale, where Poisson noise has variance 1. */
const MAD_VARIANCE_SE = 0.18;

/**
 * Score `point` against `base` (a baseline of the model's scored values).
 * @example scoreDay(model, { value: 40 }, base).z; // -5.51
 */
export function scoreDay(model: SeriesModel, point: Point, base: DayBaseline): DayScore {
  const sigma = noiseFloor(model, base.sigma, base.expected, point);
  if (model.scale === "sqrt" && model.countAware && model.fromScale(base.expected) < SMALL_COUNT) {
    // Counts: the negative-binomial tail of the day's count, overdispersion phi from the noise
    // on the sqrt scale (Var 2 sqrt(X) = 1 + phi mu for a negative binomial).
    // The mean count (a sparse count's median is 0; the mean is the efficient estimator of a
    // Poisson mean): E[X] ~ (E[T] / 2)^2 - 3/8 for T = 2 sqrt(X + 3/8).
    const mu = model.fromScale(base.sameWeekdayMean);
    // sigma includes the uncertainty of the median (factor 1 + pi / 2n on the variance): take it
    // out to get one day's noise, count only overdispersion beyond the sampling error of the
    // pooled MAD (about 0.18 in variance for 13 weeks of differences; 3 standard errors), then add the
    // uncertainty of the mean of n days (1 / n) as extra variance.
    const n = base.sameWeekdayCount;
    const m = Math.max(mu, 1e-6);
    const overdispersion =
      Math.max(0, (sigma * sigma) / (1 + Math.PI / (2 * n)) - 1 - 3 * MAD_VARIANCE_SE) / m;
    const phi = ((m + overdispersion * m * m) * (1 + 1 / n) - m) / (m * m);
    return { z: countTailZ(point.value, mu, phi), sigma, base };
  }
  return { z: (model.toScale(point) - base.expected) / sigma, sigma, base };
}

/**
 * Apply the Poisson floor for counts and a tiny absolute floor so a flat history cannot divide by
 * 0. `expected` is on the scored scale.
 */
function noiseFloor(model: SeriesModel, sigma: number, expected: number, point: Point): number {
  let s = sigma;
  const logScale = model.scale === "log";
  const mean = logScale ? Math.exp(expected) : expected;
  if (model.scale === "sqrt") s = Math.max(s, 1);
  else if (model.countAware) {
    // Poisson: a count with mean mu has sd sqrt(mu) (sd 1 / sqrt(mu) of its log); a rate of counts
    // over a fixed denominator has sd sqrt(rate / denominator). At least one event's worth, so an
    // empty history still has a scale.
    const poisson =
      point.denominator === undefined
        ? logScale
          ? 1 / Math.sqrt(Math.max(mean, 1))
          : Math.sqrt(Math.max(mean, 1))
        : logScale
          ? 1 / Math.sqrt(Math.max(mean * point.denominator, 1))
          : Math.sqrt(Math.max(mean, 1 / point.denominator) / point.denominator);
    s = Math.max(s, poisson);
  }
  // Resolution: values rounded to a grid (platform conversions to 0.01) cannot show a change of
  // less than one step. On a series a few steps high (0.03 conversions a day) a single step is a
  // third of the level, yet the week-on-week noise of mostly identical values collapses, so one
  // step scored 6 sigma. One step of the expected value (of its numerator, for a ratio) is at
  // least one sd: negligible on any series hundreds of steps high.
  if (model.resolution > 0 && model.scale !== "sqrt") {
    const level = point.denominator === undefined ? mean : mean * point.denominator;
    const step = point.denominator === undefined ? model.resolution : model.resolution / point.denominator;
    s = Math.max(s, logScale ? model.resolution / Math.max(level, model.resolution) : step);
  }
  return Math.max(s, 1e-9 * Math.max(1, Math.abs(expected)));
}
