/**
 * Markov-chain attribution (ChannelAttribution white paper), solved exactly: P(conversion) from the
 * absorbing chain, removal effect RE_c = 1 - P(conv | c removed) / P(conv), where removing c sends
 * every transition into a state containing c to null. Credit_c = RE_c / sum(RE) x total.
 */
import { conversionProbability } from "./absorbing-chain.ts";
import { type BuiltChain, buildChain, type ChainPath } from "./markov-chain.ts";
import type { KeyCredit } from "./types.ts";

/** Markov totals for a set of paths. */
export interface MarkovResult {
  /** P(conversion) from the start state of the full chain. */
  conversionProbability: number;
  removalEffects: Map<string, number>;
  byKey: Map<string, KeyCredit>;
}

/** Value is optional so the same function serves the API paths and the bench rows. */
export type MarkovPath = ChainPath & { readonly value?: number };

/**
 * Exact order-k Markov attribution; paths without touches take no part.
 * @example markovAttribution(paths, { order: 1, includeNulls: true }).removalEffects.get("A")
 */
export function markovAttribution(
  paths: readonly MarkovPath[],
  opts: { order: number; includeNulls: boolean },
): MarkovResult {
  const built = buildChain(paths, opts.order, opts.includeNulls);
  let conversions = 0;
  let value = 0;
  for (const p of paths) {
    if (p.keys.length === 0) continue;
    conversions += p.conversions;
    value += p.value ?? 0;
  }
  return markovFromChain(built, conversions, value);
}

/**
 * Removal effects and credit from a counted chain; `conversions` and `value` are the totals of the
 * paths with touches (what the credit splits).
 * @example markovFromChain(new FirstOrderChainCounter(true).build(), 0, 0).byKey.size // 0
 */
export function markovFromChain(built: BuiltChain, conversions: number, value: number): MarkovResult {
  const { chain, keys, statesByKey } = built;
  const base = conversionProbability(chain, 0);
  const removalEffects = new Map<string, number>();
  const removed = new Uint8Array(chain.n);
  let sumRe = 0;
  for (let c = 0; c < keys.length; c++) {
    const states = statesByKey[c]!;
    for (const s of states) removed[s] = 1;
    const re = base > 0 ? 1 - conversionProbability(chain, 0, removed) / base : 0;
    for (const s of states) removed[s] = 0;
    removalEffects.set(keys[c]!, re);
    sumRe += re;
  }
  const byKey = new Map<string, KeyCredit>();
  for (const [key, re] of removalEffects) {
    const share = sumRe > 0 ? re / sumRe : 0;
    byKey.set(key, { conversions: share * conversions, value: share * value });
  }
  return { conversionProbability: base, removalEffects, byKey };
}
