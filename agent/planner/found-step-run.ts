/**
 * fix13e: the second step of a two-step ask (found-step.ts), filled from the first call's rows:
 * "{{found}}" becomes the top row's value (a channel, a platform, the first day of a week or
 * month), "{{found:to}}" the last day of that week or month. A week that runs past the data is cut
 * at the first call's end. No top row (nothing found), no second step.
 */
import { z } from "zod";
import { addDays, endOfMonth, isIsoDate } from "../../semantic/query/dates.ts";
import { orderByChange } from "../present/change-order.ts";
import type { FoundStep, PlannedCall } from "./types.ts";

/** The part of a query_metrics result the step reads, parsed (the artifact crosses a message). */
const firstRows = z.object({
  ok: z.literal(true),
  data: z.object({ rows: z.array(z.record(z.string(), z.unknown())).min(1) }),
});

/** The first call's top row value of `field`, or undefined when there is none. */
function foundValue(step: FoundStep, result: unknown): string | number | undefined {
  const parsed = firstRows.safeParse(result);
  if (!parsed.success) return undefined;
  const rows = parsed.data.data.rows;
  // fix14e: a comparison's rows come by the current value; the one found is the one that moved most.
  const top = step.pick ? orderByChange(rows, step.pick.metric, step.pick.direction)[0]! : rows[0]!;
  const v = top[step.field];
  return typeof v === "string" || typeof v === "number" ? v : undefined;
}

/** The last day of the week or month starting at `from`, no later than `end`. */
function lastDay(from: string, grain: FoundStep["grain"], end: string | undefined): string {
  if (grain === "day") return from;
  const to = grain === "month" ? endOfMonth(from) : addDays(from, 6);
  return end && to > end ? end : to;
}

/** Every "{{found}}" / "{{found:to}}" string in the args, replaced (values keep their JSON type). */
function fill(value: unknown, found: string | number, to: string): unknown {
  if (value === "{{found}}") return found;
  if (value === "{{found:to}}") return to;
  // fix15a: a found day's normal: the same weekday a week before.
  if (value === "{{found:week_before}}" && typeof found === "string" && isIsoDate(found))
    return addDays(found, -7);
  if (Array.isArray(value)) return value.map((v) => fill(v, found, to));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, found, to)]));
  return value;
}

/**
 * The second step's calls, filled from the first call's result; undefined when the first call
 * found nothing.
 * @example foundStepCalls(step, { ok: true, data: { rows: [{ channel: "display", cpa: 91 }] } }, undefined)
 */
export function foundStepCalls(
  step: FoundStep,
  firstResult: unknown,
  firstEnd: string | undefined,
): PlannedCall[] | undefined {
  const found = foundValue(step, firstResult);
  if (found === undefined) return undefined;
  const to = typeof found === "string" && isIsoDate(found) ? lastDay(found, step.grain, firstEnd) : "";
  return step.calls.map((c) => ({ ...c, args: fill(c.args, found, to) as Record<string, unknown> }));
}
