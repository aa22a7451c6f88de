/**
 * The fitted-model record both fitters return (attributed revenue in fit.ts, incremental orders
 * in incremental-fit.ts), built in one place so scale uncertainty and quality mean the same thing.
 */
import type { ContiguousSeries } from "./daily-series.ts";
import type { CandidateReport, FittedResponse } from "./fit.ts";
import { type RangeErrors, totalSumOfSquares } from "./fit-errors.ts";
import { type FittedFamily, type ShapeFit, type ShapeParams, toCurve } from "./fit-families.ts";

export interface FinalFit {
  family: FittedFamily;
  shape: ShapeParams;
  /** The fit on all `n` days. */
  fit: ShapeFit;
  /** Parameters estimated (shape and scale): the residual sd divides by n minus this. */
  freeParameters: number;
  /** Errors on the held-out days of the same family fitted without them. */
  holdout: RangeErrors;
  observed: readonly number[];
  n: number;
  nTrain: number;
}

/**
 * The scale's relative standard error uses the larger of the in-sample residual sd and the
 * holdout RMSE, so a curve that forecasts worse than it fits is reported as less certain.
 */
export function fittedModel(
  f: FinalFit,
  series: Pick<ContiguousSeries, "firstDate" | "lastDate">,
  candidates: CandidateReport[],
): FittedResponse {
  const residualSd = Math.sqrt(f.fit.sse / Math.max(1, f.n - f.freeParameters));
  const sigma = Math.max(residualSd, f.holdout.rmse);
  return {
    family: f.family,
    theta: f.shape.theta,
    curve: toCurve(f.family, f.shape, f.fit.scale),
    scaleRelativeSe: sigma / Math.sqrt(f.fit.sumShapeSq) / f.fit.scale,
    quality: {
      r2: 1 - f.fit.sse / totalSumOfSquares(f.observed, 0, f.n),
      holdoutR2: f.holdout.r2,
      holdoutRmse: f.holdout.rmse,
      holdoutMape: f.holdout.mape,
      trainDays: f.nTrain,
      holdoutDays: f.n - f.nTrain,
    },
    candidates,
    firstDate: series.firstDate,
    lastDate: series.lastDate,
  };
}
