/**
 * fix12a: "cmgr of orders since january", "average monthly growth rate, compounded": the rate per
 * step that takes the series' first value to its last, (last / first)^(1 / steps) - 1
 * (core/stats/series-steps.ts), named with both ends and the number of steps. The verifier grounds
 * it from the same column's first and last values (agent/verify/ground-numbers.ts).
 */
import { compoundRate } from "../../core/stats/series-steps.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatDate, formatNumber, formatValue } from "../answer/format.ts";
import type { MetricSpec } from "../answer/types.ts";
import { normalize } from "../planner/normalize.ts";
import type { Presentation, PresentContext } from "./types.ts";

/** A compound growth rate asked for: "cmgr", "compounded monthly growth", "average monthly growth rate". */
export const COMPOUND =
  /\b(?:cmgr|cwgr|cagr|compound(?:ed|ing)?|(?:average|avg|mean) (?:monthly|weekly|month(?:ly)? on month|week(?:ly)? on week) (?:growth|increase)|(?:average|avg|mean) (?:growth|increase) (?:rate )?(?:per|a|each) (?:month|week))\b/;
type Grain = "day" | "week" | "month" | "quarter" | "year";

/**
 * The presentation led by each metric's compound rate per step, or undefined when not asked, not a
 * plain date series of three or more steps, or an end is not positive.
 * @example withCompoundRate(p, result, "month", ctx) // "Revenue, compound growth per month from January 2026 ($100) to March 2026 ($121): +10.0% a month over 2 months."
 */
export function withCompoundRate(
  p: Presentation,
  result: MetricResult,
  grain: Grain,
  ctx: PresentContext,
): Presentation | undefined {
  if (!ctx.question || !COMPOUND.test(normalize(ctx.question))) return undefined;
  const dims = result.columns.filter((c) => c.kind === "dimension");
  if (dims.length !== 1 || dims[0]!.key !== "date") return undefined;
  const lines: string[] = [];
  for (const c of result.columns.filter((x) => x.kind === "metric")) {
    // The same values the verifier reads: the column's numbers in row order (gaps skipped).
    const points = result.rows.flatMap((r) =>
      typeof r[c.key] === "number" ? [{ date: String(r.date), value: r[c.key] as number }] : [],
    );
    if (points.length < 3) continue;
    const first = points[0]!;
    const last = points.at(-1)!;
    const steps = points.length - 1;
    const rate = compoundRate(first.value, last.value, steps);
    const spec = { unit: c.unit ?? "count", format: c.format } as Pick<MetricSpec, "unit" | "format">;
    const ends = `from ${formatDate(first.date, grain)} (${formatValue(first.value, spec, ctx.currency)}) to ${formatDate(last.date, grain)} (${formatValue(last.value, spec, ctx.currency)})`;
    lines.push(
      rate === undefined
        ? `${c.label}: no compound growth rate ${ends}, because an end is zero or below.`
        : `${c.label}, compound growth per ${grain} ${ends}: ${rate >= 0 ? "+" : "-"}${formatNumber(Math.abs(rate) * 100, 1)}% a ${grain} over ${steps} ${grain}s (the steady rate that links the two ends; each ${grain}'s value is in the table).`,
    );
  }
  if (!lines.length) return undefined;
  return { ...p, text: `${lines.join("\n")}\n${p.text}` };
}
