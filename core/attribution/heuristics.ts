/**
 * Rule-based models: each turns one path into per-touch fractions that sum to 1.
 * They never look at other paths, so they run in one pass over the touches.
 */
import { AppError } from "../../lib/errors.ts";
import type { CoreOptions, KeyedPath, PositionWeights, WShapedWeights } from "./types.ts";

const DAY_MS = 86_400_000;

/** Rule-based model names (everything but the data-driven ones). */
export type HeuristicModel =
  | "first_touch"
  | "last_touch"
  | "last_non_direct"
  | "linear"
  | "linear_distinct"
  | "time_decay"
  | "position_based"
  | "w_shaped"
  | "custom";

/**
 * Per-touch credit of one path under a rule-based model; an empty path gives an empty array.
 * When `into` is given and long enough, the result is a view on it (overwritten by the next call).
 * @example heuristicTouchCredits("position_based", path(["a","b","c"]), opts) // [0.4, 0.2, 0.4]
 */
export function heuristicTouchCredits(
  model: HeuristicModel,
  path: KeyedPath,
  opts: CoreOptions,
  into?: Float64Array,
): Float64Array {
  const n = path.keys.length;
  // `into` lets totals-only callers reuse one buffer instead of allocating per path.
  const out = into && into.length >= n ? into.subarray(0, n).fill(0) : new Float64Array(n);
  if (n === 0) return out;
  switch (model) {
    case "first_touch":
      out[0] = 1;
      return out;
    case "last_touch":
      out[n - 1] = 1;
      return out;
    case "last_non_direct":
      out[lastNonDirectIndex(path.channels, opts.directChannels)] = 1;
      return out;
    case "linear":
      out.fill(1 / n);
      return out;
    case "linear_distinct":
      return linearDistinct(path.keys, out);
    case "time_decay":
      return timeDecay(path, opts.halfLifeDays, out);
    case "position_based":
      return positional(opts.positionWeights, out);
    case "custom":
      return opts.customWeightFn ? byFunction(opts.customWeightFn, out) : positional(opts.customWeights, out);
    case "w_shaped":
      return wShaped(path, opts.wShapedWeights, out);
  }
}

/** The last touch outside `direct`; when every touch is direct, the last touch (direct) keeps it. */
function lastNonDirectIndex(channels: readonly string[], direct: readonly string[]): number {
  for (let i = channels.length - 1; i >= 0; i--) {
    if (!direct.includes(channels[i]!)) return i;
  }
  return channels.length - 1;
}

/** Each distinct key gets 1/k, split equally over that key's touches. */
function linearDistinct(keys: readonly string[], out: Float64Array): Float64Array {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const share = 1 / counts.size;
  for (let i = 0; i < keys.length; i++) out[i] = share / counts.get(keys[i]!)!;
  return out;
}

/** Weights 2^(-dt / half-life), dt back from the conversion time (default: the last touch's time). */
function timeDecay(path: KeyedPath, halfLifeDays: number, out: Float64Array): Float64Array {
  const ts = path.ts;
  if (!ts || ts.length !== path.keys.length) {
    throw new AppError("core.invalid_input", "time_decay needs a timestamp on every touch");
  }
  let newest = -Infinity;
  for (let i = 0; i < ts.length; i++) if (ts[i]! > newest) newest = ts[i]!;
  const end = path.conversionTime ?? newest;
  // 2^(-dt/h) = exp(-dt * ln2 / h). Every dt is shifted by the smallest one (end - newest): weight
  // ratios are unchanged after normalization, and a conversion long after all touches no longer
  // underflows every weight to 0.
  const rate = Math.LN2 / (halfLifeDays * DAY_MS);
  const minDt = end - newest;
  let sum = 0;
  for (let i = 0; i < ts.length; i++) {
    const w = Math.exp(-(end - ts[i]! - minDt) * rate);
    out[i] = w;
    sum += w;
  }
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}

/** First / middle / last weights: one touch 100%, two touches first:last, middle touches share. */
function positional(w: PositionWeights, out: Float64Array): Float64Array {
  const n = out.length;
  if (n === 1) {
    out[0] = 1;
    return out;
  }
  const middle = n > 2 ? w.middle : 0;
  const total = w.first + w.last + middle;
  if (total <= 0) throw new AppError("core.invalid_input", "position weights must not all be zero");
  out[0] = w.first / total;
  out[n - 1] = w.last / total;
  for (let i = 1; i < n - 1; i++) out[i] = middle / total / (n - 2);
  return out;
}

function byFunction(fn: (index: number, length: number) => number, out: Float64Array): Float64Array {
  let sum = 0;
  for (let i = 0; i < out.length; i++) {
    const w = fn(i, out.length);
    if (!Number.isFinite(w) || w < 0) {
      throw new AppError("core.invalid_input", `custom weight for position ${i} must be finite and >= 0`);
    }
    out[i] = w;
    sum += w;
  }
  if (sum <= 0) throw new AppError("core.invalid_input", "custom weights must not all be zero");
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}

/**
 * W-shaped: first, lead-creation and opportunity-creation touches get their weights, the rest share
 * `rest`. Milestones come from touch flags; fallbacks when unflagged: opportunity = the last touch
 * (the conversion follows it), lead = the middle touch floor((n-1)/2). One or two touches split
 * equally; when milestones coincide their weights add up; when no other touch is left, the weights
 * are renormalized over the milestones (three touches: 1/3 each with the defaults).
 */
function wShaped(path: KeyedPath, w: WShapedWeights, out: Float64Array): Float64Array {
  const n = out.length;
  if (n <= 2) {
    out.fill(1 / n);
    return out;
  }
  const flags = path.milestones;
  const flagged = (m: "lead" | "opportunity") => (flags ? flags.indexOf(m) : -1);
  const opp = flagged("opportunity") >= 0 ? flagged("opportunity") : n - 1;
  const lead = flagged("lead") >= 0 ? flagged("lead") : Math.floor((n - 1) / 2);
  out[0]! += w.first;
  out[lead]! += w.lead;
  out[opp]! += w.opportunity;
  const others = n - new Set([0, lead, opp]).size;
  let sum = w.first + w.lead + w.opportunity;
  if (others > 0) {
    for (let i = 0; i < n; i++) if (i !== 0 && i !== lead && i !== opp) out[i] = w.rest / others;
    sum += w.rest;
  }
  if (sum <= 0) throw new AppError("core.invalid_input", "w_shaped weights must not all be zero");
  for (let i = 0; i < n; i++) out[i]! /= sum;
  return out;
}
