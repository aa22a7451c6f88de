/**
 * Turns an optimize request plus either explicit curves or fitted channel history into allocation
 * units: a plan-level curve, current spend and bounds per channel. Channels whose fit was refused
 * are set aside (kept at current spend) with the reason.
 *
 * Fitted curves come from the incremental model (incremental-curves.ts) when the caller passes the
 * shop's sessions, new-customer orders and attribution credit and the model can run on them;
 * otherwise from each channel's attributed outcome (fit.ts), with the reason in `responseModel`.
 */
import { AppError } from "../../lib/errors.ts";
import type { AllocationUnit } from "./allocation.ts";
import { type ResponseCurve, rescaleCurve } from "./curves.ts";
import { type DailySpendRevenue, toContiguous } from "./daily-series.ts";
import { type FitOptions, type FitOutcome, fitContiguous } from "./fit.ts";
import { type ChannelSeries, fitIncrementalCurves, type IncrementalSummary } from "./incremental-curves.ts";
import type { IncrementalityInput } from "./incrementality-schema.ts";
import { lowestObservedSpend } from "./operating-range.ts";
import type { BudgetOptimizeRequest } from "./schemas.ts";

/** A channel's daily history, as the route reads it from the database. */
export interface ChannelHistory {
  /** Channel or campaign key; each entry is fitted and allocated independently. */
  channel: string;
  days: readonly DailySpendRevenue[];
}

/** A channel the optimizer may move. */
export interface ModeledChannel {
  unit: AllocationUnit;
  current: number;
  locked: boolean;
  /** Relative standard error of the curve's scale; null for explicit curves (no uncertainty known). */
  scaleRelativeSe: number | null;
  /**
   * Low end of the spend the history covers over the period (operating-range.ts); null for
   * explicit curves, which were not fitted to any history.
   */
  observedLow: number | null;
}

/** A channel held at current spend because no curve could be fitted. */
export interface UnfittedChannel {
  channel: string;
  current: number;
  /** Revenue observed over the last period, reported unchanged. */
  observedRevenue: number;
  reason: string;
}

/** Which model produced the curves, and why. */
export interface ResponseModel {
  /** incremental: media-mix-style incremental curves; attributed: curves of attributed outcome per channel. */
  method: "explicit" | "incremental" | "attributed";
  /** Why this method (for attributed: why the incremental model could not run). */
  reason: string;
  incremental: IncrementalSummary | null;
}

/** Everything the solver and the report need. */
export interface PreparedProblem {
  modeled: ModeledChannel[];
  unfitted: UnfittedChannel[];
  /** Fit outcome per channel (fitted mode only), with the method that produced it. */
  fits: { channel: string; method: "incremental" | "attributed"; outcome: FitOutcome }[];
  responseModel: ResponseModel;
  /** Days the budget covers, or null for explicit curves (spend is in the budget's own unit). */
  periodDays: number | null;
  notes: string[];
}

/**
 * Build the allocation problem. Explicit `request.curves` win over `history`; `incrementality`
 * (already parsed) turns on the incremental model for fitted curves.
 * @example
 * prepareProblem(parsedRequest, []); // explicit-curve what-if
 */
export function prepareProblem(
  request: BudgetOptimizeRequest,
  history: readonly ChannelHistory[],
  fitOptions: FitOptions = {},
  incrementality: IncrementalityInput | null = null,
): PreparedProblem {
  const base = request.curves
    ? fromCurves(request)
    : fromHistory(request, history, fitOptions, incrementality);
  const names = new Set([...base.curves.map((c) => c.channel), ...base.unfitted.map((u) => u.channel)]);
  const locked = new Set(request.constraints?.locked ?? []);
  for (const name of locked) {
    if (!names.has(name))
      throw new AppError("core.invalid_input", `constraints.locked: unknown channel '${name}'`);
  }
  const bounds = request.constraints?.bounds ?? {};
  for (const name of Object.keys(bounds)) {
    if (!names.has(name))
      throw new AppError("core.invalid_input", `constraints.bounds.${name}: unknown channel`);
  }
  // What-if curves are about the curves, so they get no implicit +/-30% leash; fitted curves are
  // only trustworthy near the spend levels seen in the data, so they do.
  const pct = request.constraints?.defaultBoundPct ?? (request.curves ? undefined : 0.3);
  const modeled = base.curves.map(
    ({ channel, curve, current, scaleRelativeSe, observedLow }): ModeledChannel => {
      const isLocked = locked.has(channel);
      const b = bounds[channel];
      const lower = isLocked
        ? current
        : (b?.min ?? (pct === undefined ? 0 : Math.max(0, current * (1 - pct))));
      const upper = isLocked
        ? current
        : (b?.max ?? (pct === undefined ? Number.POSITIVE_INFINITY : current * (1 + pct)));
      return {
        unit: { channel, curve, lower, upper },
        current,
        locked: isLocked,
        scaleRelativeSe,
        observedLow,
      };
    },
  );
  return {
    modeled,
    unfitted: base.unfitted,
    fits: base.fits,
    responseModel: base.responseModel,
    periodDays: base.periodDays,
    notes: base.notes,
  };
}

interface BaseProblem {
  curves: {
    channel: string;
    curve: ResponseCurve;
    current: number;
    scaleRelativeSe: number | null;
    observedLow: number | null;
  }[];
  unfitted: UnfittedChannel[];
  fits: PreparedProblem["fits"];
  responseModel: ResponseModel;
  periodDays: number | null;
  notes: string[];
}

function fromCurves(request: BudgetOptimizeRequest): BaseProblem {
  const curves = request.curves ?? [];
  const equalShare = request.totalBudget / curves.length;
  const notes: string[] = [];
  if (curves.some((c) => c.currentSpend === undefined)) {
    notes.push("Channels without currentSpend were taken to spend an equal share of totalBudget today.");
  }
  return {
    curves: curves.map((c) => ({
      channel: c.channel,
      curve: c.curve,
      current: c.currentSpend ?? equalShare,
      scaleRelativeSe: null,
      observedLow: null,
    })),
    unfitted: [],
    fits: [],
    responseModel: { method: "explicit", reason: "curves given in the request", incremental: null },
    periodDays: null,
    notes,
  };
}

function fromHistory(
  request: BudgetOptimizeRequest,
  history: readonly ChannelHistory[],
  options: FitOptions,
  incrementality: IncrementalityInput | null,
): BaseProblem {
  if (history.length === 0) {
    throw new AppError("core.insufficient_data", "no channel history to fit and no explicit curves given");
  }
  const days = request.periodDays;
  const seen = new Set<string>();
  const series: ChannelSeries[] = history.map((h) => {
    if (seen.has(h.channel))
      throw new AppError("core.invalid_input", `history: duplicate channel '${h.channel}'`);
    seen.add(h.channel);
    return { channel: h.channel, series: toContiguous(h.channel, h.days) };
  });
  const { fits, responseModel } = fitAll(series, options, incrementality);
  const out: BaseProblem = { curves: [], unfitted: [], fits, responseModel, periodDays: days, notes: [] };
  fits.forEach(({ channel, outcome }, i) => {
    const s = series[i]!.series;
    const current = lastPeriodSum(s.spend, days);
    if (outcome.status === "refused") {
      out.unfitted.push({
        channel,
        current,
        observedRevenue: lastPeriodSum(s.revenue, days),
        reason: outcome.reason,
      });
      return;
    }
    const m = outcome.model;
    out.curves.push({
      channel,
      curve: rescaleCurve(m.curve, days * (1 - m.theta), days),
      current,
      scaleRelativeSe: m.scaleRelativeSe,
      observedLow: lowestObservedSpend(s.spend, days),
    });
  });
  out.notes.push(
    `Fitted curves give steady-state revenue over ${days} days at a constant daily spend (adstock carry-over included, ramp-up ignored).`,
  );
  if (responseModel.method === "incremental") {
    out.notes.push(
      "Curves estimate incremental revenue (what the spend causes), not attributed revenue; see responseModel for how.",
    );
  } else out.notes.push(`Curves fit attributed revenue per channel: ${responseModel.reason}.`);
  return out;
}

/** Incremental curves when the model can run, else attributed curves per channel. */
function fitAll(
  series: readonly ChannelSeries[],
  options: FitOptions,
  incrementality: IncrementalityInput | null,
): Pick<BaseProblem, "fits" | "responseModel"> {
  const incremental = incrementality ? fitIncrementalCurves(series, incrementality, options) : null;
  if (incremental?.status === "fitted") {
    return {
      fits: incremental.fits.map((f) => ({ ...f, method: "incremental" as const })),
      responseModel: {
        method: "incremental",
        reason: `exposure-corrected ${incremental.summary.attributionModel} credit of new-customer orders with demand control, scale by ${incremental.summary.calibration.source}`,
        incremental: incremental.summary,
      },
    };
  }
  return {
    fits: series.map(({ channel, series: s }) => ({
      channel,
      method: "attributed" as const,
      outcome: fitContiguous(s, options),
    })),
    responseModel: {
      method: "attributed",
      reason: incremental
        ? `the incremental model could not run: ${incremental.reason}`
        : "no sessions, new-customer orders or attribution credit were given for the incremental model",
      incremental: null,
    },
  };
}

/** Sum of the last `days` values, scaled up from the mean when the series is shorter. */
function lastPeriodSum(values: readonly number[], days: number): number {
  const tail = values.slice(-days);
  const sum = tail.reduce((a, b) => a + b, 0);
  return tail.length === days ? sum : (sum / tail.length) * days;
}
