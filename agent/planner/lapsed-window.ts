/**
 * fix13d: a lapsed (churned) customer defined by a no-order window the marketer states: "no order
 * in 180 days", "haven't bought for 6 months", "90 days without a purchase", "inactive for a year".
 * Read by the lifecycle-count intent, and by other-tool-words.ts, which leaves "churn" alone when
 * its definition is stated (the user's definition wins over the repeat-rate reading).
 */

import { countPattern, countValue, NUMBER_WORDS } from "./number-words.ts";

const NUM = `(${countPattern(3)}|a|an)`;
// fix20f: "90+ days", "over 60 days", "3 months or more", "120 days plus": a window at least that long.
const AT_LEAST = "(?:over |more than |at least |longer than |upwards of )?";
const OR_MORE = "(?: ?\\+| plus| or more| or longer| or over)?";
const WINDOW = `(?:the )?(?:last |past |previous )?${AT_LEAST}(?:the )?(?:last |past )?${NUM}\\+? ?(day|week|month|year)s?\\b${OR_MORE}`;
/** The words that say no order: before the window ("no purchase in the last 180 days"). */
const NO_ORDER_BEFORE =
  "(?:no|zero|without(?: an?| any)?) (?:orders?|purchases?|buys?|transactions?)|(?:have not|has not|had not|did not|havent|hasnt|hadnt|didnt|not|never|stopped) (?:ordered|order|ordering|bought|buying|purchased|purchasing|shopped|shopping|placed an order|made a purchase|come back|came back|returned)(?: anything)?(?: again)?|inactive|inactivity|lapsed|dormant|gone quiet|went quiet";
/** ... or after it ("6 months without an order", "90 days of inactivity"). */
const NO_ORDER_AFTER =
  "(?:without (?:an? |any )?(?:orders?|purchases?|buying)|with no (?:orders?|purchases?)|of (?:no orders|no purchases|inactivity)|inactive|no orders?|no purchases?)";
const BEFORE = new RegExp(
  `\\b(?:${NO_ORDER_BEFORE})\\b(?: \\w+){0,3}? (?:in|for|within|over|during|since) ${WINDOW}`,
);
const AFTER = new RegExp(`\\b${NUM} ?(day|week|month|year)s?\\b (?:\\w+ )?${NO_ORDER_AFTER}\\b`);
/**
 * fix20f: the last order dated back ("whose last order was more than 6 months ago", "last bought
 * over 90 days ago") or the state said with its length ("lapsed 90 days+", "dormant for 4 months").
 */
const AGO = new RegExp(
  `\\blast (?:orders?|purchases?|buys?|bought|ordered|purchased|shopped|transactions?)(?: (?:was|were|is|are|placed|made|date))?(?: \\w+)?? ${AT_LEAST}${NUM}\\+? ?(day|week|month|year)s?${OR_MORE} (?:ago|back|before)\\b`,
);
const STATE = new RegExp(
  `\\b(?:lapsed|inactive|dormant|churned)(?: (?:for|by|over|since))? ${AT_LEAST}${NUM}\\+? ?(day|week|month|year)s?\\b`,
);
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

/**
 * The stated no-order window in days (months are 30 days, a year 365), or undefined.
 * @example lapsedWindowDays("churn = no purchase in 6 months") // 180
 * @example lapsedWindowDays("churn rate over the last 6 months") // undefined (a period, not a definition)
 */
export function lapsedWindowDays(text: string): number | undefined {
  const m = BEFORE.exec(text) ?? AFTER.exec(text) ?? AGO.exec(text) ?? STATE.exec(text);
  if (!m) return undefined;
  const n = m[1] === "a" || m[1] === "an" ? 1 : countValue(m[1]!, NUMBER_WORDS);
  if (!n) return undefined;
  const days = n * UNIT_DAYS[m[2]!]!;
  return days >= 7 && days <= 730 ? days : undefined;
}
