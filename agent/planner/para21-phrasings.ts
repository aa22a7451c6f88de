/**
 * para21: other wordings of asks the planner already answers (set 15's kinds), rewritten to the
 * wording it reads, as para20-phrasings.ts does. Each kind below, unread, answered a different
 * question or none: a catalog search for "returns % by channel", "email results for the week of
 * sept 7" and "campaign level?", a filter for "what do you mean by new customer", a clarification
 * for "spend spread across the hours of oct 31", a bare total for "what went on with meta spend
 * may 14th", a decline for "bottom ones?", profit by channel for "any of them overspending?" after
 * the campaign budgets. Applied to the normalized question after para20's; a question none of them
 * fits is left as asked. (Readers fixed in place instead: a correction said as "no, revenue",
 * correction-turns.ts; "the week of 9/7", time-extra.ts; a budget change said after the channel or
 * as a noun, budget.ts, and "simulate" / "and if" as what-if openers, intent.ts; a summary for the
 * execs, advice-intent.ts and review-shape.ts; "pct", paraphrase.ts; "how profitable was
 * affiliate", vocabulary-extra.ts; "a drag on sales", outside-cause.ts, which also leaves TV and
 * radio to the untracked-media answer; data "gone missing", incident-cost-intent.ts; "did the
 * budget bump in july work", campaigns-intent.ts; "higher than" between two channels,
 * campaign-filter-read.ts; "per day ... on average", daily-average.ts; "inflating its numbers",
 * platform-gap-intent.ts; "influencer marketing", unavailable-market.ts.)
 */
import { normalize } from "./normalize.ts";
import type { Rewrite } from "./para16-phrasings-asks.ts";

/** Metric words said another way. */
const METRIC_WORDS: Rewrite[] = [
  // "returns % by channel", "refund percentage", "% of orders returned": the return rate.
  [
    /\b(?:returns?|refunds?) (?:%|(?:percent(?:age)?|share|ratio)\b)|(?:%|\bpercent(?:age)?|\bshare) of orders (?:that (?:get |got |are |were )?)?(?:returned|refunded)\b/g,
    "return rate",
  ],
  // "email results for the week of sept 7", "paid search results last month": how it performed,
  // said before a period (not a test's, a holdout's or a budget change's results, nor "results vs
  // spend").
  [
    /^(?!.*\b(?:tests?|holdouts?|experiments?|lift|increase|cut|change|vs|versus|against|than)\b)(.+?) results? (for|in|during|over|last|this|past|the week|week)\b/,
    "$1 performance $2",
  ],
];

/** Breakdowns said another way. */
const BREAKDOWNS: Rewrite[] = [
  // "spend spread across the hours of oct 31", "orders over the hours of the day": by hour of day.
  [
    /\b(?:spread |split |distributed )?(?:across|over|throughout|through) the hours(?: of (?:the )?day)?(?: (of|on|for|in)\b)?/g,
    (_m: string, on?: string) => (on ? "by hour of day on" : "by hour of day"),
  ],
];

/** What happened, said another way. */
const HAPPENED: Rewrite[] = [
  // "what went on with meta spend may 14th", "what was going on with orders on 3/17": what happened.
  [
    /^(?:so )?what (?:went on|was going on|is going on|s going on|happened there) (with|to|on|in)\b/,
    "what happened $1",
  ],
];

/** Definitions said another way. */
const DEFINITIONS: Rewrite[] = [
  // "what do you mean by new customer", "what is meant by returning customers": what it means.
  [
    /^(?:so |ok |okay )?(?:what do (?:you|we|people|they|u) mean by|what(?: is|s) meant by|what you mean by) (?:an? |the )?(.{2,40}?)$/,
    "what does $1 mean",
  ],
];

/** A breakdown level said on its own or as "at the ... level". */
const LEVEL = "(campaign|channel|platform|ad set|adset|state|region|source|email campaign|objective)";

/** Follow-ups that name only what changes, said another way. */
const FOLLOW_UPS: Rewrite[] = [
  // "bottom ones?", "the worst ones": the other end of the ranking just shown.
  [/^(?:and |ok |okay )?(?:the )?(bottom|top|worst|best|lowest|highest) ones$/, "what about the $1 ones"],
  // "campaign level?", "now at the campaign level please": the same ask broken down that way.
  [
    new RegExp(
      `^(?:and |now |ok |okay |so )?(?:at |on )?(?:the )?${LEVEL}[ -]level(?: view| breakdown| detail)?(?: please| pls| instead)?$`,
    ),
    "by $1",
  ],
  // "any of them overspending?", "which ones spend more than their budget": the rows just shown
  // (campaigns with budgets) against their budgets, as "which ones are overspending their budget".
  [
    /^(?:so |and |ok )?(?:are |is )?(?:any|which)(?: ones?| of (?:them|those|these|the campaigns))? (?:are |is )?(?:over ?spending|spending (?:more than|over|above|beyond) (?:their|its|the) budgets?|spend (?:more than|over|above|beyond) (?:their|its|the) budgets?|over (?:their|its|the) budgets?|over budget)$/,
    "which ones are overspending their budget",
  ],
  // "roas at the campaign level last month": a breakdown by campaign.
  [new RegExp(`\\b(?:at|on) the ${LEVEL}[ -]level\\b`, "g"), "by $1"],
];

/**
 * lead21: money idioms for profit at the margin ("is display earning its keep", "which campaigns
 * are losing us money", "at 40% margin which campaigns go underwater"): before, catalog searches.
 */
const MONEY_IDIOMS: Rewrite[] = [
  [/\blos(e|es|ing|t) (?:us|me|the company) (money|cash)\b/g, "los$1 $2"],
  [/\bbleed(?:s|ing)? (?:us |me )?(?:money|cash)\b/g, "losing money"],
  [/\b(?:earn(?:s|ing)?|pull(?:s|ing)?) (?:its|their) (?:keep|weight)\b/g, "profitable"],
  [/\bpay(?:s|ing)? for (?:itself|themselves)\b/g, "profitable"],
  [/\b(?:go|goes|going|went|gone|end up|ends up) (?:under ?water|into the red)\b/g, "are unprofitable"],
  [/\bin the red\b/g, "unprofitable"],
];

const ALL: Rewrite[] = [...METRIC_WORDS, ...BREAKDOWNS, ...HAPPENED, ...DEFINITIONS, ...FOLLOW_UPS];

/**
 * A question about a past change ("did the extra affiliate spend pay for itself", "did upping it
 * earn its keep") is the change's own read (campaigns-intent.ts), not profit at the margin.
 */
const PAST_CHANGE =
  /\b(?:did|has|have|had)\b.{0,60}\b(?:extra|upping|upped|increas\w*|rais\w*|boost\w*|bump\w*|additional|more|cut\w*|chang\w*|shift\w*)\b/;

/**
 * The question in the planner's own wording when one of these kinds fits; otherwise as asked.
 * @example rewriteSet15Wordings("returns % by channel") // "return rate by channel"
 */
export function rewriteSet15Wordings(question: string): string {
  if (/@|https?:\/\//i.test(question)) return question;
  const text = normalize(question);
  let out = text;
  for (const [re, to] of PAST_CHANGE.test(text) ? ALL : [...ALL, ...MONEY_IDIOMS])
    out = out.replace(re, to as string);
  return out === text ? question : out;
}
