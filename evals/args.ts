/**
 * Argument normalization and comparison for expected tool calls. Only the keys a case names are
 * compared; periods are compared as resolved absolute dates in the organization's time zone;
 * arrays are compared as multisets (order rarely matters in these arguments: metrics, dimensions,
 * filters, models, budget changes); filters are rewritten to one shape; ids compare as strings.
 */
import { comparisonRange, resolveTimeRange } from "../semantic/query/time-range.ts";
import { timeRangeSchema } from "../semantic/query/types.ts";
import { getToolDefinition } from "../tools/index.ts";

/** The clock and zone periods resolve against. */
export interface ArgContext {
  now: Date;
  timeZone: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const PERIOD_KEYS = ["timeRange", "period"] as const;

function resolvePeriod(v: unknown, ctx: ArgContext): unknown {
  const parsed = timeRangeSchema.safeParse(v);
  if (!parsed.success) return v;
  const r = resolveTimeRange(parsed.data, ctx.now, ctx.timeZone);
  return { from: r.from, to: r.to };
}

/** One filter shape: eq/neq become in/not_in, values become sorted strings. */
function normalizeFilter(f: unknown): unknown {
  if (!isObj(f)) return f;
  const op = f.op === "eq" ? "in" : f.op === "neq" ? "not_in" : (f.op ?? "in");
  if (op === "in" || op === "not_in") {
    const raw = Array.isArray(f.values) ? f.values : "value" in f ? [f.value] : [];
    return { field: f.field, op, values: raw.map((x) => (x === null ? null : String(x))).sort() };
  }
  return { ...f, op };
}

/**
 * Normalize a call's arguments: apply the tool's defaults when `withDefaults` (actual calls),
 * resolve periods and comparison baselines to dates, normalize filters and budget targets.
 * @example normalizeArgs("query_metrics", { metrics: ["roas"], timeRange: { preset: "last_month" } }, ctx)
 */
export function normalizeArgs(tool: string, args: Obj, ctx: ArgContext, withDefaults = false): Obj {
  let out: Obj = { ...args };
  if (withDefaults) {
    const parsed = getToolDefinition(tool)?.inputSchema.safeParse(args);
    if (parsed?.success && isObj(parsed.data)) out = { ...parsed.data };
  }
  for (const key of PERIOD_KEYS) if (key in out) out[key] = resolvePeriod(out[key], ctx);
  const period = PERIOD_KEYS.map((k) => out[k]).find(isObj);
  if (out.compareTo !== undefined && isObj(period) && typeof period.from === "string") {
    const c = out.compareTo;
    if (c === "previous_period" || c === "previous_year" || isObj(c))
      out.compareTo = comparisonRange(period as { from: string; to: string }, c as "previous_period");
  }
  if (Array.isArray(out.filters)) out.filters = out.filters.map(normalizeFilter);
  if (Array.isArray(out.changes))
    out.changes = out.changes.map((c) =>
      isObj(c) && c.value !== undefined ? { ...c, value: String(c.value) } : c,
    );
  return out;
}

function scalarEqual(e: unknown, a: unknown): boolean {
  if (typeof e === "number" || typeof a === "number") {
    const en = Number(e);
    const an = Number(a);
    return (
      e !== null && a !== null && Number.isFinite(en) && Math.abs(en - an) <= 1e-9 * Math.max(1, Math.abs(en))
    );
  }
  return e === a;
}

/**
 * True when `actual` has every key of `expected` with a matching value: objects recursively by
 * the expected keys, arrays as multisets of the same length (each expected element matches a
 * distinct actual element), scalars by value (numbers and numeric strings alike).
 * @example subsetMatch({ metrics: ["a", "b"] }, { metrics: ["b", "a"], limit: 5 }) // true
 */
export function subsetMatch(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    const used = new Set<number>();
    return expected.every((e) => {
      const i = actual.findIndex((a, j) => !used.has(j) && subsetMatch(e, a));
      if (i < 0) return false;
      used.add(i);
      return true;
    });
  }
  if (isObj(expected)) {
    if (!isObj(actual)) return false;
    return Object.entries(expected).every(([k, v]) => subsetMatch(v, actual[k]));
  }
  return scalarEqual(expected, actual);
}

/**
 * Compare expected arguments with an actual call's; returns the expected keys that differ.
 * @example argMismatches("query_metrics", { metrics: ["roas"] }, { metrics: ["cpa"] }, ctx) // ["metrics"]
 */
export function argMismatches(tool: string, expected: Obj, actual: Obj, ctx: ArgContext): string[] {
  const e = normalizeArgs(tool, expected, ctx);
  const a = normalizeArgs(tool, actual, ctx, true);
  return Object.keys(e).filter((k) => !subsetMatch(e[k], a[k]));
}
