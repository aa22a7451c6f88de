/**
 * "What was the best day for orders in October", "our busiest week this quarter", "which month
 * had the highest revenue": a ranking of time units. Without this the ranking had no breakdown and
 * the answer was the period's total, a different question; the unit becomes the date breakdown at
 * that grain, ranked by the metric.
 */
import type { ParsedQuestion } from "./parse.ts";

const RANKED_UNIT =
  /\b(?:(?:best|worst|top|highest|lowest|busiest|quietest|slowest|biggest|strongest|weakest|peak|record) (?:\d{1,3} )?(day|week|month|quarter)s?|(?:which|what) (day|week|month|quarter) (?:had|has|was|brought|saw|got|did)\b)/;

/**
 * Turn a ranking of days, weeks or months into a date breakdown at that grain (in place); true when it did.
 * @example applyTimeUnitRanking(parse("best day for orders in october")) // dims ["date"], grain "day"
 */
export function applyTimeUnitRanking(p: ParsedQuestion): boolean {
  const m = RANKED_UNIT.exec(p.text);
  if (!m || !p.ranking || p.dims.dimensions.length) return false;
  const unit = (m[1] ?? m[2]) as "day" | "week" | "month" | "quarter";
  p.dims.dimensions = ["date"];
  p.trend = { trend: true, grain: unit };
  p.ranking = { ...p.ranking, limit: p.ranking.limit ?? 1 };
  return true;
}
