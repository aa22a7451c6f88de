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
 * The question without the day left out, and the note that says it stays in.
 * @example excludedDayPart("cpa by channel in h1 excluding the outage day")?.rest // "cpa by channel in h1"
 */
export function excludedDayPart(question: string): UnavailablePart | undefined {
  const m = EXCLUDED_DAY.exec(question);
  if (!m) return undefined;
  const rest = `${question.slice(0, m.index)} ${question.slice(m.index + m[0].length)}`
    .replace(/\s+/g, " ")
    .trim();
  if (rest.split(" ").length < 2) return undefined;
  return {
    rest,
    note: `I can't leave a single day out of a period's figures, so the figures below still include the day you named ("${m[1]!.trim()}"). To see how much it weighs, ask for that date on its own, or for the days before and after it as two periods.`,
  };
}
