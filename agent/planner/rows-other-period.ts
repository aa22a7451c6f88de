/**
 * fix16f: "how did those two do in september", "and them last quarter?", "same 3 in q2" after a
 * ranking cut to its top rows ("which two campaigns spent the most in october"): the same rows in
 * the other period, not that period's own top rows (a different two). The ranking's period is
 * compared with the one asked (compare_periods keeps the top rows by the ranking's period and
 * gives each its value in the other), with revenue and ROAS beside a paid ranking's measure.
 */
import type { Reading } from "./pipeline/types.ts";
import type { Frame, Plan } from "./types.ts";

/** Words that point at the rows the previous answer showed. */
const POINTS_AT_ROWS =
  /\b(?:those|these|them|they|their|both|same (?:ones|rows|two|three|\d+|campaigns?|channels?|platforms?|sources?)|the (?:same|two|three|four|five|\d+)(?: (?:ones|campaigns|channels|platforms|sources))?|(?:those|these|the) (?:ones|campaigns|channels|platforms|sources|top (?:two|three|\d+)))\b/;
/** Breakdowns whose rows have spend and attributed revenue beside them. */
const PAID_ROWS = new Set(["channel", "platform", "campaign"]);

/**
 * The previous top rows in the period the question names, or undefined when it is not such a turn.
 * @example rowsOtherPeriod(reading("how did those two do in september"), topTwoByOctoberSpend)
 * // frame: compare, period October, compare.period September, limit 2, [spend, revenue, roas]
 */
export function rowsOtherPeriod(r: Reading, prev: Frame): Frame | undefined {
  const p = r.p;
  const period = p.time.period;
  if (prev.intent !== "rank" || !prev.limit || !period || !POINTS_AT_ROWS.test(p.text)) return undefined;
  const dims = prev.dimensions;
  if (dims.length !== 1 || dims[0] === "date" || p.dims.filters.length || p.time.compare) return undefined;
  if (p.dims.dimensions.some((d) => d !== dims[0])) return undefined;
  if (period.from === prev.period.from && period.to === prev.period.to) return undefined;
  const ranked = prev.order?.field ?? prev.metrics[0];
  if (!ranked) return undefined;
  const beside = PAID_ROWS.has(dims[0]!) ? ["revenue", "roas"] : [];
  const metrics = [...new Set([ranked, ...p.metrics, ...(p.metrics.length ? [] : beside)])].filter((m) =>
    r.ctx.catalog.metrics.has(m),
  );
  return {
    ...prev,
    intent: "compare",
    metrics,
    compare: { mode: "explicit", period },
    floors: undefined,
  };
}

/** The plan for `rowsOtherPeriod`'s frame, built by `toPlan` (the assemble stage). */
export function rowsOtherPeriodPlan(r: Reading, prev: Frame, toPlan: (f: Frame) => Plan): Plan | undefined {
  const frame = rowsOtherPeriod(r, prev);
  return frame ? toPlan(frame) : undefined;
}
