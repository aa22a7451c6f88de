/**
 * Incremental response curves for every channel, media-mix style, from data a shop has: daily
 * spend per channel, new-customer orders, sessions per channel and attribution credit.
 *
 * 1. Demand control: unpaid sessions scaled to mean 1 (demand-index.ts).
 * 2. Exposure correction: each paid channel's credited new-customer orders minus the credit it
 *    gets for being in journeys it did not cause, measured on the unpaid channels
 *    (exposure-credit.ts). What remains is the channel's captured incremental orders.
 * 3. One curve per channel on its captured orders with demand control (incremental-fit.ts).
 * 4. One scale for all: total new-customer orders regressed on demand and the summed curves
 *    (joint-calibration.ts). When that regression cannot split baseline from media, the scale is
 *    anchored so the curves' total over the history equals the channels' total attributed outcome
 *    (the figure the attributed fit used), and the summary says which anchor was used and why.
 *    The scale multiplies every curve alike, so it changes the revenue figures, never the split.
 *
 * Any step that cannot run (no unpaid sessions, no control credit, channel keys that are not
 * channels, captured orders indistinguishable from noise) returns a fallback with the reason; the
 * caller then fits attributed revenue per channel as before.
 */
import { dayNumber } from "../stats/dates.ts";
import type { HillCurve } from "./curves.ts";
import type { ContiguousSeries } from "./daily-series.ts";
import { demandIndex } from "./demand-index.ts";
import { capturedIncremental, exposureRate } from "./exposure-credit.ts";
import type { FitOptions } from "./fit-checks.ts";
import { fitIncremental, type IncrementalOutcome, type IncrementalResponse } from "./incremental-fit.ts";
import { type AlignedDays, alignDays } from "./incrementality-days.ts";
import type { IncrementalityInput } from "./incrementality-schema.ts";
import { calibrateScale, type ScaleCalibration } from "./scale-calibration.ts";

export type { ScaleCalibration } from "./scale-calibration.ts";

/**
 * Minimum t statistic of the paid channels' summed captured orders for the model to run. Days are
 * treated as independent and the exposure rate as known, both optimistic, so the bar is well above
 * 2: with no incremental credit at all a synthetic shop reaches t = 2.0 by chance (the demo shops
 * have 12 and 30).
 */
export const MIN_CAPTURED_T = 4;

/** What the incremental model did, for the report. */
export interface IncrementalSummary {
  attributionModel: string;
  controlChannels: string[];
  /** Exposure credit per unit of session share x new-customer orders (on the control channels). */
  exposureRate: number;
  /** t statistic of the paid channels' summed captured incremental orders. */
  capturedT: number;
  /** Average value of a new customer's first order over the history (revenue per order). */
  newCustomerAov: number | null;
  calibration: ScaleCalibration;
}

/** One channel's history in contiguous form (outcome in `revenue`). */
export interface ChannelSeries {
  channel: string;
  series: ContiguousSeries;
}

/** Result of {@link fitIncrementalCurves}. */
export type IncrementalResult =
  | {
      status: "fitted";
      fits: { channel: string; outcome: IncrementalOutcome }[];
      summary: IncrementalSummary;
    }
  | { status: "fallback"; reason: string };

/**
 * Fit every channel's incremental curve, or say why the model cannot run on this data.
 * @example
 * const r = fitIncrementalCurves(series, input);
 * if (r.status === "fitted") r.summary.calibration.source; // "attributed_total"
 */
export function fitIncrementalCurves(
  channels: readonly ChannelSeries[],
  input: IncrementalityInput,
  options: FitOptions = {},
): IncrementalResult {
  const fallback = (reason: string): IncrementalResult => ({ status: "fallback", reason });
  if (channels.length === 0) return fallback("no channel history");
  const first = Math.min(...channels.map((c) => dayNumber(c.series.firstDate)));
  const last = Math.max(...channels.map((c) => dayNumber(c.series.lastDate)));
  const firstDate = channels.find((c) => dayNumber(c.series.firstDate) === first)!.series.firstDate;
  const days = alignDays(input, firstDate, last - first + 1);
  if ("missing" in days) {
    const what = `${days.count} history day${days.count === 1 ? "" : "s"}`;
    return fallback(`no sessions, orders or credit for ${what} (${days.missing.join(", ")})`);
  }
  const noData = channels.filter((c) => !days.sessions.has(c.channel) && !days.credit.has(c.channel));
  if (noData.length > 0) {
    return fallback(
      `no sessions or attribution credit for ${noData.map((c) => `'${c.channel}'`).join(", ")}; the incremental model works per channel`,
    );
  }
  const demand = demandIndex(days, input.controlChannels);
  if (!demand) return fallback(`no sessions on the control channels ${input.controlChannels.join(", ")}`);
  const rate = exposureRate(days, input.controlChannels);
  if (rate === null) {
    return fallback(
      `the control channels ${input.controlChannels.join(", ")} got no new-customer credit under ${input.attributionModel}, so exposure credit cannot be measured`,
    );
  }
  // Each channel's days within the aligned range.
  const prepared = channels.map(({ channel, series }) => {
    const offset = dayNumber(series.firstDate) - first;
    const n = series.spend.length;
    return {
      channel,
      series,
      offset,
      captured: capturedIncremental(days, channel, rate).slice(offset, offset + n),
      demand: demand.subarray(offset, offset + n),
    };
  });
  const total = new Float64Array(days.n);
  for (const p of prepared) {
    for (let t = 0; t < p.captured.length; t++) total[p.offset + t]! += p.captured[t]!;
  }
  const capturedT = tStatistic(total);
  if (!(capturedT >= MIN_CAPTURED_T)) {
    return fallback(
      `once exposure credit is removed, the paid channels' credited new-customer orders are not distinguishable from noise (t = ${capturedT.toFixed(2)}, below ${MIN_CAPTURED_T})`,
    );
  }
  const fits = prepared.map((p) => ({
    channel: p.channel,
    outcome: fitIncremental(
      {
        spend: p.series.spend,
        captured: p.captured,
        demand: p.demand,
        firstDate: p.series.firstDate,
        lastDate: p.series.lastDate,
      },
      options,
    ),
  }));
  const fitted = prepared.flatMap((p, i) => {
    const o = fits[i]!.outcome;
    return o.status === "fitted" ? [{ ...p, model: o.model }] : [];
  });
  if (fitted.length === 0) return fallback("no channel showed an incremental response");
  const aov = averageOrderValue(days);
  const calibration = calibrateScale(fitted, days, demand, input.outcome === "revenue" ? aov : 1);
  const relSe = calibration.multiplierRelativeSe ?? 0;
  return {
    status: "fitted",
    fits: fits.map(({ channel, outcome }) =>
      outcome.status === "fitted"
        ? {
            channel,
            outcome: { status: "fitted", model: scaled(outcome.model, calibration.multiplier, relSe) },
          }
        : { channel, outcome },
    ),
    summary: {
      attributionModel: input.attributionModel,
      controlChannels: input.controlChannels,
      exposureRate: rate,
      capturedT,
      newCustomerAov: aov,
      calibration,
    },
  };
}

/** The model with its curve in outcome units; the multiplier's uncertainty joins the scale's. */
function scaled(
  model: IncrementalResponse,
  multiplier: number,
  multiplierRelativeSe: number,
): IncrementalResponse {
  const curve = model.curve as HillCurve;
  return {
    ...model,
    curve: { ...curve, scale: curve.scale * multiplier },
    scaleRelativeSe: Math.sqrt(model.scaleRelativeSe ** 2 + multiplierRelativeSe ** 2),
  };
}

/** New-customer revenue per new customer over the aligned days; null without orders. */
function averageOrderValue(days: AlignedDays): number | null {
  const orders = days.newCustomers.reduce((a, b) => a + b, 0);
  return orders > 0 ? days.newCustomerRevenue.reduce((a, b) => a + b, 0) / orders : null;
}

/** Mean over its standard error (days treated as independent). */
function tStatistic(xs: Float64Array): number {
  const n = xs.length;
  if (n < 2) return 0;
  let m = 0;
  for (const x of xs) m += x;
  m /= n;
  let ss = 0;
  for (const x of xs) ss += (x - m) ** 2;
  const se = Math.sqrt(ss / (n - 1) / n);
  return se > 0 ? m / se : m > 0 ? Number.POSITIVE_INFINITY : 0;
}
