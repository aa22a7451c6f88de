/**
 * para15: everyday wordings of asks the planner already answers, rewritten to its own words.
 * Each one, unread, sent the question to the catalog search or dropped part of it.
 */
const METRIC = "(?:cpa|roas|cac|mer|aov|revenue|spend|ctr|cpc|cpm|conversion rate|orders)";

const REWRITES: ReadonlyArray<[RegExp, string]> = [
  // "results for the summer26 video campaign", "what were the results of the bf25 campaigns":
  // how it performed (there is no metric called "results").
  [
    /^(?:what (?:were|are) (?:the )?|show (?:me )?(?:the )?)?results? (?:for|of|from) (?!.*\b(?:tests?|holdouts?|experiments?|e ?mails?|newsletters?|sends?)\b)(.+?)$/,
    "how did $1 perform",
  ],
  // "awareness campaigns - what results did they deliver".
  [
    /^(.+?) what (?:results|numbers) (?:did|do|have) (?:they|it|those|these|we) (?:deliver|delivered|get|got|drive|drove|bring|produce|produced)(?: (?:us|in))?$/,
    "how did $1 perform",
  ],
  // "summer26 campaigns results vs spend": how they did against what was spent on them.
  [
    /^(.+?) results (?:vs|versus|against|compared (?:to|with)|relative to) (?:their |the )?spend$/,
    "how did $1 do vs what we spent on them",
  ],
  // "journeys where email is the final touch": paths that end with that channel.
  [
    /\b(?:where|in which|that have|having) ([a-z]+(?: [a-z]+)?) (?:is|was|as) (?:the )?(?:final|last) (?:touch|touchpoint|touch point|click|step)\b/g,
    "that end with $1",
  ],
  // "weekly summary every monday at 9": a schedule to set up, as "send me" says it.
  [
    /^(?:(?:a|the|our|my) )?(daily|weekly|monthly) (summary|report|recap|digest|update) (every|each|on) /,
    "send me a $1 $2 $3 ",
  ],
  // "black friday 25 campaigns", "holiday 25 campaigns": the campaign group's code ("bf25").
  [/\bblack friday ?'?(\d{2}) (campaigns?|ads?|promos?)\b/g, "bf$1 $2"],
  [/\b(holiday|summer|spring|fall|winter) '?(\d{2}) (campaigns?|ads?|promos?)\b/g, "$1$2 $3"],
  // "branded search", "branded keywords": the brand campaigns' own word.
  [/\bbranded (search|campaigns?|keywords?|terms?|queries)\b/g, "brand $1"],
  // "bf week compared to the following week": the week after it.
  [/\bthe following (day|week|weekend|month)\b/g, "the $1 after"],
  // "top 5 spend days", "biggest revenue days": days ranked by that figure.
  [
    /\b(top|biggest|highest|largest|best|worst|lowest|smallest)( \d+)? (spend|revenue|sales|order|orders) days\b/g,
    "$1$2 days by $3",
  ],
  // "aov over bf", "during bf": Black Friday ("bf" with a year stays a season code).
  [/\b(over|during|around|on|for|at) bf\b(?! ?'?\d)/g, "$1 black friday"],
  // "the june paid social spend-up test": the budget increase test.
  [/\b(?:spend|budget) ?up (test|experiment)\b/g, "budget increase $1"],
  // "the cpa goal", "our roas goals": the target set for that metric (not a campaign objective).
  [new RegExp(String.raw`\b(${METRIC}) goals?\b`, "g"), "$1 target"],
  [new RegExp(String.raw`\bgoals? (?:for|on) (?:our |the )?(${METRIC})\b`, "g"), "$1 target"],
];

/**
 * @example rewriteAskPhrases("results for the summer26 camping video campaign") // "how did the summer26 camping video campaign perform"
 */
export function rewriteAskPhrases(text: string): string {
  let out = text;
  for (const [re, to] of REWRITES) out = out.replace(re, to);
  return out;
}
