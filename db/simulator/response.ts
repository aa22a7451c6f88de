/**
 * True media response: geometric adstock and the Hill saturation curve, plus the budget split that
 * maximizes the steady-state response (the "true optimal allocation" in ground-truth.json).
 */
import type { HillCurve } from "./spec-types.ts";

/**
 * Hill response at adstocked spend x.
 * @example hill(500, { alpha: 2, halfSaturation: 500, scale: 10, theta: 0 }) // => 5
 */
export function hill(x: number, curve: HillCurve): number {
  if (x <= 0) return 0;
  const r = (x / curve.halfSaturation) ** curve.alpha;
  return (curve.scale * r) / (1 + r);
}

/**
 * Geometric adstock: a_t = s_t + theta * a_{t-1}, starting from the steady state of the first
 * day's spend (the channel was already running before the simulated year).
 * @example adstock([100, 0], 0.5) // => Float64Array [200, 100]
 */
export function adstock(spend: ArrayLike<number>, theta: number): Float64Array {
  const out = new Float64Array(spend.length);
  let carry = spend.length > 0 ? (spend[0]! * theta) / (1 - theta) : 0;
  for (let t = 0; t < spend.length; t++) {
    carry = spend[t]! + theta * carry;
    out[t] = carry;
  }
  return out;
}

/** Steady-state response to a constant daily spend (adstock settles at spend / (1 - theta)). */
export function steadyResponse(dailySpend: number, curve: HillCurve): number {
  return hill(dailySpend / (1 - curve.theta), curve);
}

/**
 * Split a daily budget across channels to maximize total steady-state response weighted by
 * `valuePerUnit` (e.g. demand index x AOV). Hill curves with alpha > 1 are S-shaped, so greedy
 * marginal allocation can stall at zero; instead an exhaustive grid at 1% steps finds the basin
 * and a 0.05% coordinate search refines it. Deterministic, and exact enough for 4 channels.
 */
export function optimalSplit(
  dailyBudget: number,
  curves: readonly HillCurve[],
  valuePerUnit: number,
): { shares: number[]; value: number } {
  const n = curves.length;
  const value = (shares: number[]) =>
    shares.reduce((s, share, i) => s + steadyResponse(share * dailyBudget, curves[i]!) * valuePerUnit, 0);
  let best: number[] = new Array(n).fill(1 / n);
  let bestValue = value(best);
  const steps = 100;
  const current: number[] = new Array(n).fill(0);
  const walk = (i: number, left: number) => {
    if (i === n - 1) {
      current[i] = left / steps;
      const v = value(current);
      if (v > bestValue) {
        bestValue = v;
        best = current.slice();
      }
      return;
    }
    for (let k = 0; k <= left; k++) {
      current[i] = k / steps;
      walk(i + 1, left - k);
    }
  };
  walk(0, steps);
  for (const delta of [0.005, 0.0005]) {
    let improved = true;
    while (improved) {
      improved = false;
      for (let from = 0; from < n; from++) {
        for (let to = 0; to < n; to++) {
          if (from === to || best[from]! < delta) continue;
          const next = best.slice();
          next[from]! -= delta;
          next[to]! += delta;
          const v = value(next);
          if (v > bestValue + 1e-9) {
            best = next;
            bestValue = v;
            improved = true;
          }
        }
      }
    }
  }
  return { shares: best.map((s) => Math.max(0, s)), value: bestValue };
}
