/**
 * Fits one channel's incremental response: captured incremental new-customer orders per day
 * (exposure-credit.ts) = scale x demand_t x Hill(adstock_t), the demand index (demand-index.ts)
 * controlling for busy and quiet days.
 *
 * Shape. The curvature of a response curve shows only in how the outcome bends as spend moves, and
 * a channel's spend rarely moves far: on the demo shops (daily spend varying by 13-36%, a few
 * incremental orders a day) a straight line and any Hill curve fit the captured series equally
 * well (likelihood-ratio statistic 0.3-3). So the curve starts from the usual media-mix prior, a
 * concave Hill (alpha 1) whose half-saturation is the channel's average adstocked spend level (as
 * Meridian's default prior on half-saturation), and takes the free Hill shape only when the data
 * reject the prior decisively: likelihood-ratio statistic above 9.21, the 1% point of a chi-square
 * with 2 degrees of freedom (half-saturation and alpha, at the prior's carry-over). Carry-over is
 * chosen by least squares on the prior shape; at a constant spend it cancels out of the prior
 * curve, so only fit quality depends on it.
 */
import { mean } from "../stats/descriptive.ts";
import { nelderMead } from "../stats/nelder-mead.ts";
import type { FittedResponse } from "./fit.ts";
import { type FitOptions, fitRefusal, type Refusal, trainingDays } from "./fit-checks.ts";
import { rangeErrors } from "./fit-errors.ts";
import { AdstockCache, decodeParams, predict, type ShapeFit } from "./fit-families.ts";
import { type CachedData, fitAt, gridSse } from "./fit-search.ts";
import { fittedModel } from "./fitted-model.ts";

/** 1% critical value of a chi-square with 2 degrees of freedom. */
export const CURVATURE_LR_CRITICAL = 9.21;

/** Largest half-saturation, in multiples of the highest adstocked level seen, a data shape may have. */
export const MAX_K_OVER_LEVEL = 2;

// Carry-over values tried for the prior shape: 0 to 0.9 in steps of 0.1 (each costs a pass over
// the data; the free fit refines carry-over anyway).
const PRIOR_THETAS = Array.from({ length: 10 }, (_, i) => i / 10);
// The free fit's start grid, at the prior's carry-over: half-saturation 0.3 to 5 times the average
// adstocked level, alpha 0.8 to 2.2 (the attributed fit's Hill grid).
const FREE_K_REL = [0.3, 0.6, 1.2, 2.5, 5];
const FREE_ALPHA = [0.8, 1.3, 2.2];
// Nelder-Mead budget of the free fit (2 coordinates), sized with the grids so 50 channels fit in
// well under 200 ms.
const FREE_ITERATIONS = 30;

/** What decided the shape of an incremental curve. */
export interface IncrementalEvidence {
  /** "prior": concave Hill, half-saturation at the average adstocked spend; "data": the free Hill fit. */
  shape: "prior" | "data";
  /** Likelihood-ratio statistic of the free Hill shape against the prior (chi-square, 2 df). */
  curvatureLr: number;
}

/** A fitted incremental response, in captured incremental orders per day (before calibration). */
export interface IncrementalResponse extends FittedResponse {
  evidence: IncrementalEvidence;
}

/** Outcome of {@link fitIncremental}. */
export type IncrementalOutcome = { status: "fitted"; model: IncrementalResponse } | Refusal;

/** One channel's aligned daily series. */
export interface IncrementalSeries {
  spend: readonly number[];
  /** Captured incremental new-customer orders per day (may be negative). */
  captured: readonly number[];
  /** Demand index per day (mean about 1). */
  demand: ArrayLike<number>;
  firstDate: string;
  lastDate: string;
}

type Fitted = { params: number[]; fit: ShapeFit };

/** The best prior-shape fit over days [0, n): only the carry-over and the scale are free. */
function priorFit(data: CachedData, n: number): Fitted {
  let best: Fitted | undefined;
  for (const theta of PRIOR_THETAS) {
    // Search coordinates [theta, ln kRel, ln alpha] = [theta, 0, 0]: kRel 1, alpha 1.
    const params = [theta, 0, 0];
    const fit = fitAt("hill", data, n, params);
    if (!best || fit.sse < best.fit.sse) best = { params, fit };
  }
  return best!;
}

/** Best free-Hill grid point over days [0, n) at carry-over `theta`. */
function freeGrid(data: CachedData, n: number, theta: number): Fitted {
  const points = FREE_K_REL.flatMap((kRel) =>
    FREE_ALPHA.map((alpha) => [theta, Math.log(kRel), Math.log(alpha)]),
  );
  const sse = gridSse("hill", data, n, points);
  let best = 0;
  for (let i = 1; i < points.length; i++) if (sse[i]! < sse[best]!) best = i;
  return { params: points[best]!, fit: fitAt("hill", data, n, points[best]!) };
}

/**
 * True when the free fit's half-saturation is within reach of the data: at most
 * MAX_K_OVER_LEVEL times the highest adstocked level seen. Beyond it the data saw only the foot
 * of the curve, a power law whose continuation (unbounded growth when alpha > 1) they cannot
 * support, however well it fits the days seen.
 */
function saturationInView(data: CachedData, params: readonly number[]): boolean {
  const sp = decodeParams("hill", params, data.meanSpend);
  let top = 0;
  for (const z of data.cache.levelsFor(sp.theta)) top = Math.max(top, z);
  return sp.k <= MAX_K_OVER_LEVEL * top;
}

/**
 * The free Hill fit over days [0, n) at the prior's carry-over: half-saturation and alpha free, so
 * the prior is the free model with both fixed and the likelihood ratio has exactly 2 degrees of
 * freedom (and every evaluation reuses the carry-over's cached adstock).
 */
function freeFit(data: CachedData, n: number, theta: number): Fitted {
  const start = freeGrid(data, n, theta).params;
  const at = (p: readonly number[]) => fitAt("hill", data, n, [theta, p[0]!, p[1]!]);
  const { point } = nelderMead((p) => at(p).sse, start.slice(1), {
    steps: [0.4, 0.3],
    maxIterations: FREE_ITERATIONS,
  });
  return { params: [theta, point[0]!, point[1]!], fit: at(point) };
}

/** Prior or free fit over days [0, n), whichever the likelihood-ratio test picks. */
function chooseFit(data: CachedData, n: number) {
  const prior = priorFit(data, n);
  const free = freeFit(data, n, prior.params[0]!);
  // Residual variance of the larger model: 4 parameters (theta, k, alpha, scale).
  const sigma2 = free.fit.sse / Math.max(1, n - 4);
  const curvatureLr = sigma2 > 0 ? Math.max(0, (prior.fit.sse - free.fit.sse) / sigma2) : 0;
  const useData =
    curvatureLr > CURVATURE_LR_CRITICAL && free.fit.scale > 0 && saturationInView(data, free.params);
  return {
    ...(useData ? free : prior),
    shape: useData ? ("data" as const) : ("prior" as const),
    curvatureLr,
  };
}

/**
 * The chosen shape refitted on days [0, nTrain) for the holdout: the prior's carry-over grid, or
 * for a data shape the free grid (unpolished, as the attributed fit compares families on grid fits).
 */
function trainFit(data: CachedData, nTrain: number, shape: "prior" | "data"): Fitted {
  const prior = priorFit(data, nTrain);
  return shape === "prior" ? prior : freeGrid(data, nTrain, prior.params[0]!);
}

/**
 * Fit one channel's captured incremental orders. Deterministic. Refuses like the attributed fit
 * (too few days, no spend, spend that barely varied) and when nothing incremental remains.
 * @example
 * const out = fitIncremental({ spend, captured, demand, firstDate: "2026-05-05", lastDate: "2026-10-31" });
 * if (out.status === "fitted") out.model.evidence; // { shape: "prior", curvatureLr: 1.1 }
 */
export function fitIncremental(series: IncrementalSeries, options: FitOptions = {}): IncrementalOutcome {
  const refusal = fitRefusal(series.spend, options);
  if (refusal) return refusal;
  const n = series.spend.length;
  const data: CachedData = {
    spend: series.spend,
    revenue: series.captured,
    meanSpend: mean(series.spend),
    demand: series.demand,
    cache: new AdstockCache(series.spend),
  };
  const final = chooseFit(data, n);
  if (final.fit.scale <= 0) {
    return {
      status: "refused",
      code: "no_response",
      reason:
        "no incremental response: once exposure-driven credit is removed, its credited new-customer orders did not rise with spend",
    };
  }
  // Holdout: the same shape fitted on the training days only, scored on the days after them.
  const nTrain = trainingDays(n, options);
  const trained = trainFit(data, nTrain, final.shape);
  const trainedShape = decodeParams("hill", trained.params, data.meanSpend);
  const holdout = rangeErrors(
    series.captured,
    predict("hill", trainedShape, trained.fit.scale, data.cache, nTrain, n, series.demand),
    nTrain,
    n,
  );
  const model = fittedModel(
    {
      family: "hill",
      shape: decodeParams("hill", final.params, data.meanSpend),
      fit: final.fit,
      freeParameters: final.shape === "data" ? 4 : 2,
      holdout,
      observed: series.captured,
      n,
      nTrain,
    },
    series,
    [],
  );
  return {
    status: "fitted",
    model: { ...model, evidence: { shape: final.shape, curvatureLr: final.curvatureLr } },
  };
}
