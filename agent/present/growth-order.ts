/**
 * "is colorado growing faster than california", "which state is growing fastest": the planner
 * answers a growth race as the later half of the period against the earlier, member by member
 * (agent/planner/growth-race.ts). Here the members are ordered by their growth rate (percent, so a
 * small state that doubled outranks a big one that grew a little), and the fastest is named.
 */
import { asksGrowthRace } from "../planner/growth-race.ts";

interface Cell {
  current: number | null;
  previous: number | null;
}

const num = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** A row's growth rate on `metric` (later over earlier, minus 1), or undefined without a base. */
export function growthOf(row: Record<string, unknown>, metric: string): number | undefined {
  const c = row[metric] as Cell | undefined;
  return c && num(c.current) && num(c.previous) && c.previous > 0 ? c.current / c.previous - 1 : undefined;
}

/** Whether a comparison answers a growth race (ordered and headed by growth). */
export const isGrowthRace = (question: string | undefined) => asksGrowthRace(question ?? "");

/**
 * Rows ordered by growth rate on `metric`, fastest first; rows without a base last.
 * @example orderByGrowth(rows, "revenue")[0] // the member whose revenue grew fastest
 */
export function orderByGrowth<R extends Record<string, unknown>>(rows: readonly R[], metric: string): R[] {
  const score = (r: R) => growthOf(r, metric) ?? Number.NEGATIVE_INFINITY;
  return [...rows].sort((a, b) => score(b) - score(a));
}

/**
 * The verdict line: which member grew faster (two) or fastest (more), or that none grew.
 * @example growthHeadline(["Texas", 0.112], ["New York", 0.089], 2, "revenue") // "Texas grew faster than New York in revenue (+11.2% against +8.9%)."
 */
export function growthHeadline(
  ranked: ReadonlyArray<{ name: string; growth: number }>,
  label: string,
  pct: (x: number) => string,
): string {
  const [best, second] = ranked;
  if (!best) return "";
  const what = label.toLowerCase();
  if (best.growth <= 0) return `None grew in ${what}: ${best.name} held up best (${pct(best.growth)}).`;
  if (ranked.length === 2 && second)
    return `${best.name} grew faster than ${second.name} in ${what} (${pct(best.growth)} against ${pct(second.growth)}).`;
  return `${best.name} grew fastest in ${what} (${pct(best.growth)}).`;
}
