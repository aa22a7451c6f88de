/**
 * lead18: period shorthand the time rules did not read, so the question fell back to the default
 * 30 days and answered about other days: Slack shorthand ("l6w vs prior 6w", "rev l30d", "lm"),
 * halves of a month ("first half of oct vs the back half"), and "for the year" (this year so far).
 * Each is rewritten, on the normalized question, to the words the time rules read.
 */
import { MONTH_PATTERN, monthIndex } from "./time-phrases.ts";

/** Last day of each month (February's 28th: the half is "the 15th on", which a leap day barely moves). */
const MONTH_END = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_WORD = `(${MONTH_PATTERN})\\b`;
const UNIT: Readonly<Record<string, string>> = {
  d: "days",
  w: "weeks",
  wk: "weeks",
  wks: "weeks",
  m: "months",
  mo: "months",
};

const FIRST = /\b(?:first|1st|front|early) half of (?:the month of )?/;
const SECOND = /\b(?:second|2nd|back|last|latter) half(?: of (?:the month of )?)?/;

/** "first half of oct" -> "oct 1 to oct 15"; "the back half" after it -> its second half. */
function rewriteHalves(text: string): string {
  const first = new RegExp(`${FIRST.source}${MONTH_WORD}`).exec(text);
  const second = new RegExp(`${SECOND.source}${MONTH_WORD}`).exec(text);
  const named = first ?? second;
  const name = named?.[1];
  const month = name ? monthIndex(name) : -1;
  if (!name || month < 0) return text;
  const firstHalf = `${name} 1 to ${name} 15`;
  const secondHalf = `${name} 16 to ${name} ${MONTH_END[month]}`;
  return text
    .replace(new RegExp(`${FIRST.source}${MONTH_WORD}`), firstHalf)
    .replace(new RegExp(`${SECOND.source}${MONTH_WORD}`), secondHalf)
    .replace(new RegExp(`\\b(?:the )?${SECOND.source}(?! of)\\b`), ` ${secondHalf}`)
    .replace(/\b(?:the )?(?:first|1st|front) half\b(?! of)/, ` ${firstHalf}`)
    .replace(/\s+/g, " ")
    .trim();
}

/** Units a short "this" / "prev" may stand before ("ths yr", "prev qtr"). */
const UNIT_AHEAD = "(?= (?:year|yr|month|mo|mth|mnth|week|wk|quarter|qtr|weekend|period|day)s?\\b)";

/**
 * lead20: period words typed short on a phone or in Slack ("lst month", "ths yr", "orders lst wk vs
 * wk b4"). Unread, each fell back to the default 30 days without a word. Applied after the
 * shorthand above, so "l6wk" is read there first.
 */
const SHORT_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\blst\b/g, "last"],
  [/\bnxt\b/g, "next"],
  [new RegExp(`\\bths\\b${UNIT_AHEAD}`, "g"), "this"],
  [new RegExp(`\\bprev\\b${UNIT_AHEAD}`, "g"), "previous"],
  [/\b(?:mnth|mth)(s?)\b/g, "month$1"],
  [/\b(last|this|next|previous) mo\b/g, "$1 month"],
  [/\bqtr(s?)\b/g, "quarter$1"],
  [/\byr(s?)\b/g, "year$1"],
  [/\bwk(s?)\b/g, "week$1"],
  // "wk b4", "the month b4": the one before, as "the week before" reads.
  [/\b(?:the )?(day|week|month|quarter|year) b4\b/g, "the $1 before"],
  [/\bb4\b/g, "before"],
];

/**
 * The question with its period shorthand in words.
 * @example rewriteTimeShorthand("rev and orders l6w vs prior 6w") // "rev and orders last 6 weeks vs previous 6 weeks"
 * @example rewriteTimeShorthand("first half of oct vs the back half") // "oct 1 to oct 15 vs oct 16 to oct 31"
 */
export function rewriteTimeShorthand(text: string): string {
  const out = text
    .replace(/\bl(\d{1,3}) ?(d|wks?|wk|w|mo|m)\b/g, (_m, n: string, u: string) => `last ${n} ${UNIT[u]}`)
    .replace(
      /\b(?:prior|previous|prev|p) (\d{1,3}) ?(d|wks?|wk|w|mo|m)\b/g,
      (_m, n: string, u: string) => `previous ${n} ${UNIT[u]}`,
    )
    .replace(/\bp(\d{1,3}) ?(d|wks?|wk|w|mo|m)\b/g, (_m, n: string, u: string) => `previous ${n} ${UNIT[u]}`)
    .replace(/\blw\b/g, "last week")
    .replace(/\blm\b/g, "last month")
    .replace(/\bfor the (?:year|yr)(?: so far)?\b/g, "this year")
    // fix19d: "aov trend over the year", "orders through the year": the year's months, not the
    // default 13 weeks ("year over year" and "over the years" are not this).
    .replace(
      /\b(?:over|through|thru|throughout|across|during) the (?:course of the )?(?:year|yr)(?: so far)?\b(?! (?:before|after|earlier|prior|ago))/g,
      "this year",
    );
  const spelled = SHORT_WORDS.reduce((text, [re, words]) => text.replace(re, words), out)
    // "10/5-10/12": a range of numeric dates (chrono reads the hyphen as part of the first date).
    .replace(/\b(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?) ?[-–] ?(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\b/g, "$1 to $2");
  return rewriteHalves(spelled);
}
