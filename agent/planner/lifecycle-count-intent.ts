/**
 * fix13d: two lifecycle counts defined by the dates of a customer's orders, answered by the cohorts
 * tool's show "second_order" and "lapsed":
 * - "how many shoppers placed their 2nd order in august": customers whose SECOND order fell in the
 *   period, whenever their first was. It once read as the period's first-order cohort (a confident
 *   answer to another question).
 * - "churned = no purchase in 6 months, how many is that": a count of customers with no order in
 *   the user's window as of the data's last day, with the definition stated. It once read as repeat
 *   rates within that many days of a first order, with no count.
 * Rates, gaps and values of second orders ("% who buy a second time", "days between first and
 * second order") stay with the cohorts intent; a churn word with no window keeps the repeat-rate
 * reading (other-tool-words.ts).
 */

import { campaignPeriod } from "./frame.ts";
import { lapsedWindowDays } from "./lapsed-window.ts";
import { normalize } from "./normalize.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame } from "./types.ts";

/** What a lifecycle-count question asks; assumed: the no-order window is the default, not the user's. */
export type LifecycleAsk =
  | { kind: "second_order" }
  | { kind: "lapsed"; days: number; assumed?: true | undefined };

const WHO =
  "(?:customers?|custmers?|costumers?|cutomers?|buyers?|shoppers?|people|ppl|users|clients|purchasers|folks|accounts|households)";
/** "second order", "2nd purchase", "bought for the second time", "second-time buyers". */
const SECOND = new RegExp(
  `\\b(?:second|2nd) (?:ever )?(?:orders?|purchases?|buys?|transactions?|checkouts?)\\b|\\b(?:bought|ordered|purchased|shopped|converted|buy|order|purchase) (?:from us )?(?:for )?(?:the|a) (?:second|2nd) time\\b|\\b(?:second|2nd) time ${WHO}`,
);
/** A rate, a gap or a value of second orders: the cohorts answers, not a count. */
const NOT_A_COUNT =
  /%|\b(?:rate|rates|percent|percentage|share|proportion|ratio|how long|time (?:between|to|from|until|before)|days (?:between|to|from|until|before)|gap|between (?:the )?first|median|average|avg|mean|ltv|value|aov|revenue|likely|likelihood|probability|chance)\b/;
/** A count is asked: "how many", "number of", "count", "who", "which customers", "list". */
const COUNT = new RegExp(`\\b(?:how many|number of|count|counts|# of|total|who|which ${WHO}|list)\\b`);

/** A churn word: the count is of customers even when none is named. */
const CHURN = /\b(?:churn|churned|churners?|churning|lapsed|inactive|dormant|lost)\b/;

/**
 * fix18e: customers gone quiet, said without a window ("how many lapsed buyers do we have", "size
 * of a win-back audience", "dormant customers we could reactivate"). Unlike "churn" (read as the
 * repeat rate, other-tool-words.ts), these words only mean a past buyer with no recent order, so
 * they are counted over a stated default window. "Lost" alone is too loose (lost sales, lost data).
 */
const GONE_QUIET = new RegExp(
  `\\b(?:(?:lapsed|lapsd|dormant|inactive|sleeping|idle|win-?back|winback|reactivat\\w*|re-?engag\\w*) ${WHO}|${WHO}(?: who| that| which)?(?: have| had| has| are| is| were| was)?(?: now)? (?:gone quiet|gone dormant|lapsed|dormant|inactive|stopped (?:buying|ordering|shopping|purchasing))|win(?:ning)?[ -]?back (?:campaign|email|flow|audience|list|target|program|segment)s?)\\b`,
);
/** The no-order window assumed when the question states none (a common e-commerce choice). */
const DEFAULT_LAPSED_DAYS = 90;
/** The words that name the campaign a count is for ("a win-back campaign"), not a breakdown. */
const FOR_A_CAMPAIGN =
  /\b(?:win[ -]?back|winback|reactivation|re-?engagement|retention|come ?back) (?:campaign|email|flow|push)s?\b/;

/**
 * @example readLifecycleCount("how many customers placed a second order in august") // { kind: "second_order" }
 * @example readLifecycleCount("churned customers count, churn = no purchase in 6 months") // { kind: "lapsed", days: 180 }
 * @example readLifecycleCount("median days between first and second order") // undefined (cohorts)
 */
export function readLifecycleCount(question: string, p: ParsedQuestion): LifecycleAsk | undefined {
  const text = normalize(question);
  // A breakdown ("by channel") is not what these counts have; those stay with their intents. The
  // campaign a count is meant for ("target with a win-back campaign") is no breakdown.
  const dims = p.dims.dimensions.filter((d) => !(d === "campaign" && FOR_A_CAMPAIGN.test(text)));
  if (dims.length) return undefined;
  if (
    SECOND.test(text) &&
    !NOT_A_COUNT.test(text) &&
    (COUNT.test(text) || new RegExp(`\\b${WHO}\\b`).test(text))
  )
    return { kind: "second_order" };
  const days = lapsedWindowDays(text);
  if (!days) {
    if (GONE_QUIET.test(text) && !NOT_A_COUNT.test(text))
      return { kind: "lapsed", days: DEFAULT_LAPSED_DAYS, assumed: true };
    return undefined;
  }
  // lead26: "who hasn't ordered in 6 months" counts customers without naming them.
  if (!(CHURN.test(text) || new RegExp(`\\b${WHO}\\b`).test(text) || /^(?:so |and |ok )?who\b/.test(text)))
    return undefined;
  return { kind: "lapsed", days };
}

/**
 * The frame: a second-order count over the question's period (else the last 12 months of data);
 * a lapsed count as of the data's last day, whatever window the time parser read.
 */
export function lifecycleCountFrame(frame: Frame, p: ParsedQuestion, ask: LifecycleAsk): Frame {
  if (ask.kind === "second_order") {
    const period = p.time.period
      ? frame.period
      : { ...campaignPeriod(p.today, p.dataEnd), label: "last 12 months (default for second orders)" };
    return { ...frame, period, cohort: { groupBy: "first_order_month", show: "second_order" } };
  }
  return {
    ...frame,
    period: { ...campaignPeriod(p.today, p.dataEnd), label: "as of the data's last day" },
    compare: undefined,
    dimensions: [],
    excludeNone: undefined,
    cohort: { groupBy: "first_order_month", show: "lapsed", lapsedDays: ask.days },
    ...(ask.assumed
      ? {
          note: `You gave no window for lapsed, so I counted customers who ordered before but not in the last ${ask.days} days of data; name another window ("no order in 180 days") to change it.`,
        }
      : {}),
  };
}
