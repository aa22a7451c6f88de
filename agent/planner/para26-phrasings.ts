/**
 * para26: other wordings of asks the planner already answers (set 20's kinds), rewritten to the
 * wording it reads, as para25-phrasings.ts does. Each kind below, unread, answered a different
 * question or none: a decline for "wow changes last week"; paid search alone for "cpa search vs
 * social"; no budget change for "is it worth increasing spend on brand search" and "raise brand
 * search budget - yes or no?"; a catalog search for "last week's summary for our slack channel"
 * and "three key points from last quarter for our board deck"; an overview for "summarize q3 in
 * 3 bullets for the board"; a "which metric?" clarification for "why didn't we make any money in
 * february" and "what is attribution? why is it important"; orders by hour for "which hour do we
 * spend the most on ads"; last month's figures for "cut tiktok spend 50% - revenue impact?" and
 * "what would revenue do if we spent half as much on tiktok"; the default period for "email
 * compared to organic year to date"; a one-day count for "do black friday new customers return";
 * "which metric should the alert watch?" for "notify me if any campaign spends more than $1500 a
 * day". Follow-ups: "flip it, lowest five", "broken down per channel", "why was that?", "how
 * does that compare with january's customers?". Applied to the normalized question after
 * para25's; a question none of them fits is left as asked. (Readers fixed in place instead:
 * "channel revenues sum to total order revenue", channel-sum-intent.ts; "board update: three
 * bullet points" kept short, review-shape.ts.)
 */
import { normalize } from "./normalize.ts";
import type { Rewrite } from "./para16-phrasings-asks.ts";

const MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december)";
const AMOUNT = "(\\$?[\\d.,]+ ?k?)";

/** Ask, period and channel words said another way. */
const WORDS: Rewrite[] = [
  // "wow changes last week", "what changed week over week", "anything change w/w": last week
  // against the week before.
  [
    /^(?:wow|week over week|w\/w) (?:changes?|movers?|moves)(?: (?:last|this past) week)?\s*\??$|^(?:what|anything|did anything|has anything)? ?(?:changed?|moved|shifted) (?:week over week|wow|w\/w)\s*\??$/,
    "what changed last week vs the week before",
  ],
  // "cpa search vs social", "between search and social": bare search and social side by side are
  // the paid channels.
  [
    /(?<!\b(?:paid|organic) )\bsearch( vs\.? | versus | and | or | compared (?:to|with) | against )(?:paid )?social\b/g,
    "paid search$1paid social",
  ],
  [
    /(?<!\b(?:paid|organic) )\bsocial( vs\.? | versus | and | or | compared (?:to|with) | against )(?:paid )?search\b/g,
    "paid social$1paid search",
  ],
  // "is it worth increasing spend on brand search", "raise brand search budget - yes or no?":
  // should i increase it.
  [
    /^(?:is it|would it be|is it even) worth (?:increasing|raising|upping|boosting|scaling up|adding to) (?:the )?(?:spend|spending|budget)s? (?:on|for|in) (.{3,50}?)\s*\??$/,
    "should i increase the budget on $1",
  ],
  [
    /^(?:raise|increase|up|boost|scale up) (?:the )?(.{3,50}?) (?:budget|spend)\s*[-:,?]?\s*(?:yes or no|y\/n|or not|good idea)\s*\??$/,
    "should i increase the budget on $1",
  ],
  // "last week's summary for our slack channel": a summary of last week to paste into slack.
  [
    /^(last week|last month|yesterday|this week)'?s? (summary|recap|rundown|update) (?:for|in|to post in|to drop in) (?:our |the |a )?slack(?: channel)?\s*\??$/,
    "give me a $2 of $1 i can paste into slack",
  ],
  // "three key points for our board deck", "summarize q3 in 3 bullets for the board" ("3 bullets"
  // alone is left to the readers, which answer it as three bullets).
  [/\b(?:3|three) (?:key |main )?(?:bullet points|key points|takeaways)\b/g, "three bullet points"],
  [/^(?=.*\bthree bullet points\b)(.*)\bboard (?:deck|meeting|slides?|pack|report)\b/, "$1board update"],
  [/^(?=.*\bthree bullet points\b)(.*)\bfor (?:the|our|my) board(?! update)\b/, "$1for the board update"],
  [
    /^summari[sz]e (.{2,30}?) in (?:three bullet points|(?:3|three) bullets) for (?:the|our|my) board(?: update)?\s*\??$/,
    "give me three bullet points on $1 for the board update",
  ],
  [
    /^three bullet points (?:from|on|about) (.{2,30}?) for (?:the|our|my) board update\s*\??$/,
    "give me three bullet points on $1 for the board update",
  ],
  // "which channel bounces the most": the highest bounce rate, not the most bounces.
  [/^(which|what) ([a-z ]{3,20}?) bounces? (?:the )?most\b/, "$1 $2 has the highest bounce rate"],
  // "why didn't we make any money in february": why was there no revenue.
  [
    /^why (?:didn'?t|did not) we (?:make|earn|get|bring in|take in) (?:any )?(?:money|revenue|sales)\b/,
    "why was there no revenue",
  ],
  // "what is attribution? why is it important", "what's cac and why does it matter", "why should
  // i care about attribution, what is it": what it is (whose answer says what it is for), not
  // why a metric moved.
  [
    /^why (?:should|do) (?:i|we) care about ([a-z ]{3,30}?)\s*[,?.\-:]?\s*(?:and )?what(?:'s| is) it\s*\??$/,
    "what is $1",
  ],
  [
    /^((?:what(?:'s| is)|explain|define) [a-z' ]{3,30}?)(?: in plain (?:english|words|terms))?\s*[?,.\-:]*\s*(?:and )?why (?:(?:should|do) (?:i|we) care(?: about (?:it|this|that))?|(?:is|'s) (?:it|this|that) (?:important|relevant|useful)|does (?:it|this|that) matter)\s*\??$/,
    "$1",
  ],
  // "which hour of the day do we spend the most on ads": the ads' spend by hour.
  [/\bdo we spend (?:the )?most (?:on|in|for) (?:ads|advertising)\b/g, "do our ads spend the most"],
  // "cut tiktok spend 50% - revenue impact?", "what would revenue do if we spent half as much on
  // tiktok": the what-if with that cut.
  [
    /^(cut|reduce|lower|drop|halve|increase|raise|double) ([a-z ]{3,30}?) (?:spend|budget)(?: by)? (\d+ ?%|in half)?\s*[-:,]?\s*(revenue|sales|orders) impact\s*\??$/,
    (_m, verb, what, by, metric) =>
      `if we ${verb} ${what} spend${by ? ` by ${by.replace(/ /g, "")}` : ""} what happens to ${metric}`,
  ],
  [
    /^what (?:would|will) (revenue|sales|orders) do if we (?:spent|spend|put) half as much (?:on|into|in) ([a-z ]{3,30}?)\s*\??$/,
    "if we cut $2 spend in half what happens to $1",
  ],
  // "orders from email compared to organic year to date": so far this year (not a year compared).
  [/\bcompared (to|with) ([a-z ]{3,25}?) year to date\b/g, "compared $1 $2 ytd"],
  // "do black friday new customers return": do they come back.
  [
    /^(?:do|did) ((?:black friday|cyber monday|bfcm|holiday|christmas|prime day)[a-z0-9 ]{0,20}?) (?:new )?customers (?:return|repurchase|reorder|buy again)\s*\??$/,
    "do $1 customers come back",
  ],
  // "notify me if any campaign spends more than $1500 a day", "alert when a campaign's daily
  // spend exceeds 1500": daily spend on any campaign over that amount.
  [
    new RegExp(
      `^(?:notify me|ping me|alert me|let me know|set up an alert|create an alert|alert)(?: for)? (?:if|when|for) (?:any |a )?campaign(?:s|'s)? (?:daily )?(?:spends?|spending|spend goes|spend is) (?:more than|over|above|exceeds?|exceeding|past) ${AMOUNT}(?: (?:a|per) day)?\\s*\\??$`,
    ),
    "alert me if daily spend on any campaign goes over $1",
  ],
];

/** Follow-ups said with words the follow-up reader does not take. */
const FOLLOW_UPS: Rewrite[] = [
  // "flip it, lowest five", "reverse it - the bottom 5": the other end.
  [
    /^(?:flip it|flip that|reverse it|reverse that|other way round|the other way)\s*[,:-]?\s*(?=\S)/,
    "now the ",
  ],
  [/^now the (?:the |now )?(lowest|bottom|worst)/, "now the $1"],
  // "broken down per channel please", "split out by channel": by channel.
  [/^(?:broken|broke|split|break it|split it|breaking) (?:down|out|up) (?:by|per|across) /, "by "],
  // "why was that?", "why did that happen": why.
  [
    /^(?:but |and |so )?why (?:was (?:that|it)|did (?:that|it) happen|is that|was that the case)\s*\??$/,
    "why?",
  ],
  // "how does that compare with january's customers?", "vs the january cohort": the customers
  // got that month.
  [
    new RegExp(
      `^(?:how does (?:that|it|this) compare (?:with|to)|vs\\.?|versus|compared (?:to|with)|what about) (?:the )?${MONTH}(?:'s)? (?:customers|cohort|buyers)\\s*\\??$`,
    ),
    "compared to the customers we got in $1?",
  ],
];

/**
 * The question in the planner's own wording when one of these kinds fits; otherwise as asked.
 * Follow-up wordings apply only when there is an answer to follow.
 * @example rewriteSet20Wordings("wow changes last week", false) // "what changed last week vs the week before"
 */
export function rewriteSet20Wordings(question: string, followUp: boolean): string {
  if (/@|https?:\/\//i.test(question)) return question;
  const text = normalize(question);
  let out = text;
  for (const [re, to] of followUp ? [...FOLLOW_UPS, ...WORDS] : WORDS) out = out.replace(re, to as string);
  return out === text ? question : out.trim();
}
