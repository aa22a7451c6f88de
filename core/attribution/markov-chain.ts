/**
 * Builds the order-k Markov chain of a set of paths: states are the last k channels (fewer at the
 * start of a path), consecutive repeats are collapsed, every path starts in `start` and ends in
 * conversion (its conversions) or null (its non-converting occurrences). Counting transitions is
 * linear in the touches, so identical paths need no grouping first.
 */
import { AppError } from "../../lib/errors.ts";
import type { SparseChain } from "./absorbing-chain.ts";

/** Minimal path view the chain needs (keys per touch and the occurrence counts). */
export interface ChainPath {
  readonly keys: readonly string[];
  readonly conversions: number;
  readonly nulls: number;
}

/** The chain plus what removal effects need: each state's keys. */
export interface BuiltChain {
  chain: SparseChain;
  /** Distinct keys in first-seen order. */
  keys: string[];
  /** For each key index, the transient states containing it (state 0 is `start`). */
  statesByKey: number[][];
}

/** Digits per tuple position for order > 1: codes stay below 2^53 for k <= 4. */
const BASE = 8192;
const EDGE_STRIDE = 2 ** 26;

/**
 * Count transitions of `paths` into an absorbing chain of order `order`.
 * @example buildChain([{ keys: ["a", "b"], conversions: 1, nulls: 0 }], 1, true).keys // ["a", "b"]
 */
export function buildChain(paths: readonly ChainPath[], order: number, includeNulls: boolean): BuiltChain {
  return order === 1 ? buildFirstOrder(paths, includeNulls) : buildHigherOrder(paths, order, includeNulls);
}

/**
 * Order 1: state = key index + 1, counts in a dense matrix that doubles when keys outgrow it.
 * Skipping the state and edge hash maps is what keeps a million paths under a second.
 */
function buildFirstOrder(paths: readonly ChainPath[], includeNulls: boolean): BuiltChain {
  const counter = new FirstOrderChainCounter(includeNulls);
  for (const path of paths) counter.add(path.keys, path.conversions, path.nulls);
  return counter.build();
}

/**
 * The order-1 chain counted one path at a time, so a caller can feed paths as it reads them
 * (a streamed path file) without keeping them. Same arithmetic, in the same order, as
 * `buildChain(paths, 1, includeNulls)`.
 * @example const c = new FirstOrderChainCounter(true); c.add(["a", "b"], 1, 0); c.build().keys // ["a", "b"]
 */
export class FirstOrderChainCounter {
  private readonly keyIndex = new Map<string, number>();
  private readonly keys: string[] = [];
  private cap = 32;
  private counts: Float64Array = new Float64Array(32 * 32);
  private outTotal: Float64Array = new Float64Array(32);
  private toConv: Float64Array = new Float64Array(32);

  constructor(private readonly includeNulls: boolean) {}

  /** Count one path's transitions (`touches` is read, not kept). */
  add(touches: readonly string[], conversions: number, nulls: number): void {
    const w = conversions + (this.includeNulls ? nulls : 0);
    if (w <= 0 || touches.length === 0) return;
    let from = 0;
    for (let i = 0; i < touches.length; i++) {
      let c = this.keyIndex.get(touches[i]!);
      if (c === undefined) c = this.newKey(touches[i]!);
      const to = c + 1;
      if (to === from) continue;
      this.counts[from * this.cap + to]! += w;
      this.outTotal[from]! += w;
      from = to;
    }
    this.outTotal[from]! += w;
    this.toConv[from]! += conversions;
  }

  /** Counter key index of each caller channel index (addIndexed), or -1 before its first use. */
  private fromIndex = new Int32Array(0);

  /**
   * `add` for touches given as indices into `names` (a reader that interns channels already):
   * no name lookup per touch. Keys get their counter index on first use, as in `add`, so the
   * counts and their order are the same as `add(touches.map((t) => names[t]), ...)`.
   */
  addIndexed(
    touches: Int32Array,
    length: number,
    names: readonly string[],
    conversions: number,
    nulls: number,
  ): void {
    const w = conversions + (this.includeNulls ? nulls : 0);
    if (w <= 0 || length === 0) return;
    if (this.fromIndex.length < names.length) {
      const grown = new Int32Array(Math.max(names.length, this.fromIndex.length * 2)).fill(-1);
      grown.set(this.fromIndex);
      this.fromIndex = grown;
    }
    const fromIndex = this.fromIndex;
    let from = 0;
    for (let i = 0; i < length; i++) {
      const t = touches[i]!;
      let c = fromIndex[t]!;
      if (c < 0) {
        c = this.keyIndex.get(names[t]!) ?? this.newKey(names[t]!);
        fromIndex[t] = c;
      }
      const to = c + 1;
      if (to === from) continue;
      const cap = this.cap;
      this.counts[from * cap + to]! += w;
      this.outTotal[from]! += w;
      from = to;
    }
    this.outTotal[from]! += w;
    this.toConv[from]! += conversions;
  }

  private newKey(key: string): number {
    const c = this.keys.length;
    this.keyIndex.set(key, c);
    this.keys.push(key);
    if (c + 2 > this.cap) {
      const cap = this.cap;
      const grown = cap * 2;
      const next = new Float64Array(grown * grown);
      for (let r = 0; r < cap; r++) next.set(this.counts.subarray(r * cap, (r + 1) * cap), r * grown);
      this.counts = next;
      this.outTotal = grow(this.outTotal, grown);
      this.toConv = grow(this.toConv, grown);
      this.cap = grown;
    }
    return c;
  }

  /** The absorbing chain of everything added. */
  build(): BuiltChain {
    const { keys, cap, counts, outTotal, toConv } = this;
    const n = keys.length + 1;
    const edges = new Map<number, number>();
    for (let f = 0; f < n; f++) {
      for (let t = 1; t < n; t++)
        if (counts[f * cap + t]! > 0) edges.set(f * EDGE_STRIDE + t, counts[f * cap + t]!);
    }
    return {
      chain: toSparse(n, edges, Array.from(outTotal.subarray(0, n)), Array.from(toConv.subarray(0, n))),
      keys: [...keys],
      statesByKey: keys.map((_, c) => [c + 1]),
    };
  }
}

function grow(a: Float64Array, size: number): Float64Array {
  const out = new Float64Array(size);
  out.set(a);
  return out;
}

/** Order k > 1: states are hashed k-tuples of key indices (variable length at a path's start). */
function buildHigherOrder(paths: readonly ChainPath[], order: number, includeNulls: boolean): BuiltChain {
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const stateOfCode = new Map<number, number>();
  const codes: number[] = [0];
  const edges = new Map<number, number>();
  const outTotal: number[] = [0];
  const toConv: number[] = [0];
  const top = BASE ** (order - 1);

  for (const path of paths) {
    const nulls = includeNulls ? path.nulls : 0;
    const w = path.conversions + nulls;
    if (w <= 0 || path.keys.length === 0) continue;
    let prevKey = -1;
    let code = 0;
    let from = 0;
    for (const k of path.keys) {
      let c = keyIndex.get(k);
      if (c === undefined) {
        c = keys.length;
        keyIndex.set(k, c);
        keys.push(k);
        if (order > 1 && c + 1 >= BASE) {
          throw new AppError("core.invalid_input", `Markov order ${order} supports at most ${BASE - 1} keys`);
        }
      }
      if (c === prevKey) continue;
      prevKey = c;
      code = (code % top) * BASE + c + 1;
      let to = stateOfCode.get(code);
      if (to === undefined) {
        to = codes.length;
        stateOfCode.set(code, to);
        codes.push(code);
        outTotal.push(0);
        toConv.push(0);
      }
      const e = from * EDGE_STRIDE + to;
      edges.set(e, (edges.get(e) ?? 0) + w);
      outTotal[from]! += w;
      from = to;
    }
    outTotal[from]! += w;
    toConv[from]! += path.conversions;
  }
  return {
    chain: toSparse(codes.length, edges, outTotal, toConv),
    keys,
    statesByKey: statesContainingEachKey(codes, keys.length),
  };
}

function toSparse(n: number, edges: Map<number, number>, outTotal: number[], toConv: number[]): SparseChain {
  const rowStart = new Int32Array(n + 1);
  for (const e of edges.keys()) rowStart[Math.floor(e / EDGE_STRIDE) + 1]!++;
  for (let s = 0; s < n; s++) rowStart[s + 1]! += rowStart[s]!;
  const fill = rowStart.slice(0, n);
  const col = new Int32Array(edges.size);
  const prob = new Float64Array(edges.size);
  for (const [e, count] of edges) {
    const from = Math.floor(e / EDGE_STRIDE);
    const at = fill[from]!++;
    col[at] = e - from * EDGE_STRIDE;
    prob[at] = count / outTotal[from]!;
  }
  const toConversion = new Float64Array(n);
  for (let s = 0; s < n; s++) toConversion[s] = outTotal[s]! > 0 ? toConv[s]! / outTotal[s]! : 0;
  return { n, rowStart, col, prob, toConversion };
}

function statesContainingEachKey(codes: readonly number[], keyCount: number): number[][] {
  const out: number[][] = Array.from({ length: keyCount }, () => []);
  for (let s = 1; s < codes.length; s++) {
    let code = codes[s]!;
    const seen = new Set<number>();
    while (code > 0) {
      const digit = code % BASE;
      code = (code - digit) / BASE;
      if (!seen.has(digit)) {
        seen.add(digit);
        out[digit - 1]!.push(s);
      }
    }
  }
  return out;
}
