/**
 * fix15d: two asks about single days said without "which days ... over N", rewritten to the
 * wording days-over-threshold.ts reads, so each becomes the daily series the answer's lines read:
 * - the first day a figure crossed a level ("when did daily revenue first top $2k", "earliest day
 *   we spent over 500"): before, "in a day" read as tomorrow (a forecast, declined) or the level
 *   took the metric as a row floor (a catalog search);
 * - the days with none of a figure ("days we sent no email in september", "any days with zero
 *   orders?"): before, the period's total, which does not name a day.
 * The answer's lines (present/threshold-note.ts for "first", present/none-days.ts for "none") read
 * the question as asked; this only brings the plan to the daily series.
 */
import { normalize } from "./normalize.ts";

/** "first" or "earliest" asked of a time unit or a crossing. */
const FIRST = /\b(?:first|earliest|1st)\b/;
/** A level crossed, said with a verb: "pass $1k", "went over 500", "topped 2k". */
const CROSSED =
  /\b(?:pass(?:ed|es|ing)?|surpass(?:ed|es|ing)?|cross(?:ed|es|ing)?|tops?|topp(?:ed|ing)|broke|break|exceed(?:ed|s|ing)?|hit|reach(?:ed)?|(?:go|went|gone|got|get|was|were|is|came in) (?:over|above|past|beyond)|over|above|more than|greater than|higher than)\s+(\$?\s?\d+(?:[.,]\d+)?\s?(?:k|thousand|grand)?)(?![\w.])/;
/** The unit the level is about: "in a day", "in one week", "first day", "daily". */
const UNIT =
  /\b(?:(?:in|on|for|during) (?:a|one|any|a single|1) (day|week|month)|(?:first|earliest|1st) (day|week|month|date)s?|(daily|weekly|monthly))\b/;
/** Words of the ask around the metric, left out of the rewritten question. */
const ASK_WORDS =
  /\b(?:when|what|which|did|do|does|we|our|us|i|it|the|first|earliest|1st|ever|was|were|is|day|date|time|week|month|daily|weekly|monthly|in a|on a|for a|during a|in one|a single|that|where|had|have|get|got|go|went|make|made|hit|reach|reached|lol|pls|please|ok|so|hey)\b/g;

const UNIT_OF: Readonly<Record<string, string>> = {
  date: "day",
  daily: "day",
  weekly: "week",
  monthly: "month",
};

/**
 * "when did we first pass $1k revenue in a day" -> "which days was revenue over $1k"; undefined
 * when the question is not a first crossing of a level.
 */
function firstCrossing(text: string): string | undefined {
  if (!FIRST.test(text)) return undefined;
  const level = CROSSED.exec(text);
  const unit = UNIT.exec(text);
  if (!level || !unit) return undefined;
  const raw = unit[1] ?? unit[2] ?? unit[3] ?? "day";
  const grain = UNIT_OF[raw] ?? raw;
  const rest = text
    .replace(level[0], " ")
    .replace(unit[0], " ")
    .replace(ASK_WORDS, " ")
    .replace(/[?!.,]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!rest) return undefined;
  return `which ${grain}s was ${rest} over ${level[1]!.replace(/\s+/g, "")}`;
}

/**
 * Days with none of a figure: "which days did we not send any email", "days with zero orders in
 * q3", "any days we spent nothing on ads". Exported for the answer's line (present/none-days.ts).
 */
export const NONE_DAYS =
  /\b(?:days?|dates?)\b(?: [a-z0-9']+){0,4}? (?:(?:with|had|having|where|when|that|on which)(?: [a-z]+){0,2}? (?:no|zero|0|nothing|not a single|not any)\b|without any\b|(?:did|do|have|had)(?: we| i| they| you)? (?:not|never)(?: [a-z]+)? (?:any|a single|send|sent|spend|spent|get|got|have|make|made|run|record)\b|(?:didn't|didnt|don't|dont|haven't|havent|never)(?: [a-z]+)? (?:any|a single|send|sent|spend|spent|get|got|have|make|made|run|record|see)\b|(?:we|i|they) (?:sent|spent|had|got|made|recorded) (?:no|zero|nothing)\b)/;

/**
 * "which days in october did we not send any email at all" -> "which days in october did we not
 * send any email at all (daily)": the question stays as asked (its words pick the metric and the
 * period), with the daily grain named so the planner reads the series by day.
 */
function noneDays(text: string): string | undefined {
  if (!NONE_DAYS.test(text)) return undefined;
  return /\b(?:by day|daily|per day|each day)\b/.test(text)
    ? undefined
    : `${text.replace(/[?!.]+$/, "")} by day`;
}

/**
 * The question in the wording the planner reads when it asks a first crossing or days with none;
 * otherwise as asked.
 * @example rewriteDayShapeWordings("when did we first pass $1k revenue in a day") // "which days was revenue over $1k"
 */
export function rewriteDayShapeWordings(question: string): string {
  if (/@|https?:\/\//i.test(question)) return question;
  const text = normalize(question);
  return firstCrossing(text) ?? noneDays(text) ?? question;
}
