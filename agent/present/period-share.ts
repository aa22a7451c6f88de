/**
 * fix13f: the share of a period's total that some of its months took ("what % of annual orders
 * landed in q4"). The planner (agent/planner/period-share-intent.ts) sends compare_periods with
 * the part as the period and the whole as its baseline; this words each additive metric as the
 * part's figure, the whole's, and the part over the whole: a current / previous pair of one
 * object, which the verifier grounds. Ratios (ROAS, conversion rate) have no share of a total and
 * are given as the part's value beside the whole's.
 */

import type { ComparePeriodsData } from "../../tools/compare-periods/execute.ts";
import { formatNumber, formatPeriod, formatValue } from "../answer/index.ts";
import { normalize } from "../planner/normalize.ts";
import { readPeriodShare } from "../planner/period-share-intent.ts";
import { filterNote } from "./filter-note.ts";
import { spec } from "./metric-spec.ts";
import type { Presentation, PresentContext } from "./types.ts";

/**
 * The comparison worded as a share of the whole, or undefined when the question asks no share of
 * a period or the compared period does not lie inside its baseline.
 */
export function withPeriodShare(
  p: Presentation,
  d: ComparePeriodsData,
  ctx: PresentContext,
): Presentation | undefined {
  if (!ctx.question || d.rows.some((r) => Object.values(r).some((v) => typeof v !== "object")))
    return undefined;
  const part = d.period;
  const whole = d.comparisonPeriod;
  const inside =
    part.from >= whole.from && part.to <= whole.to && (part.from !== whole.from || part.to !== whole.to);
  if (!inside || !readPeriodShare(normalize(ctx.question), whole.to)) return undefined;
  const lines: string[] = [];
  for (const t of d.totals) {
    const m = spec(t.metric, t.label, t.unit);
    if (t.current === null || t.previous === null) continue;
    const now = formatValue(t.current, m, ctx.currency);
    const all = formatValue(t.previous, m, ctx.currency);
    lines.push(
      t.additive && t.previous > 0
        ? `${t.label}: ${now} of ${all}, ${formatNumber((t.current / t.previous) * 100, 1)}% of the whole.`
        : `${t.label}: ${now} in the part against ${all} over the whole (a ratio, so no share of a total).`,
    );
  }
  if (!lines.length) return undefined;
  const dataFrom = d.provenance.dataFreshness?.adSpendFrom;
  const dataTo = d.provenance.dataFreshness?.adSpendThrough;
  const notes = [
    filterNote({ provenance: d.provenance, columns: [] }, ctx.valueLabels),
    dataFrom && whole.from < dataFrom
      ? `Data starts ${formatPeriod({ from: dataFrom, to: dataFrom })}: the whole counts only the days since.`
      : "",
    dataTo && whole.to > dataTo ? `Data runs through ${formatPeriod({ from: dataTo, to: dataTo })}.` : "",
  ].filter(Boolean);
  const head = `Share of ${formatPeriod(whole)} that fell in ${formatPeriod(part)}:`;
  // The two periods' bars would draw the part beside the whole it belongs to: no chart.
  const { chart: _bars, ...rest } = p;
  return { ...rest, text: [head, ...lines, ...notes].join("\n") };
}
