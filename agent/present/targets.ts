/**
 * What an answer says about the organization's targets: each target check the query_metrics result
 * carries ("CPA $47.10 meets the target of at most $50.00, by $2.90"), and, when the question asks
 * about a target that is not set, that it is not set and how to set one. Every figure comes from the
 * result (actual, target and gap are all in it), so the verifier grounds them.
 */
import type { TargetCheckRow } from "../../tools/query-metrics/targets.ts";
import { formatValue } from "../answer/format.ts";
import type { PresentContext } from "./types.ts";

/** "are we hitting our target CPA", "ROAS vs goal", "are we on target": the question is about targets. */
const ASKS_ABOUT_TARGET = /\b(?:targets?|goals?|on track|hitting|hit our|kpi target)\b/i;

interface MetricColumn {
  key: string;
  label: string;
  unit?: string | undefined;
  format?: string | undefined;
}

function unitOf(c: MetricColumn) {
  const unit = (["currency", "percent", "ratio", "count"] as const).find((u) => u === c.unit) ?? "count";
  const format = (["percent", "decimal", "integer"] as const).find((f) => f === c.format);
  return { unit, ...(format ? { format } : unit === "count" ? { format: "decimal" as const } : {}) };
}

function sentence(check: TargetCheckRow, column: MetricColumn, ctx: PresentContext): string {
  const fmt = (v: number) => formatValue(v, unitOf(column), ctx.currency);
  const member = check.member ?? check.filterValue;
  const dim = check.filterDimension;
  const where = member && dim ? ` for ${ctx.valueLabels?.[dim]?.[member] ?? member}` : "";
  const bound = `${check.direction === "at_most" ? "at most" : "at least"} ${fmt(check.target)}${check.period === "none" ? "" : ` per ${check.period}`}`;
  const subject = `${column.label}${where}`;
  if (check.met === null || check.actual === null || check.gap === null)
    return `${subject} has a target of ${bound}; not compared here: ${check.notComparable ?? "no value"}.`;
  const actual = `${subject} ${fmt(check.actual)}`;
  if (check.gap === 0) return `${actual} is exactly on its target of ${bound}.`;
  return check.met
    ? `${actual} meets its target of ${bound}, by ${fmt(check.gap)}.`
    : `${actual} misses its target of ${bound}, by ${fmt(check.gap)}.`;
}

/**
 * The target lines of a metric answer ("" when nothing to say).
 * @example targetText(result.targets, result.columns, { currency: "USD", timeZone: "UTC", question: "are we hitting target CPA" })
 */
export function targetText(
  checks: readonly TargetCheckRow[] | undefined,
  columns: readonly (MetricColumn & { kind: string })[],
  ctx: PresentContext,
): string {
  const metrics = columns.filter((c) => c.kind === "metric");
  const lines = (checks ?? []).flatMap((c) => {
    const column = metrics.find((m) => m.key === c.metric);
    return column ? [sentence(c, column, ctx)] : [];
  });
  // Absent checks mean the tool did not look targets up (compare_periods): nothing to say either way.
  if (checks && ctx.question && ASKS_ABOUT_TARGET.test(ctx.question)) {
    // Only the metrics the question is about: MER shown beside ROAS has no target of its own to ask for.
    const asked = metrics.filter((m) => m.key !== "mer" || metrics.length === 1);
    for (const m of asked) {
      if (checks.some((c) => c.metric === m.key)) continue;
      lines.push(
        `No target is set for ${m.label}, so I can't say whether it is on target. An analyst or admin can set one with POST /api/v1/targets, e.g. { "metric": "${m.key}", "target": <value> }.`,
      );
    }
  }
  return lines.join("\n");
}
