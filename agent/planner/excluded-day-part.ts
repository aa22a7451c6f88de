/**
 * fix9c: "cpa by channel for h1 but leave out the outage day", "revenue in march excluding the
 * 17th": one day taken out of a period's figures. The metrics core filters by dimensions and a
 * date range, not by dropping a day inside it, and read as a question about the day (an anomaly
 * scan) the answer was a different one. The figures asked for are given over the whole period,
 * and a note says plainly that the day is in them and how to see it alone.
 */
import type { UnavailablePart } from "./unavailable-part-intent.ts";

const LEAVE_OUT = `(?:excluding|exclude|without|except(?: for)?|ignoring|ignore|minus|not counting|leav(?:e|ing) out|tak(?:e|ing) out|remov(?:e|ing)|strip(?:ping)? out)`;
const MONTH = `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*`;
/** The day left out: "the outage day", "the day tracking broke", "march 17", "the 17th". */
const DAY = String.raw`(?:(?:the\s+|that\s+)?(?:[a-z]+\s+){0,4}?(?:day|date|outage)(?:\s+day)?\b(?:\s+(?:when|that|tracking|our|the)\b(?:\s+[a-z]+){0,4})?|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b(?:\s+of\s+${MONTH})?)`;
const EXCLUDED_DAY = new RegExp(
  String.raw`[,;]?\s*(?:\b(?:but|and|just|please)\s+)*\b${LEAVE_OUT}\s+(${DAY})`,
  "i",
);

/**
 * left16c: a stretch of days left out: "the holdout weeks", "black friday week", "the promo
 * window", "the paid social test". Not a group of campaigns or channels ("the test campaigns").
 */
const WINDOW = String.raw`(?:(?:the|those|that|our)\s+)?(?:(?:[a-z0-9]+\s+){0,3}?(?:weeks?|weekends?|windows?|holdouts?|tests?|experiments?|promos?|promotions?)|black friday|bfcm|cyber monday|cyber week|prime day|holiday season|(?:the )?holidays)\b(?!\s+(?:campaigns?|channels?|platforms?|ads?|spend|budgets?|results?|sales?|revenue|orders))`;
const EXCLUDED_WINDOW = new RegExp(
  String.raw`[,;]?\s*(?:\b(?:but|and|just|please)\s+)*\b${LEAVE_OUT}\s+(${WINDOW})`,
  "i",
);

/**
 * The question without the window left out, and the note that says the figures include it
 * wherever it falls inside the period (a window outside it changes nothing).
 * @example excludedWindowPart("october revenue excluding the holdout weeks")?.rest // "october revenue"
 */
function excludedWindowPart(question: string): UnavailablePart | undefined {
  const m = EXCLUDED_WINDOW.exec(question);
  if (!m) return undefined;
  const rest = withoutMatch(question, m);
  if (rest.split(" ").length < 2) return undefined;
  const window = m[1]!.trim();
  return {
    rest,
    note: `I can't take a stretch of days out of a period's figures, so the figures below are for the whole period, including ${quoted(window)} wherever it falls inside it. To see how much it weighs, ask for ${quoted(window)} on its own and set it against these figures.`,
  };
}

function withoutMatch(question: string, m: RegExpExecArray): string {
  return `${question.slice(0, m.index)} ${question.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim();
}

function quoted(words: string): string {
  return `"${words}"`;
}

/**
 * fix12b: the words of the day or stretch of days left out, and the question without them, so
 * excluded-days-intent.ts can date them and leave them out for real.
 * @example leftOutWords("revenue by month excluding the holiday weeks") // { rest: "revenue by month", words: "the holiday weeks" }
 */
export function leftOutWords(question: string): { rest: string; words: string } | undefined {
  const m = EXCLUDED_DAY.exec(question) ?? EXCLUDED_WINDOW.exec(question);
  if (!m) return undefined;
  const rest = withoutMatch(question, m);
  return rest.split(" ").length < 2 ? undefined : { rest, words: m[1]!.trim() };
}

/**
 * The question without the day (or stretch of days) left out, and the note that says it stays in.
 * @example excludedDayPart("cpa by channel in h1 excluding the outage day")?.rest // "cpa by channel in h1"
 */
export function excludedDayPart(question: string): UnavailablePart | undefined {
  const m = EXCLUDED_DAY.exec(question);
  if (!m) return excludedWindowPart(question);
  const rest = withoutMatch(question, m);
  if (rest.split(" ").length < 2) return undefined;
  return {
    rest,
    note: `I can't leave a single day out of a period's figures, so the figures below still include the day you named ("${m[1]!.trim()}"). To see how much it weighs, ask for that date on its own, or for the days before and after it as two periods.`,
  };
}
