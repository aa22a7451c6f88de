/**
 * lead20: a period said in words no period rule reads ("the last 2 fiscal months", "h2", "since
 * 9/14") was answered silently for the default stretch: a confident answer to a different
 * question, the failure we mind most. When a plan falls back to the default period and the words
 * the period rules left unread still name a time, the answer says so first: which words, which
 * dates it used instead, and how to ask for others.
 */
import type { Plan } from "./types.ts";

/** Count words a relative stretch may carry ("the last few weeks", "past couple of months"). */
const COUNT =
  "(?:\\d+|a few|few|couple(?: of)?|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

/** Month names that are not also everyday words ("may", "march" are left out). */
const MONTH =
  "(?:january|february|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)";

/** Phrases that name a stretch of time, in the text the period rules left unread. */
const UNREAD_PERIOD: readonly RegExp[] = [
  // A relative stretch with a word the rules do not know: "the last 2 fiscal months".
  new RegExp(
    `\\b(?:last|past|previous|prior|trailing)\\s+(?:${COUNT}\\s+)?(?:[a-z]+\\s+)?(?:days|weeks|months|quarters|years|fortnights|weekends)\\b`,
  ),
  // Halves and fiscal years: "h2", "fy26", "the back half".
  /\b(?:h[12]|fy\s?(?:20)?\d\d|(?:first|second|back|front) half(?: of the year)?)\b/,
  // Dates written as numbers: "9/14", "2026-09-14".
  /(?<![\d/])\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?![\d/])|\b20\d\d-\d\d-\d\d\b/,
  // Period words in Spanish, Portuguese, German and French ("el mes pasado", "terceiro trimestre").
  /\b(?:mes|mês|meses|semana|semanas|trimestre|año|ano|monat|monats|woche|quartal|jahr|mois|semaine|année)\b/,
  // An anchor with a month or a day of the month: "since sept", "until the 14th".
  new RegExp(
    `\\b(?:since|until|till|thru|through|up to|starting|from|after|before)\\s+(?:the\\s+)?(?:${MONTH}|\\d{1,2}(?:st|nd|rd|th))\\b`,
  ),
];

/**
 * The first phrase in the unread text that names a time, or undefined.
 * @example unreadPeriodPhrase("email revenue for the last 2 fiscal months") // "last 2 fiscal months"
 */
export function unreadPeriodPhrase(unread: string): string | undefined {
  for (const re of UNREAD_PERIOD) {
    const m = re.exec(unread);
    if (m) return m[0];
  }
  return undefined;
}

/**
 * The plan with a first note when it fell back to the default period while the question named a
 * time the rules could not read (`unread`: the question with the periods that were read masked).
 */
export function withUnreadPeriodNote(plan: Plan, unread: string): Plan {
  if (plan.kind !== "tool_calls") return plan;
  const label = plan.frame.period?.label ?? "";
  if (!label.includes("(default)")) return plan;
  const phrase = unreadPeriodPhrase(unread);
  if (!phrase) return plan;
  const used = label.replace(/\s*\(default[^)]*\)/, "");
  const note = `I could not read "${phrase}" as dates, so this is for the ${used}, my default. Name the dates (for example "September 7 to October 31" or "Q3") and I will answer for them.`;
  return { ...plan, notes: [note, ...(plan.notes ?? [])] };
}
