/** Period comparison: absolute and percent change per metric, per row and in total. Pure. */
import { addDays, startOfMonth, startOfQuarter, startOfWeek, startOfYear } from "../query/dates.ts";
import type { DateRange, Grain } from "../query/types.ts";

/** One metric's change against the comparison period. */
export interface Change {
  previous: number | null;
  change: number | null;
  /** (current - previous) / |previous|; null when previous is zero or missing. */
  percentChange: number | null;
}

export type Row = Record<string, unknown>;

/** Change from `previous` to `current`. @example change(120, 100) // {previous: 100, change: 20, percentChange: 0.2} */
export function change(current: number | null, previous: number | null): Change {
  if (current === null || previous === null) return { previous, change: null, percentChange: null };
  const diff = current - previous;
  return { previous, change: diff, percentChange: previous === 0 ? null : diff / Math.abs(previous) };
}

/** Start of the grain bucket containing `d`. */
export function bucketStart(d: string, grain: Grain): string {
  switch (grain) {
    case "day":
      return d;
    case "week":
      return startOfWeek(d);
    case "month":
      return startOfMonth(d);
    case "quarter":
      return startOfQuarter(d);
    case "year":
      return startOfYear(d);
  }
}

/** The buckets of a range in order (the first may start before `from`). */
export function bucketsOf(range: DateRange, grain: Grain): string[] {
  const out: string[] = [];
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) {
    const b = bucketStart(d, grain);
    if (out[out.length - 1] !== b) out.push(b);
  }
  return out;
}

/**
 * Change per metric for each current row, matching comparison rows on the non-date dimensions
 * and, for the date, on the bucket's position in its own period (day 3 vs day 3).
 */
export function compareRows(opts: {
  rows: readonly Row[];
  previousRows: readonly Row[];
  dimensions: readonly string[];
  metrics: readonly string[];
  grain: Grain;
  range: DateRange;
  previousRange: DateRange;
}): Record<string, Change>[] {
  const position = (buckets: string[]) => new Map(buckets.map((b, i) => [b, i]));
  const cur = position(bucketsOf(opts.range, opts.grain));
  const prev = position(bucketsOf(opts.previousRange, opts.grain));
  const keyOf = (row: Row, pos: Map<string, number>) =>
    JSON.stringify(
      opts.dimensions.map((d) => (d === "date" ? (pos.get(String(row[d])) ?? String(row[d])) : row[d])),
    );
  const previousByKey = new Map(opts.previousRows.map((r) => [keyOf(r, prev), r]));
  return opts.rows.map((row) => {
    const before = previousByKey.get(keyOf(row, cur));
    const out: Record<string, Change> = {};
    for (const m of opts.metrics) out[m] = change(toNumber(row[m]), before ? toNumber(before[m]) : null);
    return out;
  });
}

/** A SQL value as a number (numeric may arrive as text from some drivers); null stays null. */
export function toNumber(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  const n = typeof v === "number" ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}
