/**
 * The parameter search shared by the response fits: the best point of a family's coarse grid,
 * then a Nelder-Mead polish with a fixed iteration budget. Every evaluation reuses one adstock
 * series per carry-over value (AdstockCache), which is what keeps 50 channels well under 200 ms.
 */
import { nelderMead } from "../stats/nelder-mead.ts";
import {
  type AdstockCache,
  decodeParams,
  type FitData,
  type FittedFamily,
  fitScale,
  fitScaleHillGroup,
  gridPoints,
  type ShapeFit,
} from "./fit-families.ts";

/** Fit data plus the per-theta adstock cache shared by every evaluation of one channel. */
export interface CachedData extends FitData {
  cache: AdstockCache;
}

const STEPS = [0.1, 0.4, 0.3];
// Families are compared on their best grid fit (polishing all three cost a third of the time
// and did not change which family won on synthetic data); only the chosen one is polished, with
// an iteration budget sized so 50 channels fit and solve in about 200 ms on a loaded CI box.
export const FINAL_ITERATIONS = 50;

/** Least-squares fit at search point `p` over days [0, n). */
export function fitAt(family: FittedFamily, data: CachedData, n: number, p: readonly number[]): ShapeFit {
  return fitScale(family, decodeParams(family, p, data.meanSpend), data, n, data.cache);
}

/** Best grid point over days [0, n), sharing one adstock series per theta. */
export function bestGridPoint(family: FittedFamily, data: CachedData, n: number): number[] {
  const points = gridPoints(family);
  const sse = gridSse(family, data, n, points);
  // First strictly lowest, in grid order, so ties resolve as they always have.
  let best = 0;
  for (let i = 1; i < points.length; i++) if (sse[i]! < sse[best]!) best = i;
  return points[best]!;
}

/**
 * SSE at each search point over days [0, n). Hill points are evaluated in groups sharing carry-over
 * and alpha (fitScaleHillGroup), so x^alpha is computed once per group.
 */
export function gridSse(
  family: FittedFamily,
  data: CachedData,
  n: number,
  points: readonly number[][],
): number[] {
  const decoded = points.map((p) => decodeParams(family, p, data.meanSpend));
  if (family !== "hill") return decoded.map((sp) => fitScale(family, sp, data, n, data.cache).sse);
  const groups = new Map<string, number[]>();
  decoded.forEach((sp, i) => {
    const key = `${sp.theta}|${sp.alpha}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const sse = new Array<number>(points.length);
  for (const members of groups.values()) {
    const fits = fitScaleHillGroup(
      members.map((i) => decoded[i]!),
      data,
      n,
      data.cache,
    );
    members.forEach((i, j) => {
      sse[i] = fits[j]!.sse;
    });
  }
  return sse;
}

/** Polish `start` with Nelder-Mead over days [0, n). */
export function minimise(
  family: FittedFamily,
  data: CachedData,
  n: number,
  start: number[],
  maxIterations: number,
): { params: number[]; fit: ShapeFit } {
  const { point } = nelderMead((p) => fitAt(family, data, n, p).sse, start, {
    steps: STEPS.slice(0, start.length),
    maxIterations,
  });
  return { params: point, fit: fitAt(family, data, n, point) };
}
