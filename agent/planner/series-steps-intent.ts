/**
 * fix11b: asks for a derived series over time, read as the metric's date series (the presenter,
 * agent/present/series-steps.ts, adds the derived column):
 * - each step's change: "mom growth % for each month", "how quickly are sessions growing, month
 *   over month": every month's change from the month before, not only last month against the one
 *   before (a single comparison answered a different question);
 * - a running total: "cumulative orders this year", "running total of spend by week": the series
 *   with its total so far, not the plain values or one total.
 * - fix12a, a compound growth rate: "cmgr of sessions since january", "average monthly growth,
 *   compounded, march to september": the monthly series between the two ends (the presenter,
 *   agent/present/compound-rate.ts, names the rate; the verifier grounds it from the series' ends).
 */
import { COMPOUND } from "../present/compound-rate.ts";
import { RUNNING_TOTAL } from "../present/series-steps.ts";
import { monthlySeriesPeriod } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";

type Unit = "day" | "week" | "month" | "quarter";

/** The unit named as the series' step: "every month", "each week", "all months", "month by month". */
const EVERY_UNIT =
  /\b(?:every|each|all(?: the)?|per|by|for each|for every) (day|week|month|quarter)s?\b|\b(day|week|month|quarter) by \2\b/;
/** The pace of a change asked for, which a single pair of periods does not show. */
const PACE =
  /\b(?:how (?:fast|quickly|rapidly|steadily)|pace of|rate of growth|growth rate|trajectory|over time|trend(?:ing)?|series)\b/;

const COHORT = /\b(?:cohorts?|ltv|lifetime value|per customer|first order month)\b/;

const DAY_MS = 86_400_000;
const daysIn = (p: { from: string; to: string }) =>
  Math.round((Date.parse(p.to) - Date.parse(p.from)) / DAY_MS) + 1;

/** Only a plain metric series can carry the derived column: no other breakdown, no ranking. */
function plainSeries(p: ParsedQuestion): boolean {
  return p.metrics.length > 0 && !p.ranking && p.dims.dimensions.every((d) => d === "date");
}

function asSeries(p: ParsedQuestion, grain: Unit): void {
  p.dims.dimensions = ["date"];
  p.trend = { ...p.trend, trend: true, grain };
  // The unit a comparison word implied ("mom": last month) is the step now, not the period.
  p.time = { ...p.time, compare: undefined, impliedUnit: undefined, seriesGrain: grain };
  // A series of months with no period named: whole months of the last year of data (frame.ts).
  if (!p.time.period && (grain === "month" || grain === "quarter"))
    p.time.period = monthlySeriesPeriod(p.today, p.dataEnd);
}

/**
 * "mom % for every month", "how fast is revenue growing week over week": a comparison word that
 * implies a unit, asked of every unit or as a pace with no one period named, becomes the series.
 * @example applyStepChangeSeries(parse("revenue growth mom for each month")) // dims ["date"], grain "month"
 */
export function applyStepChangeSeries(p: ParsedQuestion): boolean {
  const unit = p.time.impliedUnit;
  if (!plainSeries(p) || !unit || unit === "year" || p.time.compare?.mode !== "previous_period") return false;
  const every = EVERY_UNIT.exec(p.text);
  const named = (every?.[1] ?? every?.[2]) === unit;
  if (!named && (p.time.period || !PACE.test(p.text))) return false;
  asSeries(p, unit);
  return true;
}

/**
 * "cumulative revenue this year", "running total of orders by week": the series at the grain asked,
 * else by month over a period longer than two months (or none named), else by day.
 * @example applyRunningTotalSeries(parse("cumulative orders this year")) // dims ["date"], grain "month"
 */
export function applyRunningTotalSeries(p: ParsedQuestion): boolean {
  // A cohort's cumulative value per customer is the cohort table's own measure (cohort-intent.ts).
  if (!plainSeries(p) || !RUNNING_TOTAL.test(p.text) || COHORT.test(p.text)) return false;
  const period = p.time.period;
  const asked = p.trend.grain as Unit | undefined;
  const grain: Unit = asked ?? (!period || daysIn(period) > 62 ? "month" : "day");
  asSeries(p, grain);
  return true;
}

/** Words the compound reading understands, no longer unknown to the catalog search. */
const COMPOUND_WORDS = new Set(["compound", "compounded", "compounding", "cmgr", "cwgr", "cagr"]);

/**
 * "compound monthly growth of revenue from jan to oct", "cmgr of orders": the monthly (or weekly)
 * series from the first named period's start to the last one's end, or the last 12 months of data.
 * @example applyCompoundSeries(parse("cmgr of orders jan to oct")) // dims ["date"], grain "month", jan 1 - oct 31
 */
export function applyCompoundSeries(p: ParsedQuestion): boolean {
  if (!COMPOUND.test(p.text) || COHORT.test(p.text)) return false;
  if (!p.metrics.length || p.ranking || !p.dims.dimensions.every((d) => d === "date")) return false;
  const grain: Unit = /\b(?:cwgr|weekly|week(?:ly)? on week|per week|a week|each week)\b/.test(p.text)
    ? "week"
    : "month";
  // "jan vs oct" read as a comparison: the series runs from the earlier period to the later.
  const ends = [p.time.period, p.time.compare?.period].filter((x): x is NonNullable<typeof x> => Boolean(x));
  const sorted = [...ends].sort((a, b) => (a.from < b.from ? -1 : 1));
  const from = sorted[0]?.from;
  const label = sorted.map((x) => x.label).join(" to ");
  const to = ends
    .map((x) => x.to)
    .sort()
    .at(-1);
  p.unknownWords = p.unknownWords.filter((w) => !COMPOUND_WORDS.has(w));
  asSeries(p, grain);
  if (from && to && ends.length === 2) p.time.period = { from, to, label };
  return true;
}
