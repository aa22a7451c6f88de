/**
 * fix10a: "now only returning customers", "just paid social" after an overview ("how did we do
 * last week"): the overview compared its headline figures with the period before, so the narrowed
 * answer keeps that comparison (the same figures, for those rows, against the same baseline).
 * Merged as a plain follow-up it lost the comparison that made it a "how did we do".
 */
import { overviewPeriods } from "./follow-up-asks.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame, Plan } from "./types.ts";

/**
 * The overview's frame narrowed by the turn's filters and compared with the overview's baseline,
 * or undefined when the previous answer was no overview or the turn asks more than a filter.
 * @example overviewNarrowed(parse("only returning customers"), overviewPlan)?.compare?.period.from // "2026-10-12"
 */
export function overviewNarrowed(p: ParsedQuestion, previous: Plan | undefined): Frame | undefined {
  const periods = overviewPeriods(previous);
  if (!periods || previous?.kind !== "tool_calls") return undefined;
  const filterFamily = (field: string) => (field === "channel_group" ? "channel" : field);
  const ownDims = p.dims.dimensions.every((d) => p.dims.filters.some((f) => filterFamily(f.field) === d));
  if (!p.dims.filters.length || !ownDims || p.metrics.length || p.time.period || p.time.compare)
    return undefined;
  if (p.ranking || p.trend.trend || p.signals.explain || p.signals.budget || p.models.length)
    return undefined;
  const fields = new Set(p.dims.filters.map((f) => f.field));
  const kept = previous.frame.filters.filter((f) => !fields.has(f.field));
  return {
    ...previous.frame,
    intent: "compare",
    dimensions: [],
    filters: [...kept, ...p.dims.filters],
    period: periods.period,
    compare: { mode: "explicit", period: periods.baseline },
  };
}
