/**
 * The checks every response fit runs before searching for a curve: enough days for a fit plus a
 * holdout, some spend, and spend that varied enough for its effect to be told apart from the
 * baseline. Shared by the attributed fit (fit.ts) and the incremental fit (incremental-fit.ts), so
 * both refuse the same data with the same reason.
 */
import { coefficientOfVariation, mean } from "../stats/descriptive.ts";

/** Thresholds for refusing to fit. */
export interface FitOptions {
  /** Fewer days than this cannot support a fit plus a holdout. Default 42. */
  minDays?: number;
  /** Spend whose coefficient of variation is below this barely varied. Default 0.1. */
  minSpendCv?: number;
  /** Share of final days held out to choose the family. Default 0.2. */
  holdoutFraction?: number;
}

/** Why a fit was refused. */
export type RefusalCode = "too_few_days" | "no_spend" | "low_spend_variation" | "no_response";

/** A refused fit. */
export interface Refusal {
  status: "refused";
  code: RefusalCode;
  reason: string;
}

/**
 * The refusal for a daily spend series, or null when it can be fitted.
 * @example
 * fitRefusal([100, 100, 100], {}); // { status: "refused", code: "too_few_days", reason: "only 3 days ..." }
 */
export function fitRefusal(spend: readonly number[], options: FitOptions): Refusal | null {
  const minDays = options.minDays ?? 42;
  const minCv = options.minSpendCv ?? 0.1;
  const n = spend.length;
  if (n < minDays) {
    return {
      status: "refused",
      code: "too_few_days",
      reason: `only ${n} days of history; at least ${minDays} are needed`,
    };
  }
  if (mean(spend) === 0) return { status: "refused", code: "no_spend", reason: "no spend in the history" };
  const cv = coefficientOfVariation(spend);
  if (cv < minCv) {
    return {
      status: "refused",
      code: "low_spend_variation",
      reason: `daily spend barely varied (coefficient of variation ${cv.toFixed(3)}, below ${minCv}), so its effect on revenue cannot be told apart from the baseline`,
    };
  }
  return null;
}

/** Days [0, nTrain) a fit trains on when the final `holdoutFraction` of `n` days is held out. */
export function trainingDays(n: number, options: FitOptions): number {
  return Math.round(n * (1 - (options.holdoutFraction ?? 0.2)));
}
