/**
 * para17b: more other wordings of asks the planner already answers (set 11's kinds), rewritten to
 * the wording it reads, as para16-phrasings.ts does. Each kind below, unread, answered a different
 * question: one day for "from labor day until now", a decline for "the same week a year ago" or
 * "days with more than $2k in spend", a catalog list for "what meta adset do i scale up", ad spend
 * alone for "contribution after ad costs", an email total for "which day should we send emails".
 * Applied to the normalized question after para16's; a question none of them fits is left as asked.
 */
import { normalize } from "./normalize.ts";
import type { Rewrite } from "./para16-phrasings-asks.ts";
import { ASK_KINDS } from "./para17b-phrasings-asks.ts";

/** Small counts said in words, as the window reader takes digits. */
const NUMBER: Readonly<Record<string, string>> = {
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  twelve: "12",
};
const COUNT = `(\\d+|${Object.keys(NUMBER).join("|")})`;
const digits = (n: string) => NUMBER[n] ?? n;

/** Periods said another way: an open end, a window against the one before, a year back. */
const PERIODS: Rewrite[] = [
  // "paid search spend from labor day until now": the open end is "since", not the one day.
  [/\bfrom ([a-z0-9 ]+?) (?:until|till|til|up to|through|to) (?:now|today|date)\b/g, "since $1"],
  // "compare the last six weeks with the six weeks before": the window against the one before it.
  [
    new RegExp(
      `\\bcompare (?:the )?(last|past) ${COUNT} (days|weeks|months) (?:with|to|against|and) the (?:${COUNT} )?(?:days |weeks |months )?(?:before|prior)(?: (?:it|that|them))?\\b`,
      "g",
    ),
    (_m, lead: string, n: string, unit: string) => `${lead} ${digits(n)} ${unit} vs the ${digits(n)} before`,
  ],
  // "the same week a year ago": the same week last year.
  [
    /\bthe same (day|week|month|quarter) (?:a|one) year (?:ago|earlier|before)\b|\bthe same (day|week|month|quarter) (?:the|of the) (?:previous|prior) year\b/g,
    (_m, a?: string, b?: string) => `the same ${a ?? b} last year`,
  ],
  // "the bf 2025 and cyber monday 2025 emails": Black Friday 2025 said short.
  [/\bbf 2025\b/g, "black friday 2025"],
  // "around st patrick's day": a holiday's possessive is its name, not a company's data.
  [/\b(?:st|saint) patrick(?: s)? day\b/g, "st patricks day"],
  // "how has aov moved month to month": the monthly series; "% change from month to month": each step.
  [
    /^how (?:has|have) (.+?) (?:moved|changed|trended|shifted|developed) (?:from )?(month|week) to \2$/,
    "$1 by $2",
  ],
  [/\b(?:from )?(month|week) to \1(?= every \1\b| for every \1\b| each \1\b)/g, "$1 over $1"],
  // "revenue growth by month as a percent vs the month before": each month's growth %.
  [
    /\bgrowth by (month|week) as a (?:percent|percentage|%) (?:vs|versus|compared (?:to|with)|over) the \1 before\b/g,
    "growth % by $1",
  ],
  // "show cumulative revenue by month": the running total asked, "show" is only the verb.
  [/^show (?:me )?(?:the )?(cumulative|running total)\b/, "$1"],
];

/** Units of time crossing a level said without "which": "days with more than $2k in spend". */
const THRESHOLD_DAYS: Rewrite[] = [
  [/^(days|weeks|months) (with|where|when|that|in which)\b/, "which $1 $2"],
  [/^(?:were there|are there|any) (days|weeks|months) (?:when|where|in which|that)\b/, "which $1 when"],
  // "did we ever spend more than $2k in a day": the days over that level.
  [
    /\bdid we ever spend (more than|over|above|less than|under|below) (\$ ?\d+(?:\.\d+)?k?|\d+(?:\.\d+)?k?) (?:in|on) a (day|week)\b/g,
    "which $3s did we spend $1 $2",
  ],
  [
    /\bdid we ever (?:make|take in|bring in|earn|do) (more than|over|above|less than|under|below) (\$ ?\d+(?:\.\d+)?k?|\d+(?:\.\d+)?k?) (?:in|on) a (day|week)\b/g,
    "which $3s was revenue $1 $2",
  ],
];

const ALL: Rewrite[] = [...PERIODS, ...THRESHOLD_DAYS, ...ASK_KINDS];

/**
 * The question in the planner's own wording when one of these kinds fits; otherwise as asked.
 * @example rewriteNewSetWordings("paid search spend from labor day until now") // "paid search spend since labor day"
 */
export function rewriteNewSetWordings(question: string): string {
  // An e-mail address or a URL (an alert's or a schedule's destination) must reach its reader as typed.
  if (/@|https?:\/\//i.test(question)) return question;
  const text = normalize(question);
  let out = text;
  for (const [re, to] of ALL) out = out.replace(re, to as string);
  return out === text ? question : out;
}
