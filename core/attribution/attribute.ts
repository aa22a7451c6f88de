/**
 * Runs one model over keyed paths and returns totals per key plus per-touch credits per path.
 * Rule-based models and Shapley/counterfactual credit each path directly; Markov totals follow the
 * removal-effect formula, and its per-path credits split each conversion over the keys present in
 * proportion to their removal effects (equal over a key's touches; last touch when all are 0), so
 * every conversion's credit sums to 1.
 */
import { counterfactualTouchCredits } from "./counterfactual.ts";
import { type HeuristicModel, heuristicTouchCredits } from "./heuristics.ts";
import { markovAttribution } from "./markov.ts";
import { shapleyTouchCredits } from "./shapley.ts";
import type { CoreOptions, KeyCredit, KeyedPath, ModelName, ModelResult } from "./types.ts";

/**
 * Attribute `paths` with `model`.
 * @example runModel(paths, "linear", options).byKey.get("A") // { conversions: 2.1, value: 0 }
 */
export function runModel(paths: readonly KeyedPath[], model: ModelName, opts: CoreOptions): ModelResult {
  return runModelWith(paths, model, opts, true) as ModelResult;
}

/**
 * Totals only (no per-path credits kept): what the API and the bench need. Rule-based models then
 * reuse one scratch buffer instead of allocating an array per path.
 * @example attributeTotals(paths, "linear", options).byKey.get("A")
 */
export function attributeTotals(
  paths: readonly KeyedPath[],
  model: ModelName,
  opts: CoreOptions,
): Omit<ModelResult, "touchCredits"> {
  return runModelWith(paths, model, opts, false);
}

function runModelWith(
  paths: readonly KeyedPath[],
  model: ModelName,
  opts: CoreOptions,
  keepTouchCredits: boolean,
): Omit<ModelResult, "touchCredits"> & { touchCredits?: Float64Array[] } {
  const unattributed: KeyCredit = { conversions: 0, value: 0 };
  for (const p of paths) {
    if (p.keys.length > 0) continue;
    unattributed.conversions += p.conversions;
    unattributed.value += p.value;
  }
  if (model === "markov") {
    const m = markovAttribution(paths, opts);
    const result = { model, byKey: m.byKey, unattributed, removalEffects: m.removalEffects };
    if (!keepTouchCredits) return result;
    return { ...result, touchCredits: paths.map((p) => weightedTouchCredits(p.keys, m.removalEffects)) };
  }
  if (!keepTouchCredits && model !== "shapley" && model !== "counterfactual") {
    return { model, byKey: heuristicTotals(paths, model, opts), unattributed };
  }
  const touchCredits =
    model === "shapley"
      ? paths.map((p) => shapleyTouchCredits(p.keys))
      : model === "counterfactual"
        ? counterfactualTouchCredits(paths)
        : paths.map((p) => heuristicTouchCredits(model as HeuristicModel, p, opts));
  return { model, byKey: sumCredits(paths, touchCredits), touchCredits, unattributed };
}

function heuristicTotals(paths: readonly KeyedPath[], model: HeuristicModel, opts: CoreOptions) {
  const byKey = new Map<string, KeyCredit>();
  let scratch = new Float64Array(64);
  for (const p of paths) {
    if (p.keys.length > scratch.length) scratch = new Float64Array(p.keys.length * 2);
    addPath(byKey, p, heuristicTouchCredits(model, p, opts, scratch));
  }
  return byKey;
}

/** Totals per key: each touch's fraction times its path's conversions and value. */
export function sumCredits(
  paths: readonly KeyedPath[],
  touchCredits: readonly Float64Array[],
): Map<string, KeyCredit> {
  const byKey = new Map<string, KeyCredit>();
  for (let i = 0; i < paths.length; i++) addPath(byKey, paths[i]!, touchCredits[i]!);
  return byKey;
}

function addPath(byKey: Map<string, KeyCredit>, p: KeyedPath, credits: Float64Array): void {
  for (let t = 0; t < p.keys.length; t++) {
    const key = p.keys[t]!;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { conversions: 0, value: 0 };
      byKey.set(key, entry);
    }
    entry.conversions += credits[t]! * p.conversions;
    entry.value += credits[t]! * p.value;
  }
}

/**
 * Split one conversion over the distinct keys of a path in proportion to `weights`, then equally
 * over each key's touches; the last touch takes it all when every present key weighs 0.
 * @example weightedTouchCredits(["a", "b", "a"], new Map([["a", 1], ["b", 0.5]])) // [1/3, 1/3, 1/3]
 */
export function weightedTouchCredits(
  keys: readonly string[],
  weights: ReadonlyMap<string, number>,
): Float64Array {
  const out = new Float64Array(keys.length);
  if (keys.length === 0) return out;
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  let sum = 0;
  for (const k of counts.keys()) sum += Math.max(0, weights.get(k) ?? 0);
  if (sum <= 0) {
    out[keys.length - 1] = 1;
    return out;
  }
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    out[i] = Math.max(0, weights.get(k) ?? 0) / sum / counts.get(k)!;
  }
  return out;
}
