/**
 * Saved reports keep their period relative: the dates an answer's tool calls ran on become the
 * time preset that gave those dates on the day of the answer ("last_month"), and a comparison with
 * the period just before becomes "previous_period", so a reopened report runs on fresh dates. Pure.
 */
import { comparisonRange, presetRange } from "../../semantic/query/time-range.ts";
import type { DateRange, TimePreset } from "../../semantic/query/types.ts";

/** Presets tried in this order: the first whose dates match wins (month_to_date = this_month). */
export const RELATIVE_PRESETS: readonly TimePreset[] = [
  "last_month",
  "last_week",
  "last_7_days",
  "last_30_days",
  "last_90_days",
  "this_month",
  "this_week",
  "last_quarter",
  "this_quarter",
  "last_year",
  "this_year",
  "yesterday",
  "today",
];

const PERIOD_KEYS = new Set(["period", "timeRange"]);

interface ToolCall {
  name: string;
  args: Record<string, unknown>;
}

const isRange = (v: unknown): v is DateRange =>
  typeof v === "object" &&
  v !== null &&
  Object.keys(v).length === 2 &&
  typeof (v as DateRange).from === "string" &&
  typeof (v as DateRange).to === "string";
const isPreset = (v: unknown): v is { preset: TimePreset } =>
  typeof v === "object" && v !== null && typeof (v as { preset?: unknown }).preset === "string";
const same = (a: DateRange, b: DateRange) => a.from === b.from && a.to === b.to;

/** The preset that resolves to `range` on `today`, if any. */
export function presetFor(range: DateRange, today: string): TimePreset | undefined {
  return RELATIVE_PRESETS.find((p) => same(presetRange(p, today), range));
}

/**
 * Tool calls with every period made relative to `today` (the answer's org-local date), and the
 * report's period (the first call's preset). When any date range matches no preset, the calls are
 * kept as they were and the period is null: the report then shows those fixed dates.
 * @example relativeToolCalls([{ name: "query_metrics", args: { timeRange: { from: "2026-10-01", to: "2026-10-31" } } }], "2026-11-01")
 *   // { toolCalls: [{ ..., args: { timeRange: { preset: "last_month" } } }], period: "last_month" }
 */
export function relativeToolCalls(
  calls: readonly ToolCall[],
  today: string,
): { toolCalls: ToolCall[]; period: TimePreset | null } {
  let fixed = false;
  let period: TimePreset | null = null;
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (typeof value !== "object" || value === null) return value;
    const obj = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    // This object's own period (a sibling compareTo is relative to it).
    let own: DateRange | undefined;
    for (const [k, v] of Object.entries(obj)) {
      if (!PERIOD_KEYS.has(k)) continue;
      if (isRange(v)) {
        const preset = presetFor(v, today);
        if (!preset) fixed = true;
        else {
          out[k] = { preset };
          period ??= preset;
        }
        own = v;
      } else if (isPreset(v)) period ??= v.preset;
    }
    for (const [k, v] of Object.entries(obj)) {
      if (k in out) continue;
      if (k === "compareTo" && isRange(v)) {
        if (own && same(comparisonRange(own, "previous_period"), v)) out[k] = "previous_period";
        else if (own && same(comparisonRange(own, "previous_year"), v)) out[k] = "previous_year";
        else {
          fixed = true;
          out[k] = v;
        }
      } else out[k] = PERIOD_KEYS.has(k) ? v : visit(v);
    }
    return out;
  };
  const toolCalls = calls.map((c) => ({ name: c.name, args: visit(c.args) as Record<string, unknown> }));
  if (fixed)
    return { toolCalls: calls.map((c) => structuredClone({ name: c.name, args: c.args })), period: null };
  return { toolCalls, period };
}
