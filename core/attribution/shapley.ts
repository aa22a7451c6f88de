/**
 * Shapley attribution, two ways.
 * 1. Simplified (Zhao et al. 2018) over observed channel sets: with coalition worth
 *    v(S) = sum of R(T) over T subset of S (R(T) = conversions of users exposed to exactly T), the
 *    Shapley value has the closed form phi_c = sum over T containing c of R(T) / |T|: each observed
 *    set's conversions are split equally among its distinct channels. That per-set split is exact,
 *    so it is also the per-conversion credit (no channel-level reweighting needed).
 * 2. Exact enumeration of every coalition for a given worth table (up to 15 players).
 */
import { AppError } from "../../lib/errors.ts";

/** Players allowed in exact enumeration: 2^15 coalitions x 15 players stays under a millisecond. */
export const MAX_SHAPLEY_PLAYERS = 15;

/**
 * Per-touch credit of one path under the simplified Shapley value: 1/|distinct keys| per key,
 * split equally over that key's touches.
 * @example shapleyTouchCredits(["a", "b", "a"]) // [0.25, 0.5, 0.25]
 */
export function shapleyTouchCredits(keys: readonly string[]): Float64Array {
  const out = new Float64Array(keys.length);
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  for (let i = 0; i < keys.length; i++) out[i] = 1 / counts.size / counts.get(keys[i]!)!;
  return out;
}

/** One row of a coalition table: a set of channels and a number for it. */
export interface CoalitionEntry {
  channels: readonly string[];
  value: number;
}

/**
 * Exact Shapley values by enumerating all 2^n coalitions. `worth` is v(S) for each listed set
 * (missing sets are worth 0) unless `cumulative` is set: then each entry is the conversion ratio of
 * users exposed to exactly that set, and v(S) sums the entries of every subset of S (Zhao et al.).
 * @example shapleyFromCoalitions([{ channels: ["F"], value: 0.2 }], { cumulative: true }) // F -> 0.2
 */
export function shapleyFromCoalitions(
  entries: readonly CoalitionEntry[],
  opts: { cumulative: boolean },
): Map<string, number> {
  const players = [...new Set(entries.flatMap((e) => e.channels))].sort();
  const n = players.length;
  if (n > MAX_SHAPLEY_PLAYERS) {
    throw new AppError(
      "core.invalid_input",
      `exact Shapley supports at most ${MAX_SHAPLEY_PLAYERS} channels, got ${n}`,
    );
  }
  const bit = new Map(players.map((p, i) => [p, 1 << i]));
  const size = 1 << n;
  const v = new Float64Array(size);
  for (const e of entries) {
    if (!Number.isFinite(e.value))
      throw new AppError("core.invalid_input", "coalition values must be finite");
    let mask = 0;
    for (const c of e.channels) mask |= bit.get(c)!;
    v[mask]! += e.value;
  }
  if (opts.cumulative) {
    // Subset-sum (zeta) transform: v(S) = sum over T subset of S, in n * 2^n steps.
    for (let i = 0; i < n; i++) {
      for (let s = 0; s < size; s++) if (s & (1 << i)) v[s]! += v[s ^ (1 << i)]!;
    }
  }
  const weightBySize = coalitionWeights(n);
  const phi = new Float64Array(n);
  for (let s = 0; s < size; s++) {
    const k = popcount(s);
    for (let i = 0; i < n; i++) {
      if (s & (1 << i)) continue;
      phi[i]! += weightBySize[k]! * (v[s | (1 << i)]! - v[s]!);
    }
  }
  return new Map(players.map((p, i) => [p, phi[i]!]));
}

/** |S|! (n - |S| - 1)! / n! for each coalition size |S| = 0..n-1. */
function coalitionWeights(n: number): Float64Array {
  const w = new Float64Array(Math.max(n, 1));
  for (let k = 0; k < n; k++) {
    // 1 / (n * C(n-1, k)), built by multiplication to stay exact for small n.
    let binom = 1;
    for (let j = 1; j <= k; j++) binom = (binom * (n - 1 - k + j)) / j;
    w[k] = 1 / (n * binom);
  }
  return w;
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}
