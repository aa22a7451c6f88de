/**
 * fix10c: "what if we used a 14-day attribution window", "how would credit change with a 7 day
 * lookback instead", "shorten the lookback to a week": attribution is stored under the account's
 * own lookback, so another window cannot be re-run here. The honest nearest is the time from first
 * touch to order (the journeys tool, which states the current window): the share of orders whose
 * journey fits inside the asked window is what a shorter one would keep whole (the presenter
 * reads the window asked from the question, agent/present/lookback-what-if.ts).
 */
import type { ParsedQuestion } from "./parse.ts";
import type { Frame } from "./types.ts";

const WINDOW =
  /\b(?:look ?back|attribution window|conversion window|click window|attribution lookback|credit window)s?\b/;
/** A window other than the current one: a length, a direction, or a hypothetical. */
const OTHER =
  /\b(?:\d{1,3}[- ]?(?:days?|d|weeks?|wks?)|a (?:week|fortnight|month)|shorter|longer|shorten\w*|lengthen\w*|extend\w*|cut|reduce\w*|what if|instead|switch\w*|chang\w*|were|was|would|if we)\b/;

/** The note that leads the answer: what cannot be done, and what follows instead. */
export const LOOKBACK_NOTE =
  "I can't re-run attribution with a different lookback window: every model here is computed with your account's own window (stated below). The nearest I can give is how long orders take from their first touch: orders whose whole journey falls inside the shorter window would be credited the same, while the rest lose their older touches, whose credit moves to the touches inside the window.";

/**
 * @example asksLookbackWhatIf("what if the lookback were 7 days") // true
 */
export function asksLookbackWhatIf(text: string): boolean {
  return WINDOW.test(text) && OTHER.test(text);
}

/** Time to convert over the question's period (the last 90 days of data when none is named). */
export function lookbackFrame(base: Frame, p: ParsedQuestion, ninetyDays: Frame["period"]): Frame {
  return {
    ...base,
    intent: "journeys",
    metrics: [],
    dimensions: [],
    filters: [],
    period: p.time.period ? base.period : ninetyDays,
    journey: { analysis: "time_to_convert" },
    note: LOOKBACK_NOTE,
  };
}
