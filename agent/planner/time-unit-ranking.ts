/**
 * "What was the best day for orders in October", "our busiest week this quarter", "which month
 * had the highest revenue": a ranking of time units. Without this the ranking had no breakdown and
 * the answer was the period's total, a different question; the unit becomes the date breakdown at
 * that grain, ranked by the metric. "Best and worst week" asks for both ends: the series at that
 * grain, whose answer names the peak and the low. "Of the year" is this year so far.
 */
import { addDays, addMonths, endOfMonth, startOfMonth } from "../../semantic/query/dates.ts";
import type { ParsedQuestion } from "./parse.ts";

const RANKED_UNIT =
  /\b(?:(?:best|worst|top|highest|lowest|busiest|quietest|slowest|biggest|strongest|weakest|peak|record) (?:\d{1,3} )?(day|week|month|quarter)s?|(?:which|what) (day|week|month|quarter) (?:had|has|was|brought|saw|got|did)\b)/;
/**
 * fix6a: a metric between the ranking word and the unit ("biggest revenue day", "best sales
 * month"); the words between may not be a period, a breakdown or a filler ("best campaign last month").
 */
const RANKED_METRIC_UNIT =
  /\b(?:best|worst|top|highest|lowest|busiest|quietest|slowest|biggest|strongest|weakest|peak|record)(?: (?!(?:last|this|next|past|previous|prior|campaigns?|channels?|platforms?|sources?|ads?|emails?|customers?|of|in|for|per|a|an|the|by|on|and|or|ever)\b)[a-z]+){1,2} (day|week|month|quarter)s?\b(?! (?:over|by|on|of) (?:day|week|month|quarter))/;

/**
 * Both ends asked for at once: "best and worst", "highest & lowest", "top and bottom". fix10b: the
 * unit (and "ever", "of all time") may sit between the two ends: "top week ever plus the weakest one",
 * "strongest month and also our slowest".
 */
const HIGH_END_WORDS = "best|top|highest|strongest|busiest|biggest";
const LOW_END_WORDS = "worst|bottom|lowest|weakest|quietest|slowest|smallest";
const BETWEEN_ENDS =
  "(?: (?:day|week|month|quarter)s?)?(?: (?:ever|of all time|on record|so far))?,? (?:and|&|or|vs|versus|plus|as well as)(?: also)?(?: (?:the|our|my))?";
/** The other end added as the question's last words: "... and the lowest", "... plus our worst one". */
const CLOSING_END = (ends: string) =>
  ` (?:and|&|plus|as well as)(?: also)?(?: (?:the|our|my))? (?:${ends})(?: one)?(?: (?:day|week|month|quarter))?\\??$`;
const BOTH_ENDS = new RegExp(
  `\\b(?:${HIGH_END_WORDS})${BETWEEN_ENDS} (?:${LOW_END_WORDS})\\b|\\b(?:${LOW_END_WORDS})${BETWEEN_ENDS} (?:${HIGH_END_WORDS})\\b` +
    // "highest revenue month of all time and the lowest": the other end added at the close.
    `|\\b(?:${HIGH_END_WORDS})\\b.{0,50}${CLOSING_END(LOW_END_WORDS)}|\\b(?:${LOW_END_WORDS})\\b.{0,50}${CLOSING_END(HIGH_END_WORDS)}`,
);
/** Words for the low end of a ranking. */
const LOW_END = /^(?:worst|lowest|quietest|slowest|weakest)\b/;
/** "best week of the year", "in the year so far": this calendar year, to date. */
const OF_THE_YEAR = /\b(?:of|in|for|across) the year\b(?! (?:before|prior|ago))/;

/**
 * Turn a ranking of days, weeks or months into a date breakdown at that grain (in place); true when it did.
 * @example applyTimeUnitRanking(parse("best day for orders in october")) // dims ["date"], grain "day"
 */
export function applyTimeUnitRanking(p: ParsedQuestion): boolean {
  if (applyEntityDayRanking(p)) return true;
  const m = RANKED_UNIT.exec(p.text) ?? (p.metrics.length ? RANKED_METRIC_UNIT.exec(p.text) : null);
  if (!m || p.dims.dimensions.length) return false;
  // "busiest day", "quietest week": ranking words the modifiers do not read as one.
  if (!p.ranking && m[1]) p.ranking = { direction: LOW_END.test(m[0]) ? "worst" : "best" };
  if (!p.ranking) return false;
  const unit = (m[1] ?? m[2]) as "day" | "week" | "month" | "quarter";
  // "what was the top month": a ranked unit of time is a data question even with no measure named
  // ("top" alone did not count as recognised, so it was declined as off topic).
  p.recognised = true;
  p.dims.dimensions = ["date"];
  p.trend = { trend: true, grain: unit };
  if (!p.time.period && OF_THE_YEAR.test(p.text))
    p.time.period = { from: `${p.today.slice(0, 4)}-01-01`, to: p.today, label: "this year" };
  // fix7c: "which month sold the most", "our weakest month for orders": with no period named, a default
  // 30-day window holds one month, so the ranking had one row; the last twelve whole months rank.
  if (!p.time.period && unit === "month") p.time.period = lastTwelveMonths(p);
  // fix7c: "our best month", "the worst week" with no measure: a business's best period is the one
  // that sold the most (orders for "busiest" / "quietest"), stated in the answer; asking "best by
  // what?" left the follow-up ("and the worst?") to answer with a measure nobody picked.
  if (!p.metrics.length) p.metrics = [/\b(?:busiest|quietest|slowest)\b/.test(m[0]) ? "orders" : "revenue"];
  // Both ends: the whole series, its answer names the peak and the low (a ranking keeps one end).
  if (BOTH_ENDS.test(p.text)) p.ranking = undefined;
  else {
    // "the top month" is one month; "top months" keeps the ranking's own count.
    const singular = !/(?:day|week|month|quarter)s\b/.test(m[0]) && !/\d/.test(m[0]);
    p.ranking = { ...p.ranking, limit: singular ? 1 : (p.ranking.limit ?? 1) };
  }
  return true;
}

/** The twelve whole months ending with the last whole month of data (or before today). */
function lastTwelveMonths(p: ParsedQuestion): { from: string; to: string; label: string } {
  const end = p.dataEnd && p.dataEnd < p.today ? p.dataEnd : addDays(p.today, -1);
  const to = endOfMonth(end) === end ? end : addDays(startOfMonth(end), -1);
  return { from: startOfMonth(addMonths(to, -11)), to, label: "the last 12 months" };
}

/** fix15e: the highest end of a record: "biggest", "top", "most", "record". */
const RECORD_HIGH =
  "best|top|highest|biggest|largest|most|max|maximum|record|heaviest|priciest|costliest|peak";
/**
 * fix15e: one campaign's (channel's, platform's) single day: "biggest single-day spend on one
 * campaign", "top campaign-day by spend", "largest daily spend any one campaign ever had".
 */
const ENTITY_DAY = new RegExp(
  `\\b(?:${RECORD_HIGH}|lowest|smallest|worst)\\b.{0,40}?\\b(?:(?:single|one)[- ]day|daily|(?:campaign|channel|platform)[- ]days?|day)\\b`,
);
const ONE_ENTITY =
  /\b(?:(?:one|a single|any single|any one|any|single|an individual|individual|a) (campaign|channel|platform)|(campaign|channel|platform)[- ]days?)\b/;

/**
 * fix15e: "the biggest single-day spend on one campaign": the record is a campaign on one day, so
 * the rows are campaign by day, ranked, the top one kept; with no period named, every day of data
 * (a record is of all time). Read as campaign totals it named a different thing.
 * @example applyEntityDayRanking(parse("top campaign-day by spend")) // dims ["campaign", "date"], grain "day", limit 1
 */
export function applyEntityDayRanking(p: ParsedQuestion): boolean {
  const one = ONE_ENTITY.exec(p.text);
  const m = ENTITY_DAY.exec(p.text);
  if (!one || !m || !p.metrics.length) return false;
  const dim = (one[1] ?? one[2]) as "campaign" | "channel" | "platform";
  const dims = p.dims.dimensions;
  if (dims.some((d) => d !== dim && d !== "date")) return false;
  const low = /^(?:lowest|smallest|worst)\b/.test(m[0]);
  const plural = /\b(?:days|campaigns|channels|platforms)\b/.test(m[0]) || /\d/.test(m[0]);
  p.recognised = true;
  p.dims.dimensions = [dim, "date"];
  p.trend = { trend: true, grain: "day" };
  // A record is of the figure itself: the biggest spend day is the most spent, whatever is better.
  p.ranking = {
    ...(p.ranking ?? {}),
    direction: low ? "asc" : "desc",
    limit: plural ? (p.ranking?.limit ?? 10) : 1,
  };
  if (!p.time.period && p.dataStart)
    p.time.period = {
      from: p.dataStart,
      to: p.dataEnd ?? addDays(p.today, -1),
      label: "all time (every day of data)",
    };
  return true;
}
