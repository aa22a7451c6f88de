/**
 * fix6c: "how many customers ordered three or more times this year", "one-time buyers last
 * quarter", "customers with at least 2 orders", "how often do people buy from us": how often
 * customers ordered inside a period, answered by the cohorts tool's order frequency (show
 * "frequency"). Once these read as the period's customer count, a confident answer to another
 * question. Repeat behaviour after a first order ("bought again", "repeat purchase rate") stays
 * with the cohorts intent.
 */

import { readCohortIntent } from "./cohort-intent.ts";
import { campaignPeriod } from "./frame.ts";
import { normalize } from "./normalize.ts";
import { countPattern, countValue, NUMBER_WORDS } from "./number-words.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame } from "./types.ts";

/** What an order-frequency question asks: the threshold of orders counted. */
export interface OrderFrequencyAsk {
  minOrders: number;
}

/** "Twice" and "thrice" are counts of orders; "once" is read by the rules that name it. */
const ORDER_COUNT_WORDS: Record<string, number> = { ...NUMBER_WORDS, once: 1, twice: 2, thrice: 3 };
const NUM = `(${countPattern(2)})`;
const TIMES = "(?:times|orders|purchases|transactions|separate orders)";
const WHO = "(?:customers?|buyers?|shoppers?|people|ppl|users|clients|purchasers|folks|accounts|households)";
// Verbs only: "orders on oct 15" is a count of orders, not a customer ordering 15 times. para22:
// "made" too ("customers who made more than one purchase" was read, "customers made ..." was not).
const BUY =
  "(?:bought|buy|buys|buying|ordered|ordering|purchased|shopped|shop|shops|placed|made|checked out|transacted|(?:who|that) (?:order|purchase)|(?:who|that) made)";

const value = (w: string) => countValue(w, ORDER_COUNT_WORDS) ?? Number.NaN;

/** Thresholds written after a buying verb or "customers with": [pattern, threshold from the match]. */
const THRESHOLDS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => number]> = [
  // "2+ times", "3 or more orders", "at least 4 purchases", "5 orders or more"
  [new RegExp(`\\b${NUM} ?\\+ ?${TIMES}`), (m) => value(m[1]!)],
  [new RegExp(`\\b${NUM} (?:or more|plus|and (?:up|above|over)) ${TIMES}`), (m) => value(m[1]!)],
  [new RegExp(`\\b${NUM} ${TIMES} or more\\b`), (m) => value(m[1]!)],
  [
    new RegExp(`\\b(?:at least|minimum of|a minimum of|no fewer than|no less than) ${NUM} ${TIMES}`),
    (m) => value(m[1]!),
  ],
  // "more than 3 orders", "over two purchases": one more than said
  [new RegExp(`\\b(?:more than|over|above) ${NUM} ${TIMES}`), (m) => value(m[1]!) + 1],
  // "more than once", "more than twice": one more than said
  [/\b(?:more than|over) (once|twice|thrice)\b/, (m) => value(m[1]!) + 1],
  // "twice or more", "at least twice"
  [/\b(twice|thrice|once)\b(?: or more)?/, (m) => (m[1] === "once" ? 2 : value(m[1]!))],
  [new RegExp(`\\b${NUM} times\\b`), (m) => Math.max(2, value(m[1]!))],
  [new RegExp(`\\b(?:multiple|several|many|repeated|more than one|2 or more|two or more) ${TIMES}`), () => 2],
  // fix16c: "more than one order", "over 1 purchase": the singular after "one".
  [/\b(?:more than|over) (?:one|1) (?:order|purchase|transaction)\b/, () => 2],
];

/** A buying verb (or "customers with") before the count, within a few words. */
const BUYING_COUNT = new RegExp(
  `\\b(?:${BUY}|${WHO} (?:with|having|have|has|had|who had|that had|who have|that have|who placed|who made))\\b(?: \\w+){0,3}? (?:(?:at least|more than|over|above|a minimum of|minimum of|no fewer than|no less than|exactly|only|just) )?(?:${NUM}|twice|thrice|once|multiple|several|many|repeated|more than one)\\b`,
);
/** "one-time buyers", "bought only once", "customers with a single order". */
const ONE_TIME = new RegExp(
  `\\b(?:one time|single purchase|single order|1 time|one and done) ${WHO}|\\b${BUY} (?:only |just |exactly )?once\\b|\\b${WHO} (?:with|having|who placed|who made) (?:only |just |exactly )?(?:one|1|a single) (?:order|purchase)\\b|\\bnever (?:bought|ordered|purchased) (?:again|a second time)\\b`,
);
/** "orders per customer distribution", "purchase frequency", "how often do customers buy". */
const FREQUENCY = new RegExp(
  `\\b(?:(?:purchase|order|buying|repeat purchase) frequency|(?:orders|purchases) per (?:customer|buyer|shopper)(?: distribution)?|distribution of (?:orders|purchases) per (?:customer|buyer)|how (?:often|frequently) (?:do|does|did) (?:our |the |a |each )?${WHO} (?:buy|order|purchase|shop))\\b`,
);
/**
 * "how many repeat customers", "number of repeat buyers": a count of customers ordering twice;
 * para22: also asked after the words ("repeat customers this year, how many?").
 */
const REPEAT_COUNT = new RegExp(
  `\\b(?:how many|number of|count of|count the|total) (?:repeat|multi order|multi purchase|repeat purchase) ${WHO}|\\brepeat (?:customer|buyer) (?:count|number)s?\\b|\\brepeat ${WHO}\\b[^,?]{0,30},? how many\\s*\\??$`,
);

/** "how many", "number of", "count of": a count of customers asked, not a share or a rate. */
function asksCount(text: string): boolean {
  return (
    /\b(?:how many|number of|count of|count|total|# of|no of|tally)\b/.test(text) &&
    !/\b(?:share|rate|percent\w*|%|proportion|fraction|ratio|pct)\b/.test(text)
  );
}

/**
 * @example readOrderFrequency("how many customers ordered 3 or more times in q3") // { minOrders: 3 }
 * @example readOrderFrequency("one time buyers last year") // { minOrders: 2 }
 * @example readOrderFrequency("repeat purchase rate by channel") // undefined (cohorts)
 */
export function readOrderFrequency(question: string, p: ParsedQuestion): OrderFrequencyAsk | undefined {
  const text = normalize(question);
  // A breakdown ("by channel") is not what the frequency answer has; those stay with their intents.
  if (p.dims.dimensions.length) return undefined;
  // With no period, "share of buyers who purchased more than once" is the lifetime repeat rate,
  // which the cohorts answer gives (a period makes it a count inside that period).
  // fix16c: "how many customers have bought more than once" asks for the count, which the
  // frequency answer gives (the cohorts answer gave only the share).
  if (!p.time.period && readCohortIntent(p.text) && !asksCount(text)) return undefined;
  // "bought again", "came back": repeat behaviour after a first order (the cohorts answer).
  if (/\b(?:again|came back|come back|repeat (?:purchase|order) rate|repeat rate|retention)\b/.test(text))
    return undefined;
  if (BUYING_COUNT.test(text)) {
    for (const [pattern, threshold] of THRESHOLDS) {
      const m = pattern.exec(text);
      if (m) {
        const n = threshold(m);
        if (n >= 2 && n <= 50) return { minOrders: n };
      }
    }
  }
  if (ONE_TIME.test(text) || FREQUENCY.test(text) || REPEAT_COUNT.test(text)) return { minOrders: 2 };
  return undefined;
}

/** The frame: the question's period (the ordering window), else the last 12 months of data. */
export function orderFrequencyFrame(frame: Frame, p: ParsedQuestion, ask: OrderFrequencyAsk): Frame {
  const period = p.time.period
    ? frame.period
    : { ...campaignPeriod(p.today, p.dataEnd), label: "last 12 months (default for order frequency)" };
  return {
    ...frame,
    period,
    cohort: { groupBy: "first_order_month", show: "frequency", minOrders: ask.minOrders },
  };
}
