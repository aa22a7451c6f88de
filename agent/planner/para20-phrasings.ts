/**
 * para20: other wordings of asks the planner already answers (set 14's kinds), rewritten to the
 * wording it reads, as para19-phrasings.ts does. Each kind below, unread, answered a different
 * question or none: figures for "explain mer versus roas quickly", a definition for "whats cac
 * right now", attribution credit for "tiktok as first touch for email buyers", new customers'
 * revenue for "last six weeks vs the six before that for new customers", today's pacing for "is
 * november spend on pace with budget", a budget move for "are we saturating the audience", a
 * catalog search for "margin by category" and "top growing states", a total for "busiest hour for
 * orders", no limit for "which 10 states have the most orders", a breakdown for "all channels
 * except email", organic search for "brand search keywords ranked by spend", a decline for "is
 * that a good number", channels only for "by channel and month",
 * an included filter for "also remove affiliate", a clarification for "why was march 17
 * different". Applied to the normalized question after para19's; a question none of them fits is
 * left as asked. (Readers fixed in place instead: a ranked return rate, untracked-data-intent.ts;
 * a semicolon list, multi-part.ts; "cpa for email", email-intent.ts; "usually spend per day",
 * daily-average.ts; "why is #1 doing so poorly", thread-context-intent.ts; "rows months, cols channels" and "channels across the top"
 * beside "by month and channel", agent/present/pivot-layout.ts.)
 */
import { normalize } from "./normalize.ts";
import { METRIC, MONTH, type Rewrite } from "./para16-phrasings-asks.ts";

/** A count said in digits or words ("10", "ten"). */
const COUNT = "(\\d{1,2}|three|four|five|six|seven|eight|ten|twelve|fifteen|twenty)";
/** A breakdown named in the plural ("which channels ..."). */
const ROWS = "(channels|campaigns|platforms|states|regions|sources|ad sets|email campaigns)";
/** A time unit a table can be laid out by. */
const GRAIN = "(day|week|month|quarter|year)";
/** A count of days, weeks or months ("6 weeks", "six weeks"). */
const SPAN_COUNT = "(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)";

/** Definitions and current values said another way. */
const DEFINE_OR_VALUE: Rewrite[] = [
  // "explain mer versus roas quickly", "mer vs roas difference in a sentence": how they differ.
  [
    new RegExp(
      `^(?:explain|define) (${METRIC}) (?:vs|versus|and) (${METRIC})(?: (?:quickly|briefly|in short|in (?:a|one) (?:sentence|line)))?$`,
    ),
    "what is the difference between $1 and $2",
  ],
  [
    new RegExp(
      `^(${METRIC}) (?:vs|versus) (${METRIC}),? (?:the )?(?:difference|diff) in (?:a|one) (?:sentence|line|word)$`,
    ),
    "what is the difference between $1 and $2",
  ],
  // "whats cac right now": its value now, not what it means.
  [
    new RegExp(`^(?:whats|what is) (${METRIC}) (right now|currently|at the moment|these days|today|lately)$`),
    "what is our $1 $2",
  ],
  // "is that a good number?": a verdict on the figure just shown.
  [
    /^(?:is|was) (?:that|this|it) (?:a )?(?:good|bad|healthy|decent|ok|okay|strong|weak) (?:number|figure|result|value|one)$/,
    "is that good",
  ],
];

/** Rankings and layouts said another way. */
const RANKS: Rewrite[] = [
  // "busiest hour for orders": the hour with the most.
  [
    /\b(?:the )?busiest (hour(?: of (?:the )?day)?|time of (?:the )?day|day of (?:the )?week|weekday)(?: (?:for|by|in terms of) (orders|sessions|revenue|sales|conversions))?\b/,
    (_m, unit: string, what?: string) => `which ${unit} has the most ${what ?? "orders"}`,
  ],
  // "which 10 states have the most orders": the top ten (para25: "bring in the most revenue" too).
  [
    new RegExp(
      `^which ${COUNT} ([a-z]+(?: [a-z]+)?) (?:have|had|has|got|get|gets|bring|brings|brought|drive|drives|drove|generated?|generates|make|makes|made|earn|earns|earned)(?: in)? the (?:most|highest|biggest|largest) (.+)$`,
    ),
    "top $1 $2 by $3",
  ],
  // "brand search keywords ranked by spend": top keywords, a breakdown the data lacks.
  [/^(.+?) (keywords|search terms) (?:ranked|sorted|ordered) by (.+)$/, "top $2 by $3 on $1"],
  // "spend and revenue by channel and month": by channel by month.
  [new RegExp(`\\bby (channel|platform|campaign|state|region|source) and ${GRAIN}\\b`, "g"), "by $1 by $2"],
  // "margin by category": the product category, a breakdown the data lacks.
  [/\b(margins?|revenue|sales|orders|aov|profit|units) (by|per) category\b/g, "$1 $2 product category"],
  // "top growing states oct vs sep", "states with the biggest growth", "grew fastest": grew most.
  [new RegExp(`^(?:top|fastest) growing ${ROWS}\\b`), "which $1 grew most"],
  [new RegExp(`^${ROWS} with the (?:biggest|largest|most|fastest|highest) growth\\b`), "which $1 grew most"],
  [/\bgrew (?:the )?(?:fastest|quickest|most quickly)\b/g, "grew most"],
  // "... grew most from september to october": the later month against the earlier.
  [new RegExp(`^(which .+ grew (?:the )?most) (?:from )?(${MONTH}) to (${MONTH})$`), "$1 $3 vs $2"],
];

/** Filters, periods and scope said another way. */
const SCOPE: Rewrite[] = [
  // "revenue from all channels except email and direct": one total without them ("revenue of
  // every channel but email" asks for each channel, and is left alone).
  [
    /\bfrom (?:all|every|any) (?:other )?(?:channels?|sources?) (except|but|other than|excluding|apart from)\b/g,
    "from everything $1",
  ],
  // "last six weeks vs the six before that for new customers": the count of new customers.
  [
    new RegExp(
      `^((?:the )?(?:last|past|previous|prior) ${SPAN_COUNT} (?:days|weeks|months) (?:vs|versus|compared (?:to|with)|against) .+?),? for new customers$`,
    ),
    "new customers $1",
  ],
  // "is november spend on pace with budget": the month's budget pacing.
  [
    new RegExp(
      `^(?:is|are) (?:our )?(${MONTH}|this month)(?: ad)? (?:spend|spending) (?:on (?:pace|track)|pacing) (?:with|to|for|against) (?:the |our )?budget$`,
    ),
    "are we on pace to hit the $1 budget",
  ],
  // "are we saturating the audience": over-saturation (diminishing returns), not a budget move.
  [
    /\b(?:are we )?saturat(?:ing|ed) (?:the |our )?audiences?\b|\baudience saturation\b/g,
    "are we over saturating",
  ],
  // "also remove affiliate": exclude it too.
  [
    /^(?:(?:ok|okay|now|and|also|then) )*(?:remove|take out|strip out|leave out) ([a-z]+(?: [a-z]+)??)(?: too| as well)?$/,
    "now exclude $1 too",
  ],
  // "why was march 17 different": what happened that day.
  [
    new RegExp(
      `^why (?:was|is|did) (${MONTH} \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}/\\d{1,2}) (?:so )?(?:look )?(?:different|weird|odd|unusual|strange|off)$`,
    ),
    "what happened on $1",
  ],
];

/** Journey asks said another way. */
const JOURNEYS: Rewrite[] = [
  // "first touch for email buyers": people who end up buying through email.
  [
    /\bfirst touch for (?:the )?([a-z]+(?: [a-z]+)?) (?:buyers|purchasers|customers|converters)\b/,
    "first touch for people who end up buying through $1",
  ],
  // "of customers who buy through email, how many first touched tiktok".
  [
    /^of (?:the )?(?:customers|people|buyers|users|those) who (?:buy|bought|purchase|purchased|convert|converted|end up buying) (?:through|via|from|on) ([a-z]+(?: [a-z]+)?) (?:how many|what share|what percent|how often) (?:first touched|started (?:on|with|from)|came first from|had (?:a )?first touch (?:on|from|with)) ([a-z]+(?: [a-z]+)?)$/,
    "how often is $2 the first touch for people who end up buying through $1",
  ],
  // "share of email purchasers whose first touch was tiktok".
  [
    /^(?:the )?(?:share|percent|percentage|proportion) of ([a-z]+) (?:buyers|purchasers|customers|converters) (?:whose|with a|with) first touch (?:was|is|on|from) ([a-z]+(?: [a-z]+)?)$/,
    "how often is $2 the first touch for people who end up buying through $1",
  ],
  // "tiktok as first touch for people who ..., how often".
  [/^([a-z]+) as (?:the )?first touch for (.+?) how often$/, "how often is $1 the first touch for $2"],
];

const ALL: Rewrite[] = [...DEFINE_OR_VALUE, ...RANKS, ...SCOPE, ...JOURNEYS];

/**
 * The question in the planner's own wording when one of these kinds fits; otherwise as asked.
 * @example rewriteSet14Wordings("busiest hour for orders") // "which hour has the most orders"
 */
export function rewriteSet14Wordings(question: string): string {
  if (/@|https?:\/\//i.test(question)) return question;
  const text = normalize(question);
  let out = text;
  for (const [re, to] of ALL) out = out.replace(re, to as string);
  return out === text ? question : out;
}
