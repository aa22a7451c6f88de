/**
 * Questions about customer cohorts and lifetime value (LTV by channel, LTV:CAC, repeat purchase,
 * customers who come back, monthly cohorts), recognised from the normalized question and answered
 * by the cohorts tool. "LTV by channel" once ended in "Did you mean: date?"; "returning customers"
 * in a period stays a metric question (customer type), so only repeat behaviour is matched here.
 */
import { MONTH_NAMES } from "../../lib/months.ts";
import { addDays, startOfWeek } from "../../semantic/query/dates.ts";
import { type CampaignWindow, windowNote } from "./campaign-windows.ts";
import { campaignPeriod } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import { holidayRange } from "./time-holidays.ts";
import type { Frame, PlannedCall } from "./types.ts";
import { EXTRA_COHORT, matchesAny } from "./vocabulary-extra.ts";

/** Phrasings of a cohort question. */
export const COHORT_PHRASINGS: readonly RegExp[] = [
  /\b(?:ltv|clv|cltv|lifetime value|life time value|lifetime revenue|customer value over time)\b/,
  /\bcohorts?\b/,
  /\brepeat (?:purchase|order|buy|buyer|customer)s? (?:rate|ratio|share|%)\b/,
  // fix5b: "repeat rate within the first year": the repeat-purchase rate, said short.
  /\brepeat (?:rate|ratio)\b/,
  /\b(?:repurchase\w*|buy again|buys again|bought again|order again|ordered again|orders again|purchase again|second (?:order|purchase))\b/,
  // "reorder within 90 days", "buy a second time", "shop with us again": a second order, said other ways.
  /\b(?:re-?order(?:s|ed|ing)?|(?:buy|buys|bought|order|orders|ordered|purchase|purchases|purchased|shop|shops|shopped) (?:a |for a )?(?:second|2nd) time|(?:shop|shops|shopped) (?:with us )?again)\b/,
  /\b(?:come|comes|coming|came) back\b/,
  /\bcustomer retention\b|\bretention (?:rate|by|of)\b|\bretain(?:ed|s)? (?:customers|buyers)\b/,
  /\b(?:loyal|loyalest|most loyal|stickiest|sticky)(?: repeat)? (?:customers|buyers|shoppers)\b/,
  // "customers worth the most over time", "highest value buyers long term": value over a lifetime
  // is what the cohorts tool measures; customer counts are not split by channel at all.
  /\b(?:customers?|buyers?|shoppers?) (?:(?:that|who) (?:are )?)?(?:worth|spend|spending|are worth) (?:the )?(?:most|more)\b.*\b(?:over time|long term|long run|lifetime|over their life)\b/,
  /\b(?:most|highest|more) (?:valuable|value) (?:customers|buyers|shoppers)\b.*\b(?:over time|long term|long run|lifetime)\b/,
  // fix9e: "revenue per customer by first touch channel": customers are not split by a channel per
  // order, but a customer's first touch is theirs, so the cohorts by first-touch channel answer it
  // (revenue per customer after their first order) instead of average order value.
  /\b(?:(?:average )?(?:revenue|value|sales|spend|spending) per (?:customer|buyer|shopper|user)|arpu)\b.*\b(?:channels?|first touch|acquisition|acquired)\b/,
  // fix10c: "repeat customers per acquisition source", "which first-touch channel gives us the most
  // repeat purchasers": customers who came back, grouped by where they were acquired (a cohort
  // question; orders by channel cannot say who came back).
  /\brepeat (?:buyers?|customers?|purchasers?|shoppers?)\b.{0,60}\b(?:acquisition|acquired|acquires?|first touch|original|originally)\b|\b(?:acquisition|acquired|acquires?|first touch|original|originally)\b.{0,60}\brepeat (?:buyers?|customers?|purchasers?|shoppers?)\b/,
];

/**
 * fix16c: "distinct customers by first touch channel", "how many buyers did each acquisition
 * channel bring in": a count of customers split by where each was acquired. A customer's first
 * touch is theirs, so the cohorts by first-touch channel count them (customers whose first order
 * falls in the period); first-touch credited conversions count orders, a different question.
 */
const CUSTOMER_COUNT =
  /\b(?:customers?|custmers?|costumers?|cutomers?|buyers?|shoppers?|purchasers?|clients)\b/;
const ACQUIRED_BY =
  /\b(?:first touch|first click|acquisition|acquired|acquiring|acquires|brought in|bring in|brings in)\b/;
/** Words that ask for something other than how many customers: credit, money, orders, a model. */
const NOT_A_COUNT =
  /\b(?:revenue|sales|conversions?|orders?|credit\w*|roas|cac|cpa|cost|spend|spent|attribut\w*|share|percent|%|models?|last touch|last click|linear|position based|time decay|value|ltv|aov|journeys?|paths?|touchpoints?|purchases?|first time|new|under|weekly|daily|monthly|per (?:day|week|month)|donut|pie)\b/;
function asksCustomersByAcquisition(text: string): boolean {
  return CUSTOMER_COUNT.test(text) && ACQUIRED_BY.test(text) && !NOT_A_COUNT.test(text);
}

/**
 * fix20f: customers named by when or how they were won ("customers we got during black friday",
 * "people who first ordered in november", "holiday shoppers", "promo-acquired buyers") asked about
 * their worth or whether they come back: a cohort question (value over the customers' lives), not
 * a count of customers in the period.
 */
const WHO_WON =
  "(?:customers?|custmers?|costumers?|buyers?|shoppers?|people|ppl|purchasers|clients|folks|users|cohorts?|signups)";
const ACQUIRED_SUBJECT = new RegExp(
  [
    `\\b${WHO_WON}(?: (?:we|that|who|which|whom|you))?(?: (?:have|had|were|was|did|got))?(?: (?:first|initially|originally|newly|only))? (?:acquired|acquire|got|get|won|picked up|pick up|gained|brought in|bring in|landed|ordered|bought|purchased|shopped|converted|joined|signed up|came in)\\b`,
    `\\b(?:acquired|won|gained|picked up|brought in|landed|new) ${WHO_WON} (?:in|during|over|on|from|around|at)\\b`,
    `\\b(?:black friday|bfcm|bf|bf25|cyber monday|cyber week|holiday|holidays|holiday25|christmas|xmas|summer26|summer sale|new year|promo|promotion|promotional|sale|discount|deal|coupon|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)(?:[- ](?:acquired|driven|period|season|sale|weekend|week|time))? ${WHO_WON}\\b`,
    `\\b(?:(?:first[- ]time|new) )?${WHO_WON} (?:from|of|in|during|over|on|around) (?:the |our |that )?(?:black friday|bfcm|bf|bf25|cyber monday|cyber week|holiday|holidays|holiday season|holiday25|christmas|xmas|summer26|summer sale|sale|promo|promotion|new year sale)\\b`,
  ].join("|"),
);
/** Their worth over time or whether they come back (not a count, not a cost). */
const WORTH_ASK =
  /\b(?:worth|value|valuable|ltv|clv|lifetime|quality|spend (?:more|less|as much)|spent (?:more|less|as much)|spending (?:more|less)|(?:come|came|coming) back|return(?:ed|ing)? (?:more|less|as)|repeat\w*|reorder\w*|loyal\w*|stick(?:y| around)|stuck around|retain\w*|retention|churn\w*|one[- ]and[- ]done|one[- ]time)\b/;
/** A cost, a count or a channel split asks something else of those customers. */
const NOT_WORTH = /\b(?:cac|cpa|cost|how many|number of|count|attribut\w*|journeys?|paths?|touchpoints?)\b/;
/** Whether customers named by when they were won are asked about their worth. */
function asksWonCustomersWorth(text: string): boolean {
  return ACQUIRED_SUBJECT.test(text) && WORTH_ASK.test(text) && !NOT_WORTH.test(text);
}

/** "cohort retention table", "monthly retention", "what share came back in month 2": the retention matrix. */
// para22: "retention by first purchase month", "by cohort month" as "by first order month".
const RETENTION =
  /\b(?:retention (?:table|matrix|heatmap|heat map|curves?|chart|grid|triangle|cohorts?|by (?:the )?(?:cohort|(?:first (?:order|purchase|buy)|acquisition|signup|cohort) month|month))|(?:cohort|monthly|month over month|month by month|month on month) retention|retention (?:over|across|in|for) (?:the )?(?:following |later |subsequent )?months|(?:ordered|order|bought|buy|purchased|came back|come back|returned|return) (?:again )?in (?:month|months) (?:1|one|2|two|3|three|n)|retained (?:each|per|by|every) month|month (?:1|one) (?:2|two|and 2|and two)? ?retention)\b/;

const BY_MONTH = /\b(?:month|monthly|months of first|first order month|acquisition month|by month)\b/;
/**
 * fix18e: "how has the repeat rate trended", "is retention improving": a rate's course over time is
 * read cohort by cohort (first-order month), not split by channel.
 */
const OVER_TIME =
  /\b(?:trend|trends|trended|trending|over time|improv\w*|getting (?:better|worse)|gotten (?:better|worse)|declin\w*|slipp\w*|evolv\w*|moving|moved|changed|changing|going up|going down|up or down)\b/;
const BY_CHANNEL = /\b(?:channel|channels|source|sources|first touch)\b/;

/**
 * "90 day ltv", "6 month lifetime value", "ltv after a year": a horizon is read only next to the
 * value words, so "ltv by channel over the last 6 months" keeps the default horizon (the period
 * is the acquisition window, not the horizon).
 */
const HORIZON_WORDS: ReadonlyArray<readonly [string, 30 | 60 | 90 | 180 | 365]> = [
  ["30 days?|1 month|one month|first month|30d", 30],
  ["60 days?|2 months?|two months?|60d", 60],
  ["90 days?|3 months?|three months?|first quarter|90d", 90],
  ["180 days?|6 months?|six months?|half year|180d", 180],
  ["365 days?|12 months?|twelve months?|1 year|one year|a year|annual|yearly|first year|365d", 365],
];
const VALUE = "(?:ltv|clv|cltv|lifetime value|customer value|value|revenue per customer|ltv cac|ltv to cac)";
const HORIZON: ReadonlyArray<readonly [RegExp, 30 | 60 | 90 | 180 | 365]> = HORIZON_WORDS.map(
  ([w, d]) =>
    [
      new RegExp(
        // para23: "ltv 6 months in", "value 90 days out": the horizon after the value, then "in".
        `\\b(?:(?:${w}) ${VALUE}|${VALUE} (?:at|after|within|over|in) (?:the )?(?:first )?(?:${w})|${VALUE} (?:${w}) (?:in|out|on|later))\\b`,
      ),
      d,
    ] as const,
);

/**
 * A horizon named in a follow-up to a cohort table, where no value word is needed: "what about at
 * 180 days", "just the 60 day mark", "6 months only". (In a new question "180 days" is a period.)
 * @example cohortHorizonIn("what about at 180 days only, as a chart") // 180
 */
export function cohortHorizonIn(text: string): 30 | 60 | 90 | 180 | 365 | undefined {
  for (const [w, days] of HORIZON_WORDS) {
    const loose = new RegExp(
      `\\b(?:(?:at|after|within|over|on|to|for) (?:the )?(?:first )?(?:${w})|(?:${w}) (?:only|mark|horizon|cutoff|cut off|in|out|ltv|value|after first order))\\b`,
    );
    if (loose.test(text)) return days;
  }
  for (const [pattern, days] of HORIZON) if (pattern.test(text)) return days;
  return undefined;
}
// fix5b: "90 day repeat purchase rate", "share who order again within 60 days": a horizon named
// next to repeat words is the horizon the repeat rate is read at (and the LTV beside it).
const REPEAT =
  "(?:repeat(?: purchase| order| buy| customer)?s?(?: rate)?|repurchase(?: rate)?|re-?order(?:s|ed|ing)?|retention(?: rate)?|(?:come|came|comes|coming) back|(?:order|ordered|buy|bought|purchase|purchased|shop|shopped)(?: with us)? again|(?:order|ordered|buy|bought|purchase|purchased|shop|shopped) (?:a |for a )?(?:second|2nd) time|second (?:order|purchase))";
const REPEAT_HORIZON: ReadonlyArray<readonly [RegExp, 30 | 60 | 90 | 180 | 365]> = HORIZON_WORDS.map(
  ([w, d]) =>
    [
      new RegExp(
        `\\b(?:(?:${w})[ -]${REPEAT}|${REPEAT}\\b.{0,30}?\\b(?:at|after|within|inside|in|by) (?:the )?(?:first )?(?:${w}))\\b`,
      ),
      d,
    ] as const,
);

/** What a cohort question asks for. */
export interface CohortIntent {
  groupBy: "first_touch_channel" | "first_order_month";
  ltvDays?: 30 | 60 | 90 | 180 | 365;
  /** The words that named the horizon ("ltv after 30 days"), which are not a period. */
  horizonText?: string;
  /** "cohort retention table": the monthly retention matrix instead of LTV. */
  show?: "retention" | "payback" | "repeat_gap";
}

/**
 * fix8e: "how many days pass before a customer's 2nd purchase", "typical gap between someone's
 * first and next order", "how long until new buyers order again": the time from the first to the
 * second order (once answered with the cohort LTV table, a different question).
 */
const ORDER = "(?:orders?|purchases?|buys?|transactions?)";
const REPEAT_GAP = new RegExp(
  [
    `\\b(?:time|days|weeks|months|gap|interval|lag|delay|duration|how long|distance|spacing)\\b.{0,40}\\b(?:first|1st|initial)(?: ${ORDER})? (?:and|to|till|until|before) (?:the |their |a |his |her )?(?:second|2nd|next|repeat) (?:${ORDER}|one)`,
    `\\b(?:time|days|weeks|months|how long|gap|interval|lag)\\b.{0,25}\\b(?:to|until|till|before|between)\\b.{0,25}?\\b(?:second|2nd|repeat) ${ORDER}`,
    `\\bhow (?:long|many days|many weeks|soon|quickly|fast)\\b.{0,40}\\b(?:buy|buys|order|orders|purchase|purchases|shop|come back|comes back|return|returns) again\\b`,
    // lead25: "how long until a new customer orders again" (normalized to "... a new customers
    // again"), "how soon before a first time buyer comes back": a customer, then again / back.
    `\\bhow (?:long|many days|many weeks|soon|quickly|fast)\\b.{0,40}\\b(?:customers?|buyers?|shoppers?|purchasers?)\\b(?: \\w+){0,2} (?:again|(?:come|comes|coming|came) back)\\b`,
    // fix17d: "how long until a first-time buyer places their 2nd order", "how fast do people
    // reorder", "when do customers make their second purchase": the second order, said anywhere.
    `\\bhow (?:long|many days|many weeks|soon|quickly|fast)\\b.{0,60}\\b(?:(?:second|2nd|another|next|repeat|follow[- ]?up) ${ORDER}|(?:second|2nd) time|(?:re-?order|repurchas|rebuy)\\w*)`,
    `\\bwhen (?:do|does|did) (?:most |our |new |first[- ]time )*(?:customers?|people|buyers?|shoppers|they|someone|ppl|folks)\\b.{0,30}\\b(?:second|2nd) ${ORDER}`,
    // lead24: "avg days between orders", "typical gap between purchases": the first-to-second gap.
    `\\b(?:time|days|weeks|months|gap|interval|lag|spacing)\\s+(?:in\\s+)?between\\s+(?:(?:a|an|the|their|each|customer|customers|repeat|successive|consecutive)\\s+)*(?:orders|purchases|buys|repurchases|reorders)\\b`,
    // fix19d: "when do new customers typically make a repeat purchase", "when do buyers order again".
    `\\bwhen (?:do|does|will|would) (?:most |our |new |first[- ]time |the )*(?:customers?|people|buyers?|shoppers|they|someone|ppl|folks)\\b.{0,30}\\b(?:(?:repeat|another|next) ${ORDER}|(?:buy|order|purchase|shop|come back|return)s? again|re-?order|repurchase)`,
    // lead26: "how long between orders", "how long between purchases on average".
    `\\bhow (?:long|many days|many weeks)(?: is| are| do| does)?(?: it| there| customers| people)?(?: usually| typically| on average)?\\s+(?:in\\s+)?between\\s+(?:(?:a|an|the|their|each|customer|customers|repeat|successive|consecutive)\\s+)*(?:orders|purchases|buys|repurchases|reorders)\\b`,
    `\\b(?:days?|time) to (?:repeat|repurchase|reorder)\\b|\\b(?:repurchase|reorder|repeat purchase|repeat order) (?:interval|cycle|gap|lag|timing|window)\\b`,
  ].join("|"),
);

/**
 * "CAC payback", "how many months until a customer pays back what we spent to get them": when
 * gross profit per customer covers CAC (cohort LTV x margin), not CAC alone.
 */
const PAYBACK =
  /\b(?:(?:cac|acquisition cost|customer acquisition|ad spend|marketing spend) payback|payback (?:period|time|window|months?|on cac)|pay ?back (?:period|time)|(?:make|made|making|earn|earned|earning|get|got|getting|win|recoup|recouped|recoup\w*|recover|recovered|recovering) (?:back )?(?:our |the |their |its )?(?:cac|acquisition cost|cost to acquire|cost of acquiring|cost of acquisition)(?: back)?|(?:cac|acquisition cost)\b.{0,30}\b(?:paid back|pays? (?:itself )?back|earned back|recouped|recovered)|(?:customers?|they|a customer) (?:to )?(?:pay|pays|paying) (?:back|for themselves|for itself)|pay(?:s|ing)? ?back (?:the |our |their |its )?(?:new customer )?(?:cac|acquisition cost|customer acquisition cost)|(?:channels?|customers?|cohorts?|ones) (?:that |which )?(?:pay|pays) (?:for themselves|back) (?:inside|within|in|under) \d+|(?:months?|days|long|time) (?:to|until|till|before) (?:we )?(?:break even|breakeven) on (?:a |each |new )?(?:customers?|cac|acquisition)|pay ?back (?:on|for|of) (?:our |the |a |an |new |each |every )?(?:[a-z0-9]+ ){0,3}?(?:customers?|buyers|shoppers|cohorts?|acquisitions?|acquired (?:customers?|users))|(?:customers?|buyers|cohorts?|acquisition) pay ?backs?|(?:best|fastest|quickest|shortest|slowest|worst|longest|quicker|faster|slower) pay ?backs?|pay ?backs? (?:by|per|for each|across) (?:first touch )?(?:channels?|sources?|platforms?)|(?:channels?|sources?|platforms?) (?:that |which )?(?:pays?|paid) (?:back|for (?:it|them)sel(?:f|ves)) (?:the )?(?:quickest|fastest|soonest|first|quicker|faster))\b/;

/**
 * @example readCohortIntent("ltv by channel") // { groupBy: "first_touch_channel" }
 * @example readCohortIntent("monthly cohorts 180 day ltv") // { groupBy: "first_order_month", ltvDays: 180 }
 */
export function readCohortIntent(text: string): CohortIntent | undefined {
  if (REPEAT_GAP.test(text))
    return {
      groupBy: BY_MONTH.test(text) && !BY_CHANNEL.test(text) ? "first_order_month" : "first_touch_channel",
      show: "repeat_gap",
    };
  if (PAYBACK.test(text)) return { groupBy: "first_touch_channel", show: "payback" };
  if (RETENTION.test(text) && !BY_CHANNEL.test(text))
    return { groupBy: "first_order_month", show: "retention" };
  if (asksCustomersByAcquisition(text)) return { groupBy: "first_touch_channel" };
  if (
    !COHORT_PHRASINGS.some((p) => p.test(text)) &&
    !matchesAny(EXTRA_COHORT, text) &&
    !asksWonCustomersWorth(text)
  )
    return undefined;
  const groupBy =
    (BY_MONTH.test(text) || OVER_TIME.test(text)) && !BY_CHANNEL.test(text)
      ? "first_order_month"
      : /\bcohorts?\b/.test(text) && !BY_CHANNEL.test(text) && !/\bltv|lifetime\b/.test(text)
        ? "first_order_month"
        : "first_touch_channel";
  for (const [pattern, days] of [...HORIZON, ...REPEAT_HORIZON]) {
    const m = pattern.exec(text);
    if (m) return { groupBy, ltvDays: days, horizonText: m[0] };
  }
  return { groupBy };
}

/** "come back less than normal", "vs our usual customers": one cohort against the others. */
const AGAINST_NORMAL =
  /\b(?:than|vs|versus|compared (?:to|with)|against|relative to) (?:the |our |other |all )?(?:normal|usual|typical|average|other customers|other cohorts|other months|the rest|everyone else|rest of (?:our |the )?customers|regular customers|(?:our )?usual customers)\b|\b(?:than|vs) (?:usual|normal)\b|\b(?:less|more|worse|better) than (?:usual|normal|average|typical)\b/;

/**
 * fix5b: a short stated period (a sale, a holiday) asked about against normal: its customers are
 * read through their first-order month beside every other month's cohort over the last 12 months,
 * at the same horizon, so "less than normal" has the normal next to it.
 */
function againstNormalFrame(frame: Frame, p: ParsedQuestion, cohort: CohortIntent): Frame | undefined {
  const stated = frame.period;
  if (!AGAINST_NORMAL.test(p.text) || !p.time.period || cohort.show) return undefined;
  const monthOf = (iso: string) => {
    const [y, m] = iso.split("-").map(Number);
    return `${MONTH_NAMES[m! - 1]} ${y}`;
  };
  const months = [...new Set([monthOf(stated.from), monthOf(stated.to)])];
  // A sale or a holiday, not a quarter: a span over two calendar months is no longer one cohort.
  if (Date.parse(stated.to) - Date.parse(stated.from) > 45 * 86_400_000) return undefined;
  const month = months.length === 1 ? `${months[0]} cohort` : `${months.join(" and ")} cohorts`;
  const horizon = cohort.ltvDays ?? 90;
  return {
    ...frame,
    period: { ...campaignPeriod(p.today, p.dataEnd), label: "last 12 months (default for cohorts)" },
    cohort: { groupBy: "first_order_month", ltvDays: cohort.ltvDays },
    note: `Customers whose first order was ${stated.from === stated.to ? `on ${stated.from}` : `${stated.from} to ${stated.to}`} belong to the ${month}: compare ${months.length === 1 ? "its" : "their"} repeat rate within ${horizon} days with the other months' cohorts below, each read at the same ${horizon}-day horizon.`,
  };
}

/**
 * fix20f: one group of customers set against the rest: "worth less than others", "vs everyone
 * else", "lower quality than the rest", "as much as a regular customer", "vs non-sale buyers".
 */
const AGAINST_OTHERS =
  /\b(?:than|vs|versus|compared (?:to|with)|against|relative to|as much as|as good as|as well as|like) (?:the |our |all |any |every |an? )?(?:others?|other (?:customers?|buyers?|shoppers?|people|cohorts?|ones)|(?:the )?rest(?: of (?:our |the )?(?:customers|buyers|shoppers))?|everyone else|everybody else|anyone else|(?:regular|normal|typical|usual|average|ordinary|non[- ]?\w+|full[- ]price|organic|other) (?:customers?|buyers?|shoppers?|people|ones|cohorts?)|usual|normal|average|typical)\b/;
/** The days between two YYYY-MM-DD days. */
const spanDays = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
/** The first day of the month `n` months from `day`'s month. */
function monthStart(day: string, n: number): string {
  const d = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1 + n, 1));
  return d.toISOString().slice(0, 10);
}

/**
 * fix20f: a short window (a sale, a holiday, at most 45 days) asked against the other customers:
 * the period is the window's month with one month either side (inside the data), and the tool
 * splits its customers into the window's and the others, at the same horizons.
 */
function windowVsOthersFrame(
  frame: Frame,
  p: ParsedQuestion,
  cohort: CohortIntent,
  w: Frame["period"],
): Frame | undefined {
  if (!AGAINST_OTHERS.test(p.text) || spanDays(w.from, w.to) > 45) return undefined;
  let from = monthStart(w.from, -1);
  let to = addDays(monthStart(w.to, 2), -1);
  if (p.dataStart && from < p.dataStart) from = p.dataStart;
  if (p.dataEnd && to > p.dataEnd) to = p.dataEnd;
  if (from >= w.from && to <= w.to) return undefined;
  return {
    ...frame,
    dimensions: [],
    filters: [],
    compare: undefined,
    period: { from, to, label: "customers acquired in the months around the window" },
    // The answer's first line names both groups and the horizon; no note repeats it.
    note: undefined,
    cohort: { groupBy: "first_order_month", ltvDays: cohort.ltvDays, window: { from: w.from, to: w.to } },
  };
}

/** "the jan 26 cohort", "mar '25 cohort": in cohort talk a month and a two-digit year. */
const MONTH_YY_COHORT =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? '?(\d{2}) (?:cohort|customers|buyers|signups)\b/;

/** fix5b: the first-order month cohort a "jan 26 cohort" names, or undefined. */
function monthCohortFrame(frame: Frame, p: ParsedQuestion, cohort: CohortIntent): Frame | undefined {
  const m = MONTH_YY_COHORT.exec(p.text);
  if (!m || cohort.show) return undefined;
  const month = MONTH_NAMES.findIndex((n) => n.toLowerCase().startsWith(m[1]!)) + 1;
  const year = 2000 + Number(m[2]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, "0");
  return {
    ...frame,
    period: {
      from: `${year}-${mm}-01`,
      to: `${year}-${mm}-${last}`,
      unit: "month",
      label: `${MONTH_NAMES[month - 1]} ${year} cohort`,
    },
    cohort: { groupBy: "first_order_month", ltvDays: cohort.ltvDays },
  };
}

/**
 * fix20f: "customers acquired in November" asked on November 1st: a cohort is customers who have
 * already ordered, so a month named without a year that has not begun in the data (this month, no
 * order yet) is its latest past occurrence, a year earlier (never an empty cohort).
 * @example pastCohortMonth({ from: "2026-11-01", to: "2026-11-01", label: "in november", unit: "month" }, "2026-10-31")
 * // { from: "2025-11-01", to: "2025-11-30", label: "November 2025", unit: "month" }
 */
export function pastCohortMonth<P extends Frame["period"]>(period: P, dataEnd: string | undefined): P {
  if (!dataEnd || period.from <= dataEnd || !period.from.endsWith("-01")) return period;
  // The current month is clipped to today and loses its unit: the label says it was a month.
  const label = period.label ?? "";
  if (period.unit !== "month" && !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.test(label))
    return period;
  if (/\b(?:19|20)\d{2}\b|\b(?:this|next|current|mtd|to date|so far)\b/.test(label)) return period;
  const year = Number(period.from.slice(0, 4)) - 1;
  const month = Number(period.from.slice(5, 7));
  if (`${year}-${period.from.slice(5, 7)}-01` > dataEnd) return period;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, "0");
  return {
    ...period,
    from: `${year}-${mm}-01`,
    to: `${year}-${mm}-${last}`,
    label: `${MONTH_NAMES[month - 1]} ${year}`,
  };
}

/** Whether a period is one whole calendar month. */
function wholeMonth(p: { from: string; to: string }): boolean {
  return p.from.endsWith("-01") && addDays(p.to, 1) === monthStart(p.from, 1);
}

/** The data's last day, else the day before today (orders are loaded through yesterday). */
const lastDataDay = (p: ParsedQuestion) => p.dataEnd ?? addDays(p.today, -1);

/** Words that set two named cohorts against each other. */
const COHORTS_AGAINST = /\b(?:vs|versus|compared?|comparing|against|than|relative to|beat\w*)\b/;

/**
 * A cohort question's frame: the question's period, else the last 12 months of data (LTV needs
 * customers old enough to have a history; the last 30 days would have none).
 */
export function cohortFrame(
  given: Frame,
  p: ParsedQuestion,
  cohort: CohortIntent,
  windows: readonly CampaignWindow[] = [],
): Frame {
  // "ltv after 30 days": the date parser reads the horizon as a date; it is not the period.
  const season = holidaySeason(p);
  const stated =
    (p.time.period && !cohort.horizonText?.includes(p.time.period.label ?? "\u0000")) || !!season;
  // "did they ever buy again": "ever" is the whole history, no acquisition window of its own.
  const wholeHistory = stated && /\bever\b/.test(p.text) && p.time.period?.from === p.dataStart;
  const holiday = holidayCohortWindow(p, windows);
  const promo =
    stated && !wholeHistory && !holiday ? undefined : promotionCohort(given, p, cohort, windows, holiday);
  // fix20f: "are black friday customers worth less than others": the window's customers against
  // the other customers acquired around it, not the window alone nor every month's cohort.
  const short = promo?.period ?? season ?? (stated ? given.period : undefined);
  const versus = short && !cohort.show ? windowVsOthersFrame(given, p, cohort, short) : undefined;
  if (versus) return versus;
  if (promo) return promo;
  const frame = season
    ? { ...given, period: season }
    : { ...given, period: pastCohortMonth(given.period, lastDataDay(p)) };
  const named = monthCohortFrame(frame, p, cohort);
  if (named) return named;
  if (stated) {
    const normal = againstNormalFrame(frame, p, cohort);
    if (normal) return { ...normal, compare: undefined };
  }
  // fix7a: "customers acquired in bf25 vs summer": two named cohorts, each read whole (cohortsCalls).
  // Only when set against each other ("bf25 vs summer"); "black friday / cyber monday" is one group.
  const named2 =
    p.time.compare?.mode === "explicit" && COHORTS_AGAINST.test(p.text) ? p.time.compare.period : undefined;
  const other =
    named2 && stated
      ? { mode: "explicit" as const, period: pastCohortMonth(named2, lastDataDay(p)) }
      : undefined;
  const period = stated
    ? frame.period
    : { ...campaignPeriod(p.today, p.dataEnd), label: "last 12 months (default for cohorts)" };
  // fix20f: two calendar months set against each other ("november vs january buyers"): each is
  // one first-order-month cohort, read whole, unless a channel split is asked.
  const twoMonths = !!other && wholeMonth(period) && wholeMonth(other.period) && !BY_CHANNEL.test(p.text);
  return {
    ...frame,
    period,
    compare: other,
    ...(other
      ? {
          note: /\b(?:ltv|clv|cltv|lifetime|value|valuable|worth|spend|spent|revenue)\b/.test(p.text)
            ? `Two cohorts side by side, the earlier first: compare their ${cohort.ltvDays ?? 90}-day LTV (revenue per customer in the first ${cohort.ltvDays ?? 90} days) and repeat rates, the same horizon for both; totals "by now" favour the earlier cohort, which has had longer to buy again.`
            : 'Two cohorts side by side, the earlier first: compare their repeat rates within 90 days, the same horizon for both; "by now" favours the earlier cohort, which has had longer to come back.',
        }
      : {}),
    cohort: {
      groupBy: twoMonths && !cohort.show ? "first_order_month" : cohort.groupBy,
      ltvDays: cohort.ltvDays,
      ...(cohort.show
        ? { show: cohort.show }
        : asksRepeatRate(p.text)
          ? { show: "repeat" as const }
          : cohort.groupBy === "first_touch_channel" && LTV_TO_CAC.test(p.text)
            ? { show: "ltv_to_cac" as const }
            : {}),
    },
  };
}

/** fix15b: LTV:CAC asked ("ltv:cac", "ltv to cac", "ltv/cac ratio"): the answer charts it. */
const LTV_TO_CAC =
  /\b(?:ltv|clv|cltv|lifetime value)\W{0,3}(?:to |vs |versus |over )?(?:cac|acquisition cost)\b/;

/** fix9a: customers coming back asked of, with no value word: the repeat rate is the answer's figure. */
function asksRepeatRate(text: string): boolean {
  // para23: "did customers acquired on black friday return": customers returning, said at the end
  // (a product return is said of orders or items, not of customers).
  const repeat =
    new RegExp(`\\b${REPEAT}\\b`).test(text) ||
    /\b(?:a second time|again|repeat\w*)\b/.test(text) ||
    /\b(?:customers|buyers|shoppers|people|they)\b.{0,50}\breturn(?:ed)?\s*\??$/.test(text);
  return repeat && !/\b(?:ltv|clv|cltv|lifetime|value|worth|revenue|cac)\b/.test(text);
}

/**
 * The cohorts calls of a frame: one, or with two named cohorts ("bf25 vs summer buyers") one per
 * cohort, the earlier first, each read at the same horizons so their repeat rates compare.
 */
export function cohortsCalls(frame: Frame): PlannedCall[] {
  const other = frame.compare?.mode === "explicit" ? frame.compare.period : undefined;
  if (!other) return [cohortsCall(frame)];
  const pair = [cohortsCall({ ...frame, period: other }), cohortsCall(frame)];
  return other.from <= frame.period.from ? pair : pair.reverse();
}

/** The cohorts call of a frame. */
export function cohortsCall(frame: Frame): PlannedCall {
  const c = frame.cohort ?? { groupBy: "first_touch_channel" };
  // fix15b: "now without affiliate": a channel left out is a first-touch channel left out.
  const excluded = frame.filters
    .filter((f) => f.field === "channel" && f.op === "not_in")
    .flatMap((f) => f.values.map(String));
  return {
    name: "cohorts",
    args: {
      period: { from: frame.period.from, to: frame.period.to },
      groupBy: c.groupBy,
      ...(c.ltvDays ? { ltvDays: c.ltvDays } : {}),
      ...(c.show ? { show: c.show } : {}),
      ...(c.minOrders ? { minOrders: c.minOrders } : {}),
      ...(c.lapsedDays ? { lapsedDays: c.lapsedDays } : {}),
      ...(c.window ? { window: { from: c.window.from, to: c.window.to } } : {}),
      ...(c.orderValueBy ? { orderValueBy: c.orderValueBy } : {}),
      ...(c.percentiles ? { percentiles: c.percentiles } : {}),
      ...(c.orderValueLevel ? { orderValueLevel: c.orderValueLevel } : {}),
      ...(excluded.length ? { excludeChannels: excluded } : {}),
    },
  };
}

/**
 * fix16e: "did the holiday25 customers come back", "repeat rate of people we got in the bf25
 * campaigns": one promotion's customers. The cohorts read customers by the date of their first order
 * (not by a campaign), so the promotion's window (its campaigns' flights) is the acquisition period,
 * by first-touch channel, and the note says what that covers. Two promotions or a dated period
 * are read as before.
 */
function promotionCohort(
  frame: Frame,
  p: ParsedQuestion,
  cohort: CohortIntent,
  windows: readonly CampaignWindow[],
  holiday?: CampaignWindow,
): Frame | undefined {
  // Payback and retention are tables of their own; a promotion's customers are asked about coming back or value.
  if ((cohort.show && cohort.show !== "repeat_gap") || (cohort.groupBy !== "first_touch_channel" && !holiday))
    return undefined;
  const named = windows.filter((w) => new RegExp(`\\b${w.name.toLowerCase()}\\b`).test(p.text));
  const w = named.length === 1 ? named[0]! : named.length === 0 ? holiday : undefined;
  if (!w) return undefined;
  return {
    ...frame,
    dimensions: [],
    filters: [],
    period: { ...w.period, label: `customers first ordering in the ${w.name} window` },
    compare: undefined,
    note: `${windowNote([w], false)} Customer cohorts are read by the date of each customer's first order, not by the campaign that brought them in, so these are the customers whose first order fell in those dates, by the channel of their first touch.`,
    cohort: {
      groupBy: "first_touch_channel",
      ltvDays: cohort.ltvDays,
      ...(cohort.show
        ? { show: cohort.show }
        : asksRepeatRate(p.text) || COME_BACK.test(p.text)
          ? { show: "repeat" as const }
          : {}),
    },
  };
}

/** Black Friday or Cyber Monday named as the time customers were won ("our black friday buyers"). */
const SALE_HOLIDAY = /\b(?:black friday|bfcm|bf|cyber monday|cyber week|cyber weekend)\b/;
/** The day or a weekend said outright: the dates named, not the promotion's window. */
const HOLIDAY_DAY_ONLY =
  /\b(?:black friday|cyber monday) (?:day|itself|weekend)\b|\b(?:on the day|that day|the day itself|that weekend)\b/;

/**
 * fix17d: "customers we picked up over Black Friday", "the bf cohort": customers won in the
 * promotion around the holiday, so the acquisition window is the campaigns' window holding Black
 * Friday (BF25: Nov 20 - Dec 2), not the one day (a cohort of one day is a few dozen customers).
 * A dated period outside that window, or the day said outright, keeps its own dates.
 */
function holidayCohortWindow(
  p: ParsedQuestion,
  windows: readonly CampaignWindow[],
): CampaignWindow | undefined {
  if (!SALE_HOLIDAY.test(p.text) || HOLIDAY_DAY_ONLY.test(p.text)) return undefined;
  const day = holidayRange("black friday", undefined, p.today).from;
  const w = windows.find((x) => x.period.from <= day && x.period.to >= day);
  const stated = p.time.period;
  if (!w || (stated && (stated.from < w.period.from || stated.to > w.period.to))) return undefined;
  return w;
}

/**
 * Without campaigns whose flights hold Black Friday: the season around it (the week before to the
 * week after, as "bf25" reads in time-season-codes.ts), when only the day itself was read.
 */
function holidaySeason(p: ParsedQuestion): Frame["period"] | undefined {
  if (!SALE_HOLIDAY.test(p.text) || HOLIDAY_DAY_ONLY.test(p.text)) return undefined;
  const day = holidayRange("black friday", undefined, p.today).from;
  const stated = p.time.period;
  if (stated && (stated.from !== day || stated.to !== day)) return undefined;
  return {
    from: addDays(startOfWeek(day), -7),
    to: addDays(startOfWeek(day), 13),
    label: "around Black Friday (the week before to the week after)",
  };
}

/** "came back", "bought again", "ordered again": the repeat rate. */
const COME_BACK =
  /\b(?:c[ao]me back|coming back|return(?:ed|ing)?|bought again|buy again|order(?:ed)? again|purchas(?:ed|e) again|repeat)\b/;
