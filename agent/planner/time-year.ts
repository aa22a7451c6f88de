/**
 * A period named with a relative year ("Q3 last year", "Black Friday last year", "last year's
 * summer", "H1 this year"): the year is written out ("q3 2025") before the period rules run, so
 * the rules resolve one period instead of reading "last year" as a second period to compare with.
 * The rewrite keeps the text's length, because later stages map spans back onto the question.
 */
import { HOLIDAY_PATTERN } from "./time-holidays.ts";
import { MONTH_PATTERN } from "./time-phrases.ts";

const HEAD = `q[1-4]|h[12]|(?:first|second|third|fourth|1st|2nd|3rd|4th) (?:quarter|half)|spring|summer|autumn|winter|${HOLIDAY_PATTERN}|${MONTH_PATTERN}`;
const RELATIVE =
  "last year|the previous year|previous year|the prior year|prior year|the year before|a year ago|this year";
const AFTER = new RegExp(`\\b(${HEAD}) (?:of )?(${RELATIVE})\\b`, "g");
const BEFORE = new RegExp(`\\b(${RELATIVE}) (${HEAD})\\b(?! (?:of )?(?:20\\d\\d|${RELATIVE})\\b)`, "g");

/**
 * "october revenue last year", "black friday weekend orders last year": a few words (never a
 * comparison word) between the period and its year. Read as a comparison, October would be set
 * against the whole of last year, which nobody asks for.
 */
const SPLIT = new RegExp(
  `\\b(${HEAD})((?: weekend)?)((?: (?!vs\\b|versus\\b|compared\\b|against\\b|than\\b|and\\b|or\\b|to\\b|from\\b|with\\b)[a-z]+){1,3}) (${RELATIVE})\\b`,
  "g",
);

const padTo = (s: string, length: number) => (s.length <= length ? s.padEnd(length, " ") : undefined);

/**
 * Write "<period> last year" as "<period> <year>", same length.
 * @example yearQualified("revenue q3 last year", "2026-11-05") // "revenue q3 2025     "
 * @example yearQualified("october revenue last year", "2026-11-05") // "october 2025 revenue     "
 */
export function yearQualified(text: string, today: string): string {
  const year = (rel: string) => Number(today.slice(0, 4)) - (rel === "this year" ? 0 : 1);
  return text
    .replace(
      SPLIT,
      (m, head: string, weekend: string, middle: string, rel: string) =>
        padTo(`${head}${weekend} ${year(rel)}${middle}`, m.length) ?? m,
    )
    .replace(AFTER, (m, head: string, rel: string) => padTo(`${head} ${year(rel)}`, m.length) ?? m)
    .replace(BEFORE, (m, rel: string, head: string) => padTo(`${head} ${year(rel)}`, m.length) ?? m);
}
