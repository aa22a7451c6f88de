/**
 * "average daily spend", "how much do we spend per day on average", "avg orders a day": the
 * average per day is the answer, not the daily series (#12). The planner asks query_metrics for
 * `average: "per_day"` so the figure is computed by the semantic layer and grounded; a question
 * with no other breakdown keeps the daily series beside it. para21: "on average" may stand apart
 * from "per day" ("spend per day on paid social on average"). lead26: the average after the day
 * ("revenue per day average") and "how much do we spend a day" (what a day costs, not the series).
 */
import type { Grain } from "../../semantic/query/types.ts";
import { grainsNamed } from "./modifiers.ts";
import type { Frame } from "./types.ts";

const DAILY_AVERAGE =
  /\b(?:(?:average|avg|mean|typical)(?: daily| per day| a day| each day| per diem)|daily (?:average|avg|mean)|(?:per|a|each) day on (?:average|avg)|on (?:average|avg) (?:per|a|each) day|(?:average|avg|typical) day s?|run rate per day|daily run rate|(?:average|avg|mean|typical)(?: [a-z]+){1,3} (?:per|a|each) day|(?:usually|typically|normally) (?:[a-z]+ ){1,3}(?:per|a|each) day|what (?:kind of |sort of )?(?:daily|per day) [a-z]+(?: [a-z]+)? (?:did|do|does|were|was) (?:we|you|they|it)|what did we (?:spend|make|earn|sell|run) (?:per|a|each) day|(?:per|a|each) day\b.{1,40}\bon (?:average|avg)|on (?:average|avg)\b.{1,40}\b(?:per|each) day|(?:per|a|each) day (?:average|avg|mean)|how (?:much|many) (?:[a-z]+ ){0,3}?(?:(?:do|did|does|are|were) )?(?:we|you|they|it|i) (?:[a-z]+ )?(?:spend|spent|spending|make|made|making|earn|earned|sell|sold|bring in|brought in|get|got|getting|pay|paid|take|took|do|did)(?: [a-z]+){0,2}? (?:per|a|each) day|how (?:much|many) [a-z]+(?: [a-z]+)? (?:per|a) day)\b/;

/** Whether the question asks for an average per day. */
export function asksDailyAverage(text: string): boolean {
  return DAILY_AVERAGE.test(text);
}

/** Intents whose answer is a metric query an average per day can ride on. */
const AVERAGEABLE = new Set<Frame["intent"]>(["query", "trend"]);

/**
 * The frame of a daily-average question: query_metrics with `average: "per_day"`; the daily
 * series beside the average when nothing else breaks it down ("by channel" keeps its rows, each
 * with a per-day column). Other frames come back unchanged.
 */
export function withDailyAverage(frame: Frame, text: string): Frame {
  if (AVERAGEABLE.has(frame.intent) && asksWeeklyAverage(text) && !asksDailyAverage(text))
    return withWeeklyAverage(frame);
  if (!AVERAGEABLE.has(frame.intent) || !asksDailyAverage(text)) return frame;
  const others = frame.dimensions.filter((d) => d !== "date");
  if (others.length)
    return { ...frame, intent: "query", dimensions: others, grain: undefined, average: "per_day" };
  // "avg daily spend by month": one average per month (the month's total over its days), the
  // series the question names, not the daily series under one overall figure.
  const grain: Grain = grainsNamed(text).find((g) => g !== "day") ?? "day";
  return { ...frame, intent: "query", dimensions: ["date"], grain, average: "per_day" };
}

/**
 * fix16c: "average orders per week in q3", "avg weekly spend", "how many sessions a week on
 * average", "typical week's revenue": the average per week (the total over the period's days / 7),
 * not the weekly series. Not "week over week" or "weekly trend" (a series).
 */
const WEEKLY_AVERAGE =
  /\b(?:(?:average|avg|mean|typical)(?: weekly| per week| a week| each week| every week)|weekly (?:average|avg|mean)|(?:per|a|each) week on (?:average|avg)|on (?:average|avg)(?:,)? (?:per|a|each) week|(?:average|avg|typical) weeks? s?|(?:average|avg|mean|typical)(?: [a-z#]+){1,3} (?:per|a|each|every|\/) week|(?:usually|typically|normally) (?:[a-z]+ ){1,3}(?:per|a|each) week|(?:[a-z]+ )(?:per|a) week on (?:average|avg))\b/;

/** Whether the question asks for an average per week. */
export function asksWeeklyAverage(text: string): boolean {
  return WEEKLY_AVERAGE.test(text);
}

/**
 * The frame of a weekly-average question: query_metrics with `average: "per_week"` over the
 * period, a breakdown kept ("by channel": each row per week), the weekly series dropped.
 */
function withWeeklyAverage(frame: Frame): Frame {
  const others = frame.dimensions.filter((d) => d !== "date");
  return { ...frame, intent: "query", dimensions: others, grain: undefined, average: "per_week" };
}
