/**
 * Deterministic Nelder-Mead minimiser for a handful of parameters. Used to polish a grid search, so
 * it favours a fixed iteration budget over clever convergence tests.
 */

/** Options for {@link nelderMead}. */
export interface NelderMeadOptions {
  /** Initial simplex step per coordinate (same length as the start point). */
  steps: readonly number[];
  /** Hard cap on iterations; each costs one to n + 2 evaluations. */
  maxIterations: number;
  /** Stop once the spread of objective values across the simplex falls below this. */
  tolerance?: number;
}

/** Best point found and its objective value. */
export interface NelderMeadResult {
  point: number[];
  value: number;
}

/**
 * Minimise `f` from `start` with the standard coefficients (reflect 1, expand 2, contract 0.5,
 * shrink 0.5).
 * @example
 * nelderMead(([x, y]) => (x! - 1) ** 2 + (y! + 2) ** 2, [0, 0], { steps: [1, 1], maxIterations: 200 });
 * // { point: ≈[1, -2], value: ≈0 }
 */
export function nelderMead(
  objective: (p: readonly number[]) => number,
  start: readonly number[],
  options: NelderMeadOptions,
): NelderMeadResult {
  const n = start.length;
  // NaN would poison the sort below, so an undefined objective counts as infinitely bad.
  const f = (p: readonly number[]) => {
    const v = objective(p);
    return Number.isNaN(v) ? Number.POSITIVE_INFINITY : v;
  };
  const tol = options.tolerance ?? 1e-10;
  const simplex: { p: number[]; v: number }[] = [{ p: [...start], v: f(start) }];
  for (let i = 0; i < n; i++) {
    const p = [...start];
    p[i] = p[i]! + options.steps[i]!;
    simplex.push({ p, v: f(p) });
  }
  const along = (from: number[], to: number[], t: number) => from.map((x, i) => x + t * (to[i]! - x));
  for (let iter = 0; iter < options.maxIterations; iter++) {
    simplex.sort((a, b) => a.v - b.v);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    if (Math.abs(worst.v - best.v) <= tol * (Math.abs(best.v) + tol)) break;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j]! += simplex[i]!.p[j]! / n;
    const reflected = along(centroid, worst.p, -1);
    const rv = f(reflected);
    if (rv < best.v) {
      const expanded = along(centroid, worst.p, -2);
      const ev = f(expanded);
      simplex[n] = ev < rv ? { p: expanded, v: ev } : { p: reflected, v: rv };
    } else if (rv < simplex[n - 1]!.v) {
      simplex[n] = { p: reflected, v: rv };
    } else {
      const contracted = rv < worst.v ? along(centroid, reflected, 0.5) : along(centroid, worst.p, 0.5);
      const cv = f(contracted);
      if (cv < Math.min(rv, worst.v)) {
        simplex[n] = { p: contracted, v: cv };
      } else {
        for (let i = 1; i <= n; i++) {
          const p = along(best.p, simplex[i]!.p, 0.5);
          simplex[i] = { p, v: f(p) };
        }
      }
    }
  }
  simplex.sort((a, b) => a.v - b.v);
  return { point: simplex[0]!.p, value: simplex[0]!.v };
}
