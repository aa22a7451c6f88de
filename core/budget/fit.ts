/**
 * Fits a channel's daily revenue to its adstocked daily spend with each candidate family (Hill,
 * safe log, saturating exponential), picks the family with the lowest error on held-out final
 * days, and refits it on all days. Refuses, with a reason, when the data cannot identify a curve.
 *
 * Model: revenue_t = scale * shape(adstock_t; k, alpha), adstock_t = spend_t + theta * adstock_{t-1}.
 * The curve returned is a function of the adstocked daily level; a constant daily spend x maps to
 * the level x / (1 - theta) (see rescaleCurve for the planning-period view).
 */
import { coefficientOfVariation, mean } from "../stats/descriptive.ts";
import { nelderMead } from "../stats/nelder-mead.ts";
import type { ResponseCurve } from "./curves.ts";
import { type ContiguousSeries, type DailySpendRevenue, toContiguous } from "./daily-series.ts";
import {
  AdstockCache,
  decodeParams,
  dimensions,
  type FitData,
  type FittedFamily,
  fitScale,
  gridPoints,
  predict,
  type ShapeFit,
  toCurve,
} from "./fit-families.ts";

/** Thresholds for refusing to fit. */
export interface FitOptions {
  /** Fewer days than this cannot support a fit plus a holdout. Default 42. */
  minDays?: number;
  /** Spend whose coefficient of variation is below this barely varied. Default 0.1. */
  minSpendCv?: number;
  /** Share of final days held out to choose the family. Default 0.2. */
  holdoutFraction?: number;
}

/** Error figures of the chosen family. */
export interface FitQuality {
  /** In-sample R^2 of the final fit on all days. */
  r2: number;
  /** R^2 on the held-out days of the fit made without them (can be negative). */
  holdoutR2: number;
  holdoutRmse: number;
  /** Mean absolute percentage error on held-out days with revenue > 0; null if there are none. */
  holdoutMape: number | null;
  trainDays: number;
  holdoutDays: number;
}

/** How one candidate family did on the holdout. */
export interface CandidateReport {
  family: FittedFamily;
  holdoutRmse: number;
  holdoutMape: number | null;
  trainR2: number;
}

/** A usable fitted response. */
export interface FittedResponse {
  family: FittedFamily;
  /** Adstock carry-over per day. */
  theta: number;
  /** Daily revenue as a function of the adstocked daily spend level. */
  curve: ResponseCurve;
  /** Standard error of the curve's scale divided by the scale (the residual sd used is the larger of training and holdout RMSE). */
  scaleRelativeSe: number;
  quality: FitQuality;
  candidates: CandidateReport[];
  firstDate: string;
  lastDate: string;
}

/** Why a fit was refused. */
export type RefusalCode = "too_few_days" | "no_spend" | "low_spend_variation" | "no_response";

/** Outcome of {@link fitResponseCurve}. */
export type FitOutcome =
  | { status: "fitted"; model: FittedResponse }
  | { status: "refused"; code: RefusalCode; reason: string };

const STEPS = [0.1, 0.4, 0.3];
// Families are compared on their best grid fit (polishing all three cost a third of the time
// and did not change which family won on synthetic data); only the chosen one is polished, with
// an iteration budget sized so 50 channels fit and solve in about 200 ms on a loaded CI box.
const FINAL_ITERATIONS = 50;

/** Fit data plus the per-theta adstock cache shared by every evaluation of one channel. */
interface CachedData extends FitData {
  cache: AdstockCache;
}

/**
 * Fit one channel (or campaign). Deterministic: the same rows always give the same curve.
 * @example
 * const out = fitResponseCurve("search", rows);
 * if (out.status === "fitted") out.model.curve; // { type: "hill", scale: ..., k: ..., alpha: ... }
 */
export function fitResponseCurve(
  channel: string,
  rows: readonly DailySpendRevenue[],
  options: FitOptions = {},
): FitOutcome {
  return fitContiguous(toContiguous(channel, rows), options);
}

/** {@link fitResponseCurve} for a series already made contiguous by toContiguous. */
export function fitContiguous(series: ContiguousSeries, options: FitOptions = {}): FitOutcome {
  const minDays = options.minDays ?? 42;
  const minCv = options.minSpendCv ?? 0.1;
  const n = series.spend.length;
  if (n < minDays) {
    return {
      status: "refused",
      code: "too_few_days",
      reason: `only ${n} days of history; at least ${minDays} are needed`,
    };
  }
  const meanSpend = mean(series.spend);
  if (meanSpend === 0) return { status: "refused", code: "no_spend", reason: "no spend in the history" };
  const cv = coefficientOfVariation(series.spend);
  if (cv < minCv) {
    return {
      status: "refused",
      code: "low_spend_variation",
      reason: `daily spend barely varied (coefficient of variation ${cv.toFixed(3)}, below ${minCv}), so its effect on revenue cannot be told apart from the baseline`,
    };
  }
  const data: CachedData = {
    spend: series.spend,
    revenue: series.revenue,
    meanSpend,
    cache: new AdstockCache(series.spend),
  };
  const nTrain = Math.round(n * (1 - (options.holdoutFraction ?? 0.2)));
  const families: FittedFamily[] = ["hill", "log1p", "exp"];
  const trained = families.map((family) => {
    const params = bestGridPoint(family, data, nTrain);
    const fit = {
      params,
      fit: fitScale(family, decodeParams(family, params, meanSpend), data, nTrain, data.cache),
    };
    return { family, ...fit, ...holdoutErrors(family, fit.params, fit.fit.scale, data, nTrain) };
  });
  const candidates: CandidateReport[] = trained.map((t) => ({
    family: t.family,
    holdoutRmse: t.rmse,
    holdoutMape: t.mape,
    trainR2: 1 - t.fit.sse / totalSumOfSquares(data.revenue, 0, nTrain),
  }));
  // Strictly-lower comparison keeps the earlier (listed first) family on ties, so results are stable.
  const chosen = trained.reduce((a, b) => (b.rmse < a.rmse ? b : a));
  if (chosen.fit.scale <= 0) {
    return {
      status: "refused",
      code: "no_response",
      reason: "revenue did not rise with spend under any candidate curve",
    };
  }
  const final = minimise(chosen.family, data, n, chosen.params, FINAL_ITERATIONS);
  const sp = decodeParams(chosen.family, final.params, meanSpend);
  const residualSd = Math.sqrt(final.fit.sse / Math.max(1, n - dimensions(chosen.family) - 1));
  const sigma = Math.max(residualSd, chosen.rmse);
  return {
    status: "fitted",
    model: {
      family: chosen.family,
      theta: sp.theta,
      curve: toCurve(chosen.family, sp, final.fit.scale),
      scaleRelativeSe: sigma / Math.sqrt(final.fit.sumShapeSq) / final.fit.scale,
      quality: {
        r2: 1 - final.fit.sse / totalSumOfSquares(data.revenue, 0, n),
        holdoutR2: chosen.r2,
        holdoutRmse: chosen.rmse,
        holdoutMape: chosen.mape,
        trainDays: nTrain,
        holdoutDays: n - nTrain,
      },
      candidates,
      firstDate: series.firstDate,
      lastDate: series.lastDate,
    },
  };
}

/** Best grid point over days [0, n), sharing one adstock series per theta. */
function bestGridPoint(family: FittedFamily, data: CachedData, n: number): number[] {
  let best: { p: number[]; sse: number } | undefined;
  for (const p of gridPoints(family)) {
    const { sse } = fitScale(family, decodeParams(family, p, data.meanSpend), data, n, data.cache);
    if (!best || sse < best.sse) best = { p, sse };
  }
  return best!.p;
}

/** Polish `start` with Nelder-Mead over days [0, n). */
function minimise(
  family: FittedFamily,
  data: CachedData,
  n: number,
  start: number[],
  maxIterations: number,
): { params: number[]; fit: ShapeFit } {
  const fitAt = (p: readonly number[]) =>
    fitScale(family, decodeParams(family, p, data.meanSpend), data, n, data.cache);
  const { point } = nelderMead((p) => fitAt(p).sse, start, {
    steps: STEPS.slice(0, start.length),
    maxIterations,
  });
  return { params: point, fit: fitAt(point) };
}

/** RMSE, MAPE and R^2 on days [nTrain, end) of a fit made on days before them. */
function holdoutErrors(
  family: FittedFamily,
  params: number[],
  scale: number,
  data: CachedData,
  nTrain: number,
) {
  const n = data.revenue.length;
  const sp = decodeParams(family, params, data.meanSpend);
  const predicted = predict(family, sp, scale, data.cache, nTrain, n);
  let sse = 0;
  let ape = 0;
  let apeDays = 0;
  for (let t = nTrain; t < n; t++) {
    const y = data.revenue[t]!;
    const e = y - predicted[t - nTrain]!;
    sse += e * e;
    if (y > 0) {
      ape += Math.abs(e) / y;
      apeDays += 1;
    }
  }
  return {
    rmse: Math.sqrt(sse / (n - nTrain)),
    mape: apeDays === 0 ? null : ape / apeDays,
    r2: 1 - sse / totalSumOfSquares(data.revenue, nTrain, n),
  };
}

/** Sum of squares around the mean over [from, to); 0-safe (returns NaN-free positive floor). */
function totalSumOfSquares(ys: readonly number[], from: number, to: number): number {
  let m = 0;
  for (let t = from; t < to; t++) m += ys[t]!;
  m /= to - from;
  let s = 0;
  for (let t = from; t < to; t++) s += (ys[t]! - m) ** 2;
  // A perfectly flat revenue series has no variance to explain; avoid dividing by zero.
  return s > 0 ? s : Number.MIN_VALUE;
}
