/**
 * Business shorthand that names a kind of report or a derived figure rather than a metric or a
 * breakdown, rewritten (right after the metric paraphrases) to the words the planner reads:
 * - a business review ("QBR numbers", "the MBR", "board deck figures") is the period it reviews
 *   against the one before, by channel, with the standard measures; read as a metric name it
 *   answered "no metric called qbr";
 * - "what did each one cost us" beside new customers is the acquisition cost per customer (CAC);
 *   read literally it asked for a breakdown by "one";
 * - growth "year over year" with no measure named is revenue's (the planner then says the year
 *   before is not in the data and offers month over month), not an off-topic question.
 */

import { ALL_TIME } from "./time-all-time.ts";

/** Words that name a period, so the review's own default period is not added. */
const NAMES_A_PERIOD =
  /\b(?:q[1-4]|h[12]|quarters?|months?|weeks?|years?|ytd|mtd|qtd|days?|today|yesterday|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|20\d\d|since|between)\b/;

/** Words that name a measure, so growth with none of them is revenue's. */
const NAMES_A_MEASURE =
  /\b(?:revenue|sales|spend|orders?|roas|mer|cac|cpa|cpc|cpm|ctr|aov|sessions?|visits?|traffic|users|customers?|buyers|conversions?|clicks?|impressions?|profit|margin|signups?|subscribers|opens?|unsubscribes?|bounces?|add to carts?|checkouts?)\b/;

/** A slide, a deck or a one-pager. */
const SLIDE =
  /\b(?:(?:one|1|a|single|quick|short) )?(?:slides?|slide decks?|decks?|one ?pagers?|1 ?pagers?|power ?points?|ppt)(?: (?:summary|summaries|recap|overview|snapshot|update|version))?\b/;
/** A chart or a table asked for by its kind. */
const LAYOUT_ASKED = /\b(?:pie|donut|doughnut|chart|graph|bars?|plot|table|histogram|line)\b/;

/** A business review named, with the period it reviews when none is given. */
const REVIEWS: ReadonlyArray<[RegExp, string]> = [
  [
    /\b(?:qbr|qbrs|quarterly (?:business |biz )?reviews?|quarterly review)\b/,
    "last quarter vs the quarter before",
  ],
  [/\b(?:mbr|mbrs|monthly (?:business |biz )?reviews?)\b/, "last month vs the month before"],
  [/\b(?:wbr|wbrs|weekly (?:business |biz )?reviews?)\b/, "last week vs the week before"],
  [
    /\b(?:board (?:deck|meeting|pack|slides?)|investor deck|exec(?:utive)? (?:deck|readout))s?\b/,
    "last quarter vs the quarter before",
  ],
  // fix20d: the weekly meeting's numbers ("my monday deck", "numbers for the weekly sync", "prep
  // for tomorrow's standup"): last week against the week before, as a weekly review lays it out.
  [
    /\b(?:(?:(?:tomorrow|tomorrows|today|todays|next)(?: s)? )?(?:monday|mondays|friday|fridays|weekly|week s|this week s|tomorrow|tomorrows|team|marketing)(?: s)? (?:(?:marketing|team|perf|performance|growth|ops|leadership|all hands) )?(?:decks?|slides?|syncs?|standups?|stand ups?|meetings?|calls?|check ins?|checkins?|huddles?|catch ups?|catchups?|readouts?|sync ups?)|(?:weekly|monday|mondays) (?:numbers|kpis|stats|metrics|slides?))\b/,
    "last week vs the week before",
  ],
  // fix12e: a slide, a deck or a one-pager of a period ("a one-pager on august by platform for my
  // boss"): the period against the one before, as a review lays it out; the last month by default.
  [SLIDE, "last month vs the month before"],
];

/** Who a slide or a one-pager is for ("for the client", "for my boss"): not a breakdown. */
const AUDIENCE =
  /\b(?:for|to send to|to show|to share with) (?:the |my |our |a |an )?(?:clients?|boss|manager|board|execs?|exec team|executives|leadership|stakeholders|ceo|cmo|cfo|founders?|investors|team|account)\b/g;

/** What the review asks for beside its name ("numbers", "figures for"), dropped with it. */
const REVIEW_TAIL =
  /^(?:\s*(?:numbers|figures|stats|metrics|data|kpis|slides?|recap|prep|deck|pack|report|summary|overview))*(?:\s+(?:for|on|of|covering))?/;

/** The words asking for the review ("prep the", "pull together our"), dropped with it. */
const REVIEW_HEAD =
  /(?:\b(?:prep|prepare|pull(?: together)?|put together|build|draft|make|need|want|get|give|gimme)\s+(?:me\s+|us\s+)?)?(?:\b(?:numbers|figures|stats|stuff|data|kpis)\s+)?(?:\b(?:the|our|my|a|an|this|next|for)\s+){0,2}$/;

/**
 * A business review's name replaced by the comparison it asks for, by channel.
 * @example businessReview("qbr numbers q3 vs q2 by channel") // "q3 vs q2 by channel"
 * @example businessReview("mbr numbers") // "last month vs the month before by channel"
 */
export function businessReview(text: string): string {
  for (const [name, period] of REVIEWS) {
    const m = name.exec(text);
    if (!m) continue;
    // "pie of revenue by channel for q3 for a slide", "a slide-ready table by platform": a chart or
    // table asked for a slide is that chart or table; only the slide's words go.
    if (name === SLIDE && LAYOUT_ASKED.test(text))
      return `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`
        .replace(AUDIENCE, " ")
        .replace(/\b(?:for|on|in) (?:the |my |our |a |an )?(?=[\s,.?!]*$)|-?ready\b/g, " ")
        .replace(/\s+/g, " ")
        .trim();
    // fix12e: who it is for goes first, so "one pager for my boss on q3" keeps "on q3".
    const after = text.slice(m.index + m[0].length).replace(AUDIENCE, " ");
    const tail = REVIEW_TAIL.exec(after)?.[0] ?? "";
    // "prep the mbr", "pull together our qbr": the asking words go with the name.
    const before = text.slice(0, m.index).replace(REVIEW_HEAD, "");
    const rest = `${before.replace(AUDIENCE, " ")} ${after.slice(tail.length)}`.replace(/\s+/g, " ").trim();
    // fix17a: "a one-slide summary of tiktok since launch": the whole run has no period before it
    // to compare with; the slide's figures over it, cost per order among them.
    if (name === SLIDE && ALL_TIME.test(rest))
      return `${rest}${NAMES_A_MEASURE.test(rest) ? "" : " spend revenue roas cpa and orders"}`;
    const when = NAMES_A_PERIOD.test(rest) ? "" : ` ${period}`;
    // "vs" makes the periods a comparison; "by channel" is how a review lays its numbers out.
    const compared = /\b(?:vs|versus|compared|against)\b/.test(rest) || when ? "" : " vs the period before";
    // Measures named ("spend, revenue and MER vs Q2") are the review's own list: totals, as asked.
    const by =
      /\bby\s+\w+|\bper\s+(?:channel|platform|campaign)\b/.test(rest) || NAMES_A_MEASURE.test(rest)
        ? ""
        : " by channel";
    return `${rest}${when}${compared}${by}`.replace(/\s+/g, " ").trim();
  }
  return text;
}

/**
 * "What did each one cost us" beside customers: the acquisition cost of a customer.
 * @example costEachCustomer("new customers in october and what did each one cost us") // "new customers in october and customer acquisition cost"
 */
export function costEachCustomer(text: string): string {
  if (!/\b(?:customers?|buyers|shoppers|clients)\b/.test(text)) return text;
  return text.replace(
    /\b(?:what|how much)\s+(?:did|does|do|has|had)\s+(?:each|every)(?:\s+(?:one of them|one of those|one|single one|of them|of those|new one|customer|new customer))?\s+(?:cost|costs)(?:\s+(?:us|me|to get|to acquire|to win))?\b|\bwhat\s+(?:each|every)\s+(?:one|of them|of those)\s+cost\s+(?:us|me)?\b|\b(?:cost|paid|spend|spent)\s+per\s+(?:head|one|each)\b/g,
    "customer acquisition cost",
  );
}

/**
 * Growth year over year with no measure named: revenue's.
 * @example yoyWithoutMeasure("yoy growth") // "revenue yoy growth"
 */
export function yoyWithoutMeasure(text: string): string {
  const yoy =
    /\b(?:yoy|y o y|year over year|year on year|vs last year|versus last year|compared to last year)\b/;
  if (!yoy.test(text) || NAMES_A_MEASURE.test(text)) return text;
  if (
    !/\b(?:growth|grow(?:n|ing|th)?|grew|change|up|down|trend|how are we doing|doing)\b|^\s*\S+\s*$/.test(
      text,
    )
  )
    return text;
  return `revenue ${text}`;
}

/** Every rewrite of this file, in order. */
export function rewriteBusinessShorthand(text: string): string {
  return yoyWithoutMeasure(costEachCustomer(businessReview(text)));
}
