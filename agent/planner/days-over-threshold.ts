/**
 * fix10b: "which days in september had spend above $400", "how many weeks this year was cpa over
 * $60", "days in q2 where roas was under 1x": the days (weeks, months) of the period that cross a
 * level, not the period's total held against it. Without this the answer was one aggregate and a
 * yes or no, a different question. The unit becomes the date breakdown at that grain; the answer's
 * threshold line (agent/present/threshold-note.ts) then lists and counts the units that cross it.
 */
import { addDays } from "../../semantic/query/dates.ts";
import { readStatedThreshold } from "../present/threshold-note.ts";
import type { ParsedQuestion } from "./parse.ts";

/**
 * Units of time asked for as a list or a count: "which days", "days when", "how many weeks"; a
 * bare unit after a period word is the period ("next month with cac under $55").
 */
const UNITS_ASKED =
  /\b(?:(?:which|what|list(?: (?:all|every))?(?: the)?|how many|number of|count(?: of)?(?: the)?|show(?: me)?(?: the)?|any|all(?: the)?|every) (day|week|month)s?\b|(?<!\b(?:next|last|this|past|previous|prior|the) )\b(day|week|month)s (?:in|during|of|this|last|since|where|when|with|that|on which|in which)\b)/;

/** The level is a daily figure's: "days ... where X was below N", not "last 30 days below N". */
const ROLLING_WINDOW = /\b(?:last|past|previous|trailing|next) \d+ (?:day|week|month)s?\b/;

/**
 * Turn "units of time crossing a level" into a date breakdown at that grain (in place); true when it did.
 * @example applyDaysOverThreshold(parse("which days in september had spend above 400")) // dims ["date"], grain "day"
 */
export function applyDaysOverThreshold(p: ParsedQuestion): boolean {
  if (p.dims.dimensions.length || p.ranking) return false;
  const m = UNITS_ASKED.exec(p.text.replace(ROLLING_WINDOW, " "));
  if (!m) return false;
  if (!p.metrics.length) {
    // fix11b: "which days did we spend over $2k": the level was read as a floor on the rows
    // (metric-floor.ts), leaving no metric. The floor's metric is the series; the answer's
    // threshold line names the days over it, or none and the nearest (a floor would drop them all).
    const floor = p.floors.length === 1 ? p.floors[0] : undefined;
    if (!floor || p.text.indexOf("|") < m.index) return false;
    p.metrics = [floor.field];
    p.floors = [];
    p.recognised = true;
  } else {
    const threshold = readStatedThreshold(p.text);
    // The level must follow the unit ("days where roas was below 1"), not lead the question.
    if (!threshold || threshold.at < m.index) return false;
  }
  const unit = (m[1] ?? m[2]) as "day" | "week" | "month";
  // fix11b: "which days did we spend over $2k" names no period: every day of data is scanned, so a
  // "none" is none ever, not none in the default 90 days.
  if (!p.time.period && !p.time.compare && p.dataStart) {
    const to = p.dataEnd && p.dataEnd < p.today ? p.dataEnd : addDays(p.today, -1);
    if (p.dataStart <= to) p.time.period = { from: p.dataStart, to, label: "all time (every day of data)" };
  }
  p.dims.dimensions = ["date"];
  p.trend = { ...p.trend, trend: true, grain: unit };
  return true;
}
