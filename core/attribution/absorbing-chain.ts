/**
 * Exact absorption probabilities of an absorbing Markov chain: P(reach "conversion" | state).
 * Transient states are 0..n-1 with sparse rows (CSR); the two absorbing states (conversion, null)
 * are implicit: `toConversion[s]` is the probability of s -> conversion, the rest of a row's missing
 * mass goes to null. Small systems use dense Gaussian elimination; large ones Gauss-Seidel to
 * machine precision, which converges because every state can reach absorption (each observed path ends).
 */
import { AppError } from "../../lib/errors.ts";

/** Transition probabilities among transient states in compressed sparse rows. */
export interface SparseChain {
  readonly n: number;
  readonly rowStart: Int32Array;
  readonly col: Int32Array;
  readonly prob: Float64Array;
  readonly toConversion: Float64Array;
}

/** Dense elimination below this size: n^3/3 flops stays under ~1 ms. */
const DENSE_LIMIT = 120;
const GS_TOLERANCE = 1e-15;
const GS_MAX_SWEEPS = 200_000;

/**
 * Probability of absorption in conversion from state `from`, with the states flagged in `removed`
 * made to lead to null (their inbound transitions are redirected to null).
 * @example conversionProbability(chain, 0) // P(conversion) from the start state
 */
export function conversionProbability(chain: SparseChain, from: number, removed?: Uint8Array): number {
  if (removed?.[from]) return 0;
  const p = chain.n <= DENSE_LIMIT ? solveDense(chain, removed) : solveGaussSeidel(chain, removed);
  return p[from]!;
}

/** Solve (I - Q) p = b by Gaussian elimination with partial pivoting; removed states keep p = 0. */
export function solveDense(chain: SparseChain, removed?: Uint8Array): Float64Array {
  const { n, rowStart, col, prob, toConversion } = chain;
  const live: number[] = [];
  const pos = new Int32Array(n).fill(-1);
  for (let s = 0; s < n; s++) {
    if (!removed?.[s]) {
      pos[s] = live.length;
      live.push(s);
    }
  }
  const m = live.length;
  const a = new Float64Array(m * (m + 1));
  const w = m + 1;
  for (let i = 0; i < m; i++) {
    const s = live[i]!;
    a[i * w + i] = 1;
    for (let e = rowStart[s]!; e < rowStart[s + 1]!; e++) {
      const j = pos[col[e]!]!;
      if (j >= 0) a[i * w + j]! -= prob[e]!;
    }
    a[i * w + m] = toConversion[s]!;
  }
  for (let k = 0; k < m; k++) {
    let piv = k;
    for (let i = k + 1; i < m; i++) if (Math.abs(a[i * w + k]!) > Math.abs(a[piv * w + k]!)) piv = i;
    if (a[piv * w + k] === 0) throw new AppError("core.infeasible", "the Markov chain has no absorbing exit");
    if (piv !== k) {
      for (let j = k; j <= m; j++) {
        const t = a[k * w + j]!;
        a[k * w + j] = a[piv * w + j]!;
        a[piv * w + j] = t;
      }
    }
    const d = a[k * w + k]!;
    for (let i = k + 1; i < m; i++) {
      const f = a[i * w + k]! / d;
      if (f === 0) continue;
      for (let j = k; j <= m; j++) a[i * w + j]! -= f * a[k * w + j]!;
    }
  }
  const x = new Float64Array(m);
  for (let i = m - 1; i >= 0; i--) {
    let s = a[i * w + m]!;
    for (let j = i + 1; j < m; j++) s -= a[i * w + j]! * x[j]!;
    x[i] = s / a[i * w + i]!;
  }
  const p = new Float64Array(n);
  for (let i = 0; i < m; i++) p[live[i]!] = x[i]!;
  return p;
}

/** Gauss-Seidel sweeps until no probability moves by more than 1e-15 (all values are in [0, 1]). */
export function solveGaussSeidel(chain: SparseChain, removed?: Uint8Array): Float64Array {
  const { n, rowStart, col, prob, toConversion } = chain;
  const p = new Float64Array(n);
  for (let sweep = 0; sweep < GS_MAX_SWEEPS; sweep++) {
    let delta = 0;
    for (let s = 0; s < n; s++) {
      if (removed?.[s]) continue;
      let v = toConversion[s]!;
      for (let e = rowStart[s]!; e < rowStart[s + 1]!; e++) v += prob[e]! * p[col[e]!]!;
      const d = Math.abs(v - p[s]!);
      if (d > delta) delta = d;
      p[s] = v;
    }
    if (delta <= GS_TOLERANCE) return p;
  }
  throw new AppError("core.infeasible", `Gauss-Seidel did not converge in ${GS_MAX_SWEEPS} sweeps`);
}
