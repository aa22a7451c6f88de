/**
 * fix13d: a lapsed (churned) customer defined by a no-order window the marketer states: "no order
 * in 180 days", "haven't bought for 6 months", "90 days without a purchase", "inactive for a year".
 * Read by the lifecycle-count intent, and by other-tool-words.ts, which leaves "churn" alone when
 * its definition is stated (the user's definition wins over the repeat-rate reading).
 */

import { countPattern, countValue, NUMBER_WORDS } from "./number-words.ts";

const NUM = `(${countPattern(3)}|a|an)`;
const WINDOW = `(?:the )?(?:last |past |previous )?${NUM} ?(day|week|month|year)s?\\b`;
/** The words that say no order: before the window ("no purchase in the last 180 days"). */
const NO_ORDER_BEFORE =
  "(?:no|zero|without(?: an?| any)?) (?:orders?|purchases?|buys?|transactions?)|(?:have not|has not|had not|did not|not|never|stopped) (?:ordered|ordering|bought|buying|purchased|purchasing|shopped|shopping|placed an order|made a purchase|come back|came back|returned)(?: anything)?(?: again)?|inactive|inactivity|lapsed|dormant|gone quiet|went quiet";
/** ... or after it ("6 months without an order", "90 days of inactivity"). */
const NO_ORDER_AFTER =
  "(?:without (?:an? |any )?(?:orders?|purchases?|buying)|with no (?:orders?|purchases?)|of (?:no orders|no purchases|inactivity)|inactive|no orders?|no purchases?)";
const BEFORE = new RegExp(
  `\\b(?:${NO_ORDER_BEFORE})\\b(?: \\w+){0,3}? (?:in|for|within|over|during|since) ${WINDOW}`,
);
const AFTER = new RegExp(`\\b${NUM} ?(day|week|month|year)s?\\b (?:\\w+ )?${NO_ORDER_AFTER}\\b`);
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

/**
 * The stated no-order window in days (months are 30 days, a year 365), or undefined.
 * @example lapsedWindowDays("churn = no purchase in 6 months") // 180
 * @example lapsedWindowDays("churn rate over the last 6 months") // undefined (a period, not a definition)
 */
export function lapsedWindowDays(text: string): number | undefined {
  const m = BEFORE.exec(text) ?? AFTER.exec(text);
  if (!m) return undefined;
  const n = m[1] === "a" || m[1] === "an" ? 1 : countValue(m[1]!, NUMBER_WORDS);
  if (!n) return undefined;
  const days = n * UNIT_DAYS[m[2]!]!;
  return days >= 7 && days <= 730 ? days : undefined;
}
