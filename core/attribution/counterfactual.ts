/**
 * Counterfactual (Fractribution-style) attribution: a path's conversion probability is
 * conversions / (conversions + nulls) over every occurrence of that exact sequence; a touch's gain is
 * how much that probability drops when the touch is left out (the shortened sequence's observed
 * probability, 0 when never observed), floored at 0. Gains are normalized per path; when every gain
 * is 0 the last touch takes the credit.
 */
import type { KeyedPath } from "./types.ts";

const SEP = "\u0001";

/**
 * Per-touch credits of every path (empty arrays for paths without touches).
 * @example counterfactualTouchCredits([{ keys: ["a", "b"], ... }, { keys: ["b"], conversions: 0, nulls: 1, ... }])
 */
export function counterfactualTouchCredits(paths: readonly KeyedPath[]): Float64Array[] {
  const stats = new Map<string, { conversions: number; total: number }>();
  for (const p of paths) {
    const key = p.keys.join(SEP);
    const s = stats.get(key) ?? { conversions: 0, total: 0 };
    s.conversions += p.conversions;
    s.total += p.conversions + p.nulls;
    stats.set(key, s);
  }
  const probability = (key: string): number => {
    const s = stats.get(key);
    return s && s.total > 0 ? s.conversions / s.total : 0;
  };
  const cache = new Map<string, Float64Array>();
  return paths.map((p) => {
    const key = p.keys.join(SEP);
    let credits = cache.get(key);
    if (!credits) {
      credits = leaveOneOut(p.keys, probability(key), probability);
      cache.set(key, credits);
    }
    return credits;
  });
}

function leaveOneOut(keys: readonly string[], p: number, probability: (key: string) => number): Float64Array {
  const n = keys.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const without = keys.filter((_, j) => j !== i).join(SEP);
    const gain = Math.max(0, p - probability(without));
    out[i] = gain;
    sum += gain;
  }
  if (sum === 0) {
    out[n - 1] = 1;
    return out;
  }
  for (let i = 0; i < n; i++) out[i]! /= sum;
  return out;
}
