/**
 * Fits a channel's daily revenue to its adstocked daily spend with each candidate family (Hill,
 * safe log, saturating exponential), picks the family with the lowest error on held-out final
 * days, and refits it on all days. Refuses, with a reason, when the data cannot identify a curve.
 *
 * Model: revenue_t = scale * shape(adstock_t; k, alpha), adstock_t = spend_t + theta * adstock_{t-1}.
 * The curve returned is a function of the adstocked daily level; a constant daily spend x maps to
 * the level x / (1 - theta) (see rescaleCurve for the planning-period view).
 */
import { mean } from "../stats/descriptive.ts";
import type { ResponseCurve } from "./curves.ts";
import { type ContiguousSeries, type DailySpendRevenue, toContiguous } from "./daily-series.ts";
import { type FitOptions, fitRefusal, type Refusal, trainingDays } from "./fit-checks.ts";
import { rangeErrors, totalSumOfSquares } from "./fit-errors.ts";
import { AdstockCache, decodeParams, dimensions, type FittedFamily, predict } from "./fit-families.ts";
import { bestGridPoint, type CachedData, FINAL_ITERATIONS, fitAt, minimise } from "./fit-search.ts";
import { fittedModel } from "./fitted-model.ts";

export type { FitOptions, RefusalCode } from "./fit-checks.ts";

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

/** Outcome of {@link fitResponseCurve}. */
export type FitOutcome = { status: "fitted"; model: FittedResponse } | Refusal;

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
  const refusal = fitRefusal(series.spend, options);
  if (refusal) return refusal;
  const n = series.spend.length;
  const meanSpend = mean(series.spend);
  const data: CachedData = {
    spend: series.spend,
    revenue: series.revenue,
    meanSpend,
    cache: new AdstockCache(series.spend),
  };
  const nTrain = trainingDays(n, options);
  const families: FittedFamily[] = ["hill", "log1p", "exp"];
  const trained = families.map((family) => {
    const params = bestGridPoint(family, data, nTrain);
    const fit = { params, fit: fitAt(family, data, nTrain, params) };
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
  const model = fittedModel(
    {
      family: chosen.family,
      shape: decodeParams(chosen.family, final.params, meanSpend),
      fit: final.fit,
      freeParameters: dimensions(chosen.family) + 1,
      holdout: chosen,
      observed: data.revenue,
      n,
      nTrain,
    },
    series,
    candidates,
  );
  return { status: "fitted", model };
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
  return rangeErrors(data.revenue, predict(family, sp, scale, data.cache, nTrain, n), nTrain, n);
}
