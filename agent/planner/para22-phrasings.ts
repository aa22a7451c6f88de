/**
 * para22: other wordings of asks the planner already answers (set 16's kinds), rewritten to the
 * wording it reads, as para21-phrasings.ts does. Each kind below, unread, answered a different
 * question or none: a catalog search for "which channels increased the most", "how were the BF
 * campaigns" and "filter those to paid social"; headline figures for "referral traffic in
 * october"; a clarification for "why is it the best?" and a decline for "what makes it perform
 * best"; one model for "which channel gets the least credit from last click"; a comparison for
 * "cart to purchase drop off?" and for "what made october revenue come in below september"; a
 * customer count for "what is a customer worth over their lifetime"; new customers ranked for
 * "the highest value customers"; anomalies for "meta spend may 14 - what happened?"; a decline for
 * "are we going to make our q4 target" and "did we make our revenue goal"; no target for "target:
 * 3x roas on paid search"; a figure for "blended cac meaning?"; a decline for "top sellers"; a
 * decline for "competitors' IS"; a plain total for "since google ads was paused" and "since
 * pausing google ads"; a catalog search for "what has email brought in". Applied to the normalized question after para21's; a
 * question none of them fits is left as asked. (Readers fixed in place instead: "the previous
 * month" after a month shown, follow-up.ts; "q2 to q3" and "q2 -> q3" as a step, time.ts; "if we
 * moved $5k", budget.ts; "made more than one purchase" and "repeat customers ..., how many",
 * order-frequency-intent.ts; "retention by first purchase month", cohort-intent.ts; "by
 * acquisition channel" after a journeys answer, journey-first-touch-split.ts; a cause in the
 * passive ("hurt by the rain"), outside-cause.ts; "revenue forecast for", intent.ts; "monday
 * mornings" as a recurrence, phrasings/automation.ts; "when during the day should our ads run",
 * unavailable-market.ts; "than you", "and yours", "the gap between
 * meta purchases and yours", platform-gap-intent.ts.)
 */
import { normalize } from "./normalize.ts";
import type { Rewrite } from "./para16-phrasings-asks.ts";

/** Metric and member words said another way. */
const WORDS: Rewrite[] = [
  // "which channels increased the most", "gained the most": grew the most ("rose" and "climbed" are
  // read already, and said of a cost they are no growth race).
  [/\b(?:increased|gained) (?:the )?(?:most|fastest|quickest)\b/g, "grew the most"],
  // "referral traffic in october", "direct traffic last month" (no other metric named): the channel's
  // sessions. The alias ("referral traffic" names the channel) had taken the metric word with it.
  // fix21f: also set against another period ("organic traffic vs last month"); against another
  // channel ("organic traffic vs paid traffic") the channel group reads it.
  [
    /^(?!.*\b(?:revenue|sales|orders?|spend|roas|conversions?|cpa|cac|aov|bounce|ctr|cvr|conversion rate|sessions|visits|users|share|percent|%|pct|creep\w*|ris\w*|grow\w*|climb\w*|increas\w*|trend\w*|each month|utms?|rates?|cart|checkout|funnel|value|up|down|drop\w*|fell|fall\w*|chang\w*|(?:vs|versus|compar\w*(?: (?:to|with))?) (?!(?:last|this|the|previous|prior|same|q[1-4]|h[12]|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|20\d\d|a|one)\b)[\w-]+|since|after|before|switch\w*|paus\w*|turn\w*)\b)(.*\b(?:organic|referral|direct) traffic)\b/,
    "$1 sessions",
  ],
  // "how were the BF campaigns", "bf sale revenue": Black Friday (never "bf cm" or "bf weekend",
  // which time-holidays.ts reads).
  [
    /\bbf\b(?= (?:camp[a-z]*|sales?|promos?|promotions?|emails?|ads|deals?|day|numbers|results|performance|revenue|orders))/g,
    "black friday",
  ],
  // "which channel has the highest value customers", "top-value customers": the most valuable.
  [/\b(?:highest|most|best|top|higher)[- ](?:value|valued|ltv) (customers|buyers)\b/g, "most valuable $1"],
  // "how much is a customer worth over their lifetime", "what's a customer worth to us": the LTV.
  [
    /\b(?:how much is|what is|whats|what s) (?:a|each|an average|the average|our average|our|the typical|a typical) (?:customer|buyer|shopper) worth(?: to us)?(?: (?:over|in|across) (?:their|a|the) (?:whole |entire )?lifetime| lifetime)?\b/g,
    "what is our customer ltv",
  ],
  // "ctor for every promo email since black friday", "open rate for each email": one row per send
  // (was a "broken down by what?" clarification, or one total over all the sends).
  [
    /\b(?:for |on |of |across )?(?:each|every)(?: one of (?:the|our))? (?:(promo(?:tional)?|marketing|campaign|newsletter) )?(?:emails?|email sends?)\b(?! campaigns?)/g,
    (_m: string, kind?: string) => (kind ? `by email campaign for ${kind} emails` : "by email campaign"),
  ],
  // "does the $38 cac only count new customers": the new-customers-only ask (not a second metric).
  [
    /\bonly (?:count|counts|counting|include|includes|cover|covers) (new|returning|repeat) customers\b/g,
    "$1 customers only",
  ],
  // "top sellers last month": the best sellers (products, which the data does not have).
  [/\btop[- ]sellers?\b/g, "best sellers"],
  // "competitors' IS on our brand terms": impression share (only after a competitor word).
  [/\b(competitors?|rivals?)(?: s|s)? is\b(?= (?:on|for|in|across|over)\b|\s*$)/g, "$1 impression share"],
  // "how much impression share do competitors have on our brand keywords": their impression share.
  [
    /\bhow much (impression share|share of voice) do (?:our )?(competitors|rivals|others) (?:have|get|take)\b/g,
    "what is our $2 $1",
  ],
];

/** Asks said another way: the question's own shape. */
const ASKS: Rewrite[] = [
  // "what channel gets the least credit from last click": the channel last click undervalues most.
  [
    /\b(?:gets?|got|is given|receives?|earns?) the (?:least|lowest|smallest) (?:credit|share of credit) (?:from|under|by|in|with) (last[- ]click|last[- ]touch|first[- ]click|first[- ]touch)\b/g,
    "is most undervalued by $1",
  ],
  [
    /\bdoes (last[- ]click|last[- ]touch|first[- ]click|first[- ]touch) give the (?:least|lowest|smallest) credit(?: to)?\b/g,
    "is most undervalued by $1",
  ],
  // "cart to purchase drop off?", "checkout to order drop-off": the funnel between the two steps.
  [
    /^(?:the |our |whats the |what s the |what is the )?((?:add to )?carts?|checkouts?|product views?|sessions?|visits?) to (purchases?|orders?|checkouts?|carts?) (?:drop ?offs?|drop[- ]offs?|dropoffs?|fall ?offs?|leakage|leaks?)\b/,
    "where is the drop off from $1 to $2",
  ],
  // "meta spend may 14 - what happened?", "paid social cvr last week, what happened": what happened with it.
  [
    /^(?!what |why |how )(?!.*\b(?:looks?|looked|looking|off|weird|odd|strange|wrong|broken)\b)(.{3,60}?)\s*(?:-|–|:|,)?\s*what (?:happened|went on|was going on)\s*\??$/,
    "what happened with $1",
  ],
  // "what made october revenue come in below september", "what caused q3 to come in lower": why.
  [
    /^what (?:made|caused|led) (.{3,60}?) (?:to )?(come in|end up|land|finish|be|drop|fall) (below|lower than|under|less than|above|higher than|over|more than)\b/,
    "why did $1 $2 $3",
  ],
  // "are we going to make our q4 target", "did we reach the revenue goal": hitting the target.
  [
    /\b(?:make|made|making|reach|reached|reaching|meet|met|meeting|achieve|achieved|achieving|beat|beaten|beating|hit) (our|the) ((?:[a-z0-9]+ ){0,3}?)(target|goal|number)s?\b/g,
    "hit $1 $2$3",
  ],
  // "target: 3x roas on paid search", "goal 3x roas for paid search": setting the target.
  [/^(?:new )?(?:target|goal)\s*:?\s+(?=\d)/, "set a target of "],
  // "blended cac meaning?", "ctor definition": what the words mean.
  [/^(?:so |ok )?(.{2,40}?) (?:meaning|definition|defined)$/, "what does $1 mean"],
  // "since google ads was paused in september": the pause said in the passive.
  [
    /\bsince (?:the )?(.{2,30}?) (?:was|were|got|has been|have been) (paused|turned off|switched off|shut off|stopped)\b/g,
    "since we $2 $1",
  ],
  // "revenue since pausing google ads in september": the same pause, said with the gerund.
  [/\bsince (?:we )?(?:pausing|turning off|switching off|shutting off|stopping) /g, "since we paused "],
  // "what has email brought in this year": the revenue it brought in.
  [
    /^(?!.*\b(?:vs|versus|than|spent|spend|cost)\b)what (has|have|did|does) (.{2,30}?) (brought|bring|brings|generated|generate|driven|drive) in\b/,
    "how much revenue $1 $2 $3 in",
  ],
];

/** Follow-ups that name only what changes, said another way. */
const FOLLOW_UPS: Rewrite[] = [
  // "filter those to paid social", "narrow it down to meta": only those.
  [
    /^(?:now |ok |okay |and |can you )?(?:filter|narrow|limit)(?: (?:those|them|these|that|it|this|the list|the results))?(?: down)? (?:to|on) (?:just |only )?(?:the )?(.{2,40}?)(?: ones| only| campaigns)?$/,
    "only the $1 ones",
  ],
  // "why is it the best?", "what makes it perform best", "how come it's on top": why.
  [
    /^(?:so |and |ok )?(?:why (?:is|was|does|did) (?:it|that|this|that one|this one|that campaign|this campaign)|what makes (?:it|that|this|that one|this one)|how come (?:it s|its|it is|that s|thats)) (?:the )?(?:best|top|the winner|winning|on top|perform(?:ing|s)? (?:the )?best|do(?:es|ing)? (?:so )?(?:well|best)|lead(?:ing|s)?)$/,
    "why?",
  ],
];

const ALL: Rewrite[] = [...WORDS, ...ASKS, ...FOLLOW_UPS];

/**
 * The question in the planner's own wording when one of these kinds fits; otherwise as asked.
 * @example rewriteSet16Wordings("blended cac meaning?") // "what does blended cac mean"
 */
export function rewriteSet16Wordings(question: string): string {
  if (/@|https?:\/\//i.test(question)) return question;
  const text = normalize(question);
  let out = text;
  for (const [re, to] of ALL) out = out.replace(re, to as string);
  return out === text ? question : out;
}
