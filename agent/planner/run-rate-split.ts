/**
 * fix16d: "by channel", "split by platform?" after a run-rate estimate ("forecast revenue for
 * november"): read alone the turn asked the period's actuals by channel, and the period has no data
 * yet ("no data for November"). Here each member of the breakdown is projected the same way as the
 * total (its own pace over the same stretch, its filter added), one project_run_rate call each, and
 * the answer says it is a straight line per member, not a model.
 */
import { addDays, endOfMonth, startOfWeek } from "../../semantic/query/dates.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { DimensionValue, Plan, PlannedCall } from "./types.ts";

/** Breakdowns with few enough members to project one by one. */
const SPLITTABLE = new Set(["channel", "platform"]);
/** Words such a turn may say besides the breakdown. */
const SPLIT_FILLER = new Set(
  (
    "by per each split it that this the forecast estimate projection projected break down out broken into " +
    "and now can you please pls show me give do same what about how for across a an of too also ok okay"
  ).split(" "),
);

export const RUN_RATE_SPLIT_NOTE =
  "Each one is projected on its own the same way as the total: its own daily pace over the same stretch, carried over the days without data (a straight line per row, not a model).";

/**
 * One run-rate call per member of the breakdown the turn names, or undefined when the turn is not one.
 * @example runRateSplit(parse("by channel"), novemberRevenueEstimate, values)?.calls.length // 8
 */
export function runRateSplit(
  p: ParsedQuestion,
  previous: Plan | undefined,
  values: readonly DimensionValue[],
): Plan | undefined {
  if (previous?.kind !== "tool_calls" || previous.calls.length !== 1) return undefined;
  const call = previous.calls[0]!;
  if (call.name !== "project_run_rate") return undefined;
  const dims = p.dims.dimensions;
  if (dims.length !== 1 || !SPLITTABLE.has(dims[0]!) || p.dims.filters.length || p.time.period)
    return undefined;
  if (p.metrics.some((m) => m !== call.args.metric)) return undefined;
  if (p.unknownWords.some((w) => !SPLIT_FILLER.has(w))) return undefined;
  return splitRunRate(previous, dims[0]!, values);
}

/**
 * The run-rate plan projected once per member of `field` (each member's own pace, its filter
 * added), or undefined when the plan is not one run-rate call or the field has too few or too
 * many members to list.
 * @example splitRunRate(novemberRevenueEstimate, "channel", values)?.calls.length // 8
 */
export function splitRunRate(plan: Plan, field: string, values: readonly DimensionValue[]): Plan | undefined {
  if (plan.kind !== "tool_calls" || plan.calls.length !== 1) return undefined;
  const call = plan.calls[0]!;
  if (call.name !== "project_run_rate" || !SPLITTABLE.has(field)) return undefined;
  const filters = (call.args.filters as { field: string }[] | undefined) ?? [];
  if (filters.some((f) => f.field === field)) return undefined;
  const members = values.filter((v) => v.dimension === field);
  if (members.length < 2 || members.length > 10) return undefined;
  const calls: PlannedCall[] = members.map((m) => ({
    name: "project_run_rate",
    args: { ...call.args, filters: [...filters, { field, op: "in", values: [m.value] }] },
  }));
  return {
    ...plan,
    calls,
    frame: { ...plan.frame, dimensions: [field] },
    notes: [...(plan.notes ?? []), RUN_RATE_SPLIT_NOTE],
  };
}

export const RUN_RATE_PARTS_NOTE = "Each week or month below is projected the same way as the total.";

/** Words a grain-only turn may say besides the grain ("now weekly", "can you split it by month"). */
const GRAIN_FILLER = new Set([
  ...SPLIT_FILLER,
  ..."week weeks weekly month months monthly wk wks into in instead rather broken wise level grain granularity view numbers figures please pls thanks".split(
    " ",
  ),
]);

/**
 * The period cut into calendar weeks (Monday to Sunday) or months, the first and last clipped to it.
 * @example periodParts({ from: "2026-11-01", to: "2026-11-30" }, "week")[1] // { from: "2026-11-02", to: "2026-11-08" }
 */
export function periodParts(
  period: { from: string; to: string },
  grain: "week" | "month",
): { from: string; to: string }[] {
  const parts: { from: string; to: string }[] = [];
  let from = period.from;
  while (from <= period.to) {
    const end = grain === "week" ? addDays(startOfWeek(from), 6) : endOfMonth(from);
    const to = end < period.to ? end : period.to;
    parts.push({ from, to });
    from = addDays(to, 1);
  }
  return parts;
}

/**
 * fix17b: "now weekly", "by month" after a run-rate estimate ("revenue next month", "q4 at this
 * pace"): read alone the turn was the latest actuals by week, not the estimate. Here each week or
 * month of the projected period is projected the same way (one call each, the same pace stretch).
 * @example runRateByPeriod(parse("now weekly"), novemberRevenueEstimate)?.calls.length // 6
 */
export function runRateByPeriod(p: ParsedQuestion, previous: Plan | undefined): Plan | undefined {
  if (previous?.kind !== "tool_calls" || previous.calls.length !== 1) return undefined;
  const call = previous.calls[0]!;
  if (call.name !== "project_run_rate") return undefined;
  const grain = p.trend.grain;
  if (grain !== "week" && grain !== "month") return undefined;
  if (p.dims.dimensions.some((d) => d !== "date") || p.dims.filters.length || p.time.period) return undefined;
  if (p.metrics.some((m) => m !== call.args.metric)) return undefined;
  if (p.unknownWords.some((w) => !GRAIN_FILLER.has(w))) return undefined;
  const period = call.args.period as { from: string; to: string };
  const parts = periodParts(period, grain);
  if (parts.length < 2 || parts.length > 16) return undefined;
  const calls: PlannedCall[] = parts.map((part) => ({
    name: "project_run_rate",
    args: { ...call.args, period: part },
  }));
  return {
    ...previous,
    calls,
    frame: { ...previous.frame, dimensions: ["date"], grain },
    notes: [...(previous.notes ?? []), RUN_RATE_PARTS_NOTE],
  };
}
