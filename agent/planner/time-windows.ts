/**
 * Period shorthand marketers type that the time rules do not read on their own, rewritten to the
 * words they do read, right after normalization:
 * - a rolling window named by its length: "7 day roas", "14-day cpa", "28d revenue", "L7D spend",
 *   "trailing 30 days" -> "last N days" (without this the 30-day default was answered);
 * - "since the start of Q3" -> "since q3" (from the start of Q3 to date, not Q3 alone);
 * - "vs prior 7", "compared with the previous 14 days", "vs the 7 days before" -> "vs the previous
 *   period" (a same-length window just before; the baseline was dropped);
 * - "vs the 30 before that", "and the month prior", "vs week before" -> "vs the previous period";
 * - "this month vs last" -> "this month vs last month" (the bare "last" was dropped);
 * - "vs the same day last week" -> "vs the week before" (read as a comparison; period-settle.ts
 *   then makes the baseline the same weekday seven days earlier, not the whole of last week).
 */
import { HOLIDAY_PATTERN } from "./time-holidays.ts";

/** Words that make "30 day" a horizon or a window setting, not the period asked about. */
const NOT_A_PERIOD =
  /\b(?:ltv|clv|lifetime|customer value|value (?:after|within|in the first)|after (?:the first )?\d+ days|within \d+ days|retention|retained|cohorts?|repeat|payback|windows?|attribution|lookback|look back|rolling|moving|trial|return rate|churn|click through|view through)\b/;

/**
 * Words that already say which way a counted window lies ("last 7 days", "first 7 days"), or that
 * make the count a ranking of days rather than a window ("top 10 days by revenue": the ten best
 * days of the period, time-unit-ranking.ts).
 */
const LEAD =
  "(?<!\\b(?:last|past|previous|prior|preceding|first|next|the|over|within|inside|in|for|trailing|those|these|top|best|worst|highest|lowest|busiest|biggest|strongest|weakest|quietest|slowest)\\s)";
const AFTER = "(?!\\s+(?:ago|before|after|earlier|later|from|of|since|out|away|late|delay))";

const UNIT_WINDOW: ReadonlyArray<[RegExp, string]> = [
  // "7 day roas", "14-day cpa" (normalized to "14 day"), "28d revenue".
  [new RegExp(`${LEAD}\\b(\\d{1,3}) ?(?:days?|d)\\b${AFTER}`, "g"), "last $1 days"],
  // "4 week revenue", "12 wk spend".
  [new RegExp(`${LEAD}\\b(\\d{1,2}) ?(?:weeks?|wks?)\\b${AFTER}`, "g"), "last $1 weeks"],
  // "L7D", "T30D" (last / trailing N days).
  [/\b[lt](\d{1,3})d\b/g, "last $1 days"],
  [/\btrailing (\d{1,3}) ?(days?|weeks?)\b/g, "last $1 $2"],
  // fix20b: "cac trend 6 months", "6mo roas" (paraphrase.ts made it "6 month"), "orders 6m":
  // a window of months ("m" alone only at the end or before a chart word: "6m" is also millions).
  [new RegExp(`${LEAD}(?<!\\$)\\b(\\d{1,2}) ?(?:months?|mos?|mths?)\\b${AFTER}`, "g"), "last $1 months"],
  [
    new RegExp(
      `${LEAD}(?<!\\$|\\b(?:target|goal|budget|hit|reach|of|at|to|is|be|was|over|under|above|below|make|made)\\s)\\b(\\d{1,2}) ?m\\b(?=\\s*$|\\s+(?:trend|chart|graph|view|window|by|vs)\\b)`,
      "g",
    ),
    "last $1 months",
  ],
];

/**
 * "the same day last week", "same weekday a week earlier": a baseline seven days before the period.
 * Tested on the normalized question (before the rewrite below).
 */
export const SAME_DAY_LAST_WEEK =
  /\b(?:the )?same (?:day|weekday|day of (?:the )?week) (?:(?:a|one) week (?:ago|earlier|before)|the week before|(?:last|the previous|previous|prior|a) week)\b|\b(?:vs|versus|compared (?:to|with)|against|relative to|than|and) (?:the )?(?:weekend (?:before|prior|earlier)(?: (?:that|it|then))?|(?:previous|prior|preceding) weekend)\b/;

/** Words that set a baseline beside the period ("and" only with the place words below). */
const COMPARER = "(vs|versus|compared (?:to|with)|against|relative to|than|and)";
/**
 * "the 30 before that", "week before", "the month prior", "the one before", "the previous one":
 * a window named only as the one before the period (a weekend is handled by SAME_DAY_LAST_WEEK).
 */
const PLACE_BEFORE =
  "(?:(?:the )?(?:\\d{1,3}(?: ?(?:days?|d|weeks?|wks?|months?))?|(?!the (?:day|week|month|quarter|period) before)(?:day|week|month|quarter|period|one|stretch|window)) (?:before|prior|earlier|preceding)(?: (?:that|it|then|those|them|this))?|(?:the )?(?:previous|prior|preceding) (?:one|stretch|window))";
/**
 * Words after "before" that make it a window before an event ("the 2 weeks before black friday",
 * "the week before launch"), not a baseline just before the period.
 */
const EVENT_AFTER = `(?:the|a|an|our|my|we|they|it|its|this|that|these|those|last|next|launch|launching|holdout|test|sale|promo|campaign|release|drop|christmas|xmas|bf|cm|bfcm|\\w+day|${HOLIDAY_PATTERN})\\b`;
/**
 * What may follow such a baseline: the end, words that start another part of the question, or
 * (punctuation is gone by now: "vs the 6 before - revenue and spend") the measures asked.
 */
const BASELINE_END = `(?=$|\\s+(?:and|by|per|for|across|split|broken|on|in|with|please|pls|plus)\\b|\\s+(?!${EVENT_AFTER})[a-z])`;

const REWRITES: ReadonlyArray<[RegExp, string]> = [
  // "since the start of Q3", "since the beginning of the year": from that point to date.
  // ("since the start of the quarter" is read by time-phrases.ts as quarter to date.)
  [
    /\bsince (?:the )?(?:start|beginning|first day|kick ?off) of (?!(?:the |this )?(?:year|month|quarter|week)\b)(?:the )?/g,
    "since ",
  ],
  // "vs prior 7", "compared with the previous 14 days", "against the preceding 4 weeks".
  [
    /\b(vs|versus|compared (?:to|with)|against|relative to|than) (?:the )?(?:prior|previous|preceding) \d{1,3}(?: ?(?:days?|d|weeks?|wks?))?\b/g,
    "$1 the previous period",
  ],
  // "vs the 7 days before", "compared with the 2 weeks prior".
  [
    /\b(vs|versus|compared (?:to|with)|against|relative to) (?:the )?\d{1,3} ?(?:days?|weeks?) (?:before|prior|earlier)\b/g,
    "$1 the previous period",
  ],
  // "this quarter vs the quarter before", "current month against the month prior": the same unit,
  // one before (not a same-length window: a quarter to date is set against last quarter).
  [
    /\b(?:this|current) (week|month|quarter|year)( to date)? (vs|versus|compared (?:to|with)|against|and) (?:the )?\1 (?:before|prior|earlier|preceding)(?: (?:that|it|this|then))?\b/g,
    "this $1$2 $3 last $1",
  ],
  // fix7a: a baseline named only by its place ("vs the 30 before that", "and the month prior",
  // "vs week before", "against the one before"): the same-length window just before.
  // A follow-up that opens with it ("and the month before?") moves the period instead (follow-up.ts).
  [new RegExp(`(?<=\\S )${COMPARER} ${PLACE_BEFORE}${BASELINE_END}`, "g"), "$1 the previous period"],
  // "this month vs last", "current quarter compared to previous": the same unit, one before.
  [
    /\b(?:this|current) (week|month|quarter|year)( to date)? (vs|versus|compared (?:to|with)|against|and) (?:the )?(?:last|previous|prior)\b(?! (?:\d|days?|weeks?|months?|quarters?|years?|period|time|one|\w+day))/g,
    "this $1$2 $3 last $1",
  ],
  // "mtd vs last", "month to date compared to the previous".
  [
    /\b(mtd|month to date) (vs|versus|compared (?:to|with)|against) (?:the )?(?:last|previous|prior)\b(?! (?:\d|days?|weeks?|months?|quarters?|years?|period|time))/g,
    "$1 $2 last month",
  ],
  // "vs the same day last week", "same weekday a week ago": read as a comparison here;
  // period-settle.ts moves the baseline to seven days earlier.
  [new RegExp(SAME_DAY_LAST_WEEK.source, "g"), "the week before"],
  // fix20b: "last six mo", "past 6 mos" (a count in words reads as digits first), "the last
  // half year", "past half-year": a window of months the time rules read.
  [/\b(last|past|previous|prior|trailing) (\d{1,2}) ?(?:mos?|mths?)\b/g, "$1 $2 months"],
  [/\b(last|past|previous|prior|trailing) half(?: a)? ?year\b/g, "$1 6 months"],
  // fix20b: "cyber monday vs a normal monday", "than a typical friday": a usual day as the baseline
  // (time-baseline.ts; normal-baseline.ts takes the same weekday a week earlier), not last Monday.
  [
    /\b(?:vs|versus|compared? (?:to|with)|against|than|relative to) (a |an |the |our |on a |on an )?(normal|usual|typical|regular|ordinary|average) (?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/g,
    "vs $1$2 day",
  ],
];

/** para15: a window's length in words ("the last six weeks vs the six before"), read as digits. */
const WORD_COUNTS: Readonly<Record<string, string>> = {
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  eleven: "11",
  twelve: "12",
  fourteen: "14",
  thirty: "30",
  sixty: "60",
  ninety: "90",
};
const WORD_COUNT_WINDOW = new RegExp(
  `\\b(last|past|previous|prior|preceding|the|first) (${Object.keys(WORD_COUNTS).join("|")})(?= (?:days?|weeks?|wks?|months?|mos?|mths?|before|prior|earlier)\\b)`,
  "g",
);
/**
 * para15: "from june onwards", "from august on", "from may 3 to now": since that day, to the end
 * of the data (a month alone after "from" stays that month: "revenue from june" is June's).
 */
const FROM_ONWARDS =
  /\bfrom ((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?: \d{1,2}(?:st|nd|rd|th)?)?(?: \d{4})?) (?:on|onwards?|forwards?|to now|till now|until now|through now|to date|to today|until today)\b/g;

/**
 * Rewrite period shorthand in a normalized question to words the time rules read.
 * @example rewritePeriodPhrases("7 day roas by platform") // "last 7 days roas by platform"
 * @example rewritePeriodPhrases("roas last 7 days vs prior 7") // "roas last 7 days vs the previous period"
 */
export function rewritePeriodPhrases(text: string): string {
  let out = text
    .replace(WORD_COUNT_WINDOW, (_m, before: string, n: string) => `${before} ${WORD_COUNTS[n]}`)
    .replace(FROM_ONWARDS, "since $1");
  if (!NOT_A_PERIOD.test(out)) for (const [re, to] of UNIT_WINDOW) out = out.replace(re, to);
  for (const [re, to] of REWRITES) out = out.replace(re, to);
  return out.replace(/\s+/g, " ").trim();
}
