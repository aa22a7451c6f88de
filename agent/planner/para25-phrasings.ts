/**
 * para25: other wordings of asks the planner already answers (set 19's kinds), rewritten to the
 * wording it reads, as para24-phrasings.ts does. Each kind below, unread, answered a different
 * question or none: a figure for "blended roas - what is it?"; a single day for "the last couple
 * of weeks"; a forecast decline for "will we hit the revenue target" and "what will our full-year
 * revenue be"; a "which metric?" clarification for "why was paid social weird in august"; a
 * catalog search for "how are we ranking organically for hiking boots", "which dashboard shows
 * email performance" and "platform numbers vs our attribution"; a decline for "what's on the
 * change calendar" and "stack the bars"; a "how often?" question for "schedule a monday report
 * of ..."; spend alone for "... and what was the return"; the spend alone for "should we keep
 * spending on tiktok"; a budget plan a year ahead for "did the budget cut cost us revenue"; no
 * change for "if we turn display off"; email revenue alone for "newsletters vs promotions"; a
 * customer count for "are customers from affiliates more likely to return"; spend by channel for
 * "are we spending to plan"; the meaning alone for "define mer + what's our current mer"; the
 * figure alone for "2x return on ad spend - is that good?". Follow-ups: "what about moving 10k",
 * "which attribution model should i believe", "and for holiday25", "how does ours compare".
 * Applied to the normalized question after para24's; a question none of them fits is left as
 * asked. (Readers fixed in place instead: "drop out of the funnel", funnel-compare.ts; "which
 * meta ads", ad-level-nearest.ts; "how many clicks ... each platform", journey-intent.ts; "do
 * rainy days hurt sales", "a link between rain and revenue", outside-cause.ts.)
 */
import { normalize } from "./normalize.ts";
import type { Rewrite } from "./para16-phrasings-asks.ts";

const UNIT = "(days|weeks|months|quarters)";
const WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

/** Metric, period and ask words said another way. */
const WORDS: Rewrite[] = [
  // "blended roas - what is it?", "cac: what's that": what the metric means.
  [
    /^(?!.*\b(?:what|which|how|why|where|who|when)\b.*\bwhat\b)([a-z][a-z0-9 +]{1,25}?)\s*[-:,]?\s*what(?:'s| is) (?:it|that)\s*\??$/,
    "what does $1 mean",
  ],

  // "the last couple of weeks", "past few days": a count of whole units back (a couple is two,
  // a few three), not one day that many units ago.
  [new RegExp(`\\b(last|past) (?:a )?couple(?: of)? ${UNIT}\\b`, "g"), "$1 2 $2"],
  [new RegExp(`\\b(last|past) (?:a )?few ${UNIT}\\b`, "g"), "$1 3 $2"],
  // "will we hit the revenue target", "are we going to make our goal": on track for it.
  [
    /\b(?:will|are) we (?:going to |gonna )?(?:hit|reach|make|meet|achieve|beat) (?:our |the )?([a-z ]{2,30}?) (targets?|goals?)\b/g,
    "are we on track for our $1 $2",
  ],
  // "why was paid social weird in august", "why were sales off last week": what happened with it.
  [
    /^why (?:was|were|is|did) (.{3,40}?) (?:so |a bit |kinda |kind of )?(?:weird|strange|odd|funky|wonky|look weird|look off|off)\b/,
    "what happened with $1",
  ],
  // "how are we ranking organically for hiking boots": the SEO ranking.
  [
    /\bhow (?:are|is) (?:we|our site|our store|our website) (?:ranking|doing) (?:organically|in organic(?: search)?|on google organically|in seo) for\b/g,
    "how is our seo ranking for",
  ],
  // "what's on the change calendar coming up": the planned changes.
  [
    /\bwhat(?:'s| is) on (?:the |our )?(?:change|changes|marketing|campaign) calendar\b/g,
    "what are the planned changes coming up",
  ],
  // "schedule a monday report of spend, revenue, roas per channel": that report every monday.
  [
    new RegExp(
      `^(?:can you |could you |please )?(?:schedule|set up|create|send me|email me) (?:a |an )?(?:weekly )?${WEEKDAY}(?: morning)? (?:report|email|summary|digest|update) (?:of|with|on|showing|covering) (.+?)\\s*\\??$`,
    ),
    "can you send me $2 every $1",
  ],
  // "... and what was the return", "and what did they bring in": what they made.
  [
    /\band (?:what|how much) (?:was|were) the (?:return|returns|revenue)\b|\band (?:what|how much) did (?:it|they|we|those|these) (?:return|bring in|get back|generate|earn)\b/g,
    "and what did they make",
  ],
  // "should we keep spending on tiktok", "should we continue with display": is it worth it.
  [
    /^should (?:we|i) (?:keep|continue|carry on)(?: (?:spending|spending money|investing) (?:on|in)| running| using| with| doing)? (.{3,30}?)\s*\??$/,
    "is $1 worth it",
  ],
  // "nonbrand search": non brand.
  [/\bnonbrand(ed)?\b/g, "non brand$1"],
  // "platform numbers vs our attribution", "platform-reported and attributed results".
  [
    /\bplatform (?:numbers|reported|figures|data|reporting)(?: results| numbers)? (?:vs|versus|and|against|compared (?:to|with)) (?:our |the )?(?:attribution|attributed)(?: results| numbers| figures)?\b/g,
    "platform reported vs attributed",
  ],
  // "did the budget cut cost us revenue": hurt it.
  [/\bcost us (revenue|sales|orders|conversions)\b/g, "hurt $1"],
  // "if we turn display off": turned off.
  [
    /\b(turn|turned|switch|switched|shut)(?: (?:the|our))? ((?!it\b|that\b|this\b|them\b)[a-z]+(?: [a-z]+)?) off\b/g,
    "$1 off $2",
  ],
  // "newsletters vs promotions", "promotional emails": the newsletter and the promos.
  [
    /\bnewsletters?( vs | versus | and | or )(?:promotions|promotional emails|promotional sends|promo emails)\b/g,
    "newsletter$1promos",
  ],
  // "are customers from affiliates more likely to return than those from paid social".
  [
    /\bare (?:customers|buyers) (?:from|acquired (?:through|via|from)) ([a-z ]{3,20}?) more likely to (?:return|come back|buy again|repurchase|reorder) than (?:those|ones|customers|buyers) (?:from|acquired (?:through|via|from)) ([a-z ]{3,20}?)\s*\??$/,
    "do customers acquired through $1 come back more than $2 ones",
  ],
  // "are we spending to plan in october": budget pacing.
  [
    /^(?!.*\bpacing\b)are we (?:spending|pacing) (?:to|on|against|according to|in line with) (?:plan|budget)\b/,
    "budget pacing: are we spending to plan",
  ],
  // "what will our full-year revenue be this year": where the full year lands.
  [
    /^what will (?:our )?(?:full year|annual|total annual|yearly) (revenue|spend|sales|orders) (?:be|end up|come in at)(?: (?:this year|for the year|in 2026|for 2026))?\s*\??$/,
    "where will we land for the full year on $1",
  ],
  // "define mer + what's our current mer": meaning and figure.
  [
    /^define ([a-z0-9]{2,12})\s*(?:\+|&|and|,)\s*what(?:'s| is) (?:our|the) (?:current )?\1\s*\??$/,
    "what does $1 mean and what's ours",
  ],
  // "2x return on ad spend - is that good?": is a roas of that good.
  [
    /^(?:a |an )?(\d+(?:\.\d+)?) ?x (?:return on ad spend|roas)\s*[-:,]?\s*is (?:that|it|this) (?:good|decent|ok|okay)\s*\??$/,
    "is a $1x roas good",
  ],
  // "which dashboard shows email performance", "what report should i check for email".
  [
    /^(?:what|which) (?:report|dashboard|view|screen|page)s? (?:should i (?:check|look at|use|open)|do i (?:check|look at|use|open)|shows?|covers?|has)(?: for| to see)? (?:our |how our )?(?:emails?|email marketing)(?: performance| are doing| is doing| doing)?\s*\??$/,
    "which report do i look at to see how our emails are doing",
  ],
];

/** Follow-ups said with a verb the follow-up reader does not take. */
const FOLLOW_UPS: Rewrite[] = [
  // "what about moving 10k", "how about shifting 20k": the same move with that amount.
  [
    /^(?:what|how) about (?:moving|shifting|putting|reallocating|with|if we move(?:d)?) (\$?[\d.,]+ ?k?)\s*\??$/,
    "what if it was $1 instead",
  ],
  // "stack the bars", "stack them": a stacked bar.
  [/^stack (?:it|them|that|this|the bars|the chart|those)\s*\??$/, "make it a stacked bar"],
  // "which attribution model should i believe": which to trust.
  [
    /^which (?:attribution )?(?:model|one)s? (?:should|do|can|would) (?:i|we) (?:believe|trust|rely on|go with|use|pick)\s*\??$/,
    "which model should i trust",
  ],
  // "and for holiday25": the same for it.
  [/^(?:and|ok and|now) for (?=[a-z0-9])/, "and "],
  // "how does ours compare", "how do we stack up": ours.
  [/^how (?:does ours|do we|do our numbers) (?:compare|stack up)\s*\??$/, "what about ours"],
];

/**
 * The question in the planner's own wording when one of these kinds fits; otherwise as asked.
 * Follow-up wordings apply only when there is an answer to follow.
 * @example rewriteSet19Wordings("will we hit the revenue target", false) // "are we on track for our revenue target"
 */
export function rewriteSet19Wordings(question: string, followUp: boolean): string {
  if (/@|https?:\/\//i.test(question)) return question;
  // "search IS for the brand campaign": IS in capitals is impression share.
  // "do rainy days hurt our sales? we sell outdoor gear": what the business sells, said after the
  // question, is background.
  const said = question
    .replace(/\bIS\b(?=\s+(?:for|on|of|in)\b|\s*\??$)/g, "impression share")
    .replace(/([?.!])\s*(?:we sell|we make|we(?:'re| are) an?)\s[^?.!]{2,40}[.!]?\s*$/i, "$1");
  const text = normalize(said);
  let out = text;
  for (const [re, to] of followUp ? [...FOLLOW_UPS, ...WORDS] : WORDS) out = out.replace(re, to as string);
  return out === normalize(question) ? question : out.trim();
}
