/**
 * The candidate curve families as the fitter sees them: revenue_t = scale * shape(adstock_t), with
 * scale linear (solved in closed form) and the shape's parameters searched by grid + Nelder-Mead.
 *
 * Parameters are kept in search coordinates p = [theta, ln kRel, ln alpha]: k = kRel * level, where
 * level is the steady-state adstocked level of the average daily spend, so the grid in kRel means
 * the same thing for a channel spending 50 a day and one spending 50,000.
 */
import { geometricAdstock } from "./adstock.ts";
import type { ResponseCurve } from "./curves.ts";

/** Families the fitter can choose between. */
export type FittedFamily = "hill" | "log1p" | "exp";

/** Upper limit on carry-over: beyond this a day's effect lasts weeks and is not identifiable. */
export const THETA_MAX = 0.9;
const ALPHA_MIN = 0.3;
const ALPHA_MAX = 6;

// Coarse on purpose: Nelder-Mead polishes from the best point, and every grid point costs a pass
// over the data (the fitter must handle 50 channels in well under 200 ms).
const THETA_GRID = [0, 0.25, 0.5, 0.75];
const K_REL_GRID = [0.3, 0.6, 1.2, 2.5, 5];
const ALPHA_GRID = [0.8, 1.3, 2.2];

/** Decoded shape parameters. */
export interface ShapeParams {
  theta: number;
  k: number;
  alpha: number;
}

/** The data a fit runs on: daily spend and revenue, plus the average daily spend. */
export interface FitData {
  spend: readonly number[];
  /** The outcome per day; may be negative when it is an estimate (see incremental-fit.ts). */
  revenue: readonly number[];
  meanSpend: number;
  /**
   * Optional demand index per day (mean about 1): the response that day is demand times the
   * curve, as when a busy season lifts every channel's orders alike. Absent means 1 every day.
   */
  demand?: ArrayLike<number>;
}

/** Least-squares outcome for one parameter point over the first `n` days. */
export interface ShapeFit {
  sse: number;
  scale: number;
  /** Sum of squared shape values: the scale's standard error is sigma / sqrt(sumShapeSq). */
  sumShapeSq: number;
}

/** Decode search coordinates into shape parameters (clamped, so Nelder-Mead may wander freely). */
export function decodeParams(family: FittedFamily, p: readonly number[], meanSpend: number): ShapeParams {
  // Quantised to 0.005 so the fitter can cache one adstock series per theta it visits; finer
  // carry-over differences are far below what daily data can distinguish.
  const theta = Math.round(Math.min(THETA_MAX, Math.max(0, p[0]!)) * 200) / 200;
  const level = meanSpend / (1 - theta);
  const k = level * Math.exp(Math.min(5, Math.max(-5, p[1]!)));
  const alpha = family === "hill" ? Math.min(ALPHA_MAX, Math.max(ALPHA_MIN, Math.exp(p[2]!))) : 1;
  return { theta, k, alpha };
}

/** Number of search coordinates of a family. */
export function dimensions(family: FittedFamily): number {
  return family === "hill" ? 3 : 2;
}

/** The starting grid, in search coordinates. */
export function gridPoints(family: FittedFamily): number[][] {
  const points: number[][] = [];
  for (const theta of THETA_GRID) {
    for (const kRel of K_REL_GRID) {
      if (family !== "hill") points.push([theta, Math.log(kRel)]);
      else for (const alpha of ALPHA_GRID) points.push([theta, Math.log(kRel), Math.log(alpha)]);
    }
  }
  return points;
}

/** Adstocked series per theta (and their logs, for Hill), computed once per theta visited. */
export class AdstockCache {
  private readonly levels = new Map<number, Float64Array>();
  private readonly logs = new Map<number, Float64Array>();
  constructor(private readonly spend: readonly number[]) {}

  /** Adstocked levels for `theta`. */
  levelsFor(theta: number): Float64Array {
    let a = this.levels.get(theta);
    if (!a) {
      a = geometricAdstock(this.spend, theta);
      this.levels.set(theta, a);
    }
    return a;
  }

  /** ln of the adstocked levels (-Infinity at zero), so Hill's z^alpha costs one exp. */
  logLevelsFor(theta: number): Float64Array {
    let l = this.logs.get(theta);
    if (!l) {
      l = this.levelsFor(theta).map(Math.log);
      this.logs.set(theta, l);
    }
    return l;
  }
}

/** Shape values (scale 1) for days [from, to). */
function shapeSeries(
  family: FittedFamily,
  cache: AdstockCache,
  sp: ShapeParams,
  from: number,
  to: number,
  demand: ArrayLike<number> | undefined,
): Float64Array {
  const out = new Float64Array(to - from);
  for (let t = from; t < to; t++) out[t - from] = shapeAt(family, cache, sp, t) * (demand?.[t] ?? 1);
  return out;
}

/** Shape value at day t (kept tiny so the JIT inlines it into the loops below). */
function shapeAt(family: FittedFamily, cache: AdstockCache, sp: ShapeParams, t: number): number {
  if (family === "hill") {
    const za = Math.exp(sp.alpha * cache.logLevelsFor(sp.theta)[t]!);
    return za / (za + sp.k ** sp.alpha);
  }
  const z = cache.levelsFor(sp.theta)[t]!;
  return family === "log1p" ? Math.log1p(z / sp.k) : -Math.expm1(-z / sp.k);
}

/** Best non-negative scale and its SSE over days [0, n) for given shape parameters. */
export function fitScale(
  family: FittedFamily,
  sp: ShapeParams,
  data: FitData,
  n: number,
  cache: AdstockCache,
): ShapeFit {
  let sgy = 0;
  let sgg = 0;
  let syy = 0;
  const y = data.revenue;
  const dm = data.demand;
  // One loop per family with its constants hoisted: this is the fitter's hot path, run a few
  // hundred times per channel, so it avoids allocating and branching per day.
  if (family === "hill" && sp.alpha === 1) {
    // alpha 1 (the incremental model's prior shape) needs no power: z / (z + k), no exp per day.
    const z = cache.levelsFor(sp.theta);
    const k = sp.k;
    for (let t = 0; t < n; t++) {
      const g = dm ? (dm[t]! * z[t]!) / (z[t]! + k) : z[t]! / (z[t]! + k);
      sgy += g * y[t]!;
      sgg += g * g;
      syy += y[t]! * y[t]!;
    }
  } else if (family === "hill") {
    const logZ = cache.logLevelsFor(sp.theta);
    const ka = sp.k ** sp.alpha;
    const alpha = sp.alpha;
    for (let t = 0; t < n; t++) {
      const za = Math.exp(alpha * logZ[t]!);
      const g = dm ? (dm[t]! * za) / (za + ka) : za / (za + ka);
      sgy += g * y[t]!;
      sgg += g * g;
      syy += y[t]! * y[t]!;
    }
  } else {
    const z = cache.levelsFor(sp.theta);
    const inv = 1 / sp.k;
    const isLog = family === "log1p";
    for (let t = 0; t < n; t++) {
      const g = (isLog ? Math.log1p(z[t]! * inv) : -Math.expm1(-z[t]! * inv)) * (dm ? dm[t]! : 1);
      sgy += g * y[t]!;
      sgg += g * g;
      syy += y[t]! * y[t]!;
    }
  }
  // A negative scale would mean revenue falls with spend; clamp it and report the fit as flat.
  if (sgg === 0 || sgy <= 0) return { sse: syy, scale: 0, sumShapeSq: sgg };
  return { sse: Math.max(0, syy - (sgy * sgy) / sgg), scale: sgy / sgg, sumShapeSq: sgg };
}

/**
 * {@link fitScale} for several Hill points sharing carry-over and alpha (a grid's points differing
 * only in half-saturation): x^alpha is computed once for all of them, not once per point, which is
 * most of a grid's cost. Same arithmetic in the same order, so the results equal fitScale's.
 */
export function fitScaleHillGroup(
  points: readonly ShapeParams[],
  data: FitData,
  n: number,
  cache: AdstockCache,
): ShapeFit[] {
  const first = points[0];
  if (!first || first.alpha === 1) return points.map((sp) => fitScale("hill", sp, data, n, cache));
  const logZ = cache.logLevelsFor(first.theta);
  const alpha = first.alpha;
  const powers = new Float64Array(n);
  for (let t = 0; t < n; t++) powers[t] = Math.exp(alpha * logZ[t]!);
  const y = data.revenue;
  const dm = data.demand;
  return points.map((sp) => {
    let sgy = 0;
    let sgg = 0;
    let syy = 0;
    const ka = sp.k ** sp.alpha;
    for (let t = 0; t < n; t++) {
      const za = powers[t]!;
      const g = dm ? (dm[t]! * za) / (za + ka) : za / (za + ka);
      sgy += g * y[t]!;
      sgg += g * g;
      syy += y[t]! * y[t]!;
    }
    if (sgg === 0 || sgy <= 0) return { sse: syy, scale: 0, sumShapeSq: sgg };
    return { sse: Math.max(0, syy - (sgy * sgy) / sgg), scale: sgy / sgg, sumShapeSq: sgg };
  });
}

/** Revenue predicted for each day [from, to) with the given parameters (times demand, if given). */
export function predict(
  family: FittedFamily,
  sp: ShapeParams,
  scale: number,
  cache: AdstockCache,
  from: number,
  to: number,
  demand?: ArrayLike<number>,
): number[] {
  const g = shapeSeries(family, cache, sp, from, to, demand);
  return Array.from(g, (v) => scale * v);
}

/** The fitted daily curve (a function of adstocked daily spend) as a {@link ResponseCurve}. */
export function toCurve(family: FittedFamily, sp: ShapeParams, scale: number): ResponseCurve {
  if (family === "hill") return { type: "hill", scale, k: sp.k, alpha: sp.alpha };
  return { type: family, scale, k: sp.k };
}
