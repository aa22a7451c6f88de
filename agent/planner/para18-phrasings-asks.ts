/**
 * para18: other wordings of single asks (para18-phrasings.ts applies them): a report's or a deck's
 * words around an ask that names its own figures, a budget move said "model moving 3k", bullets for
 * a client, a low point asked "tell me when it bottomed", journeys said "who first came in via",
 * repeat customers by channel, follow-ups said "filter to" or "redo by", competitors' activity,
 * frequency said in words, one platform's ads, a bare "search" holdout, the best day to send
 * email, a year-over-year comparison said "how did X compare".
 */
import type { Rewrite } from "./para16-phrasings-asks.ts";

const PLATFORM = "(meta|facebook|instagram|tiktok|google)";
/** An ask that names its own figures: a ranking, a chart, or two or more measures. */
const OWN_ASK =
  /\b(?:top|bottom|worst|best|lowest|highest) \d+\b|\b(?:pie|bar chart|bar graph|line chart|line graph)\b/;
const MEASURE =
  /\b(?:spend|revenue|rev|orders|roas|cpa|cac|mer|aov|average order value|ctr|cpc|cpm|sessions|conversions|customers|profit)\b/g;

/** A deck, a report or a board slide the ask is for, around an ask that names what it wants. */
const CONTEXT: Rewrite[] = [
  // "putting together the qbr deck bottom 3 campaigns by roas last quarter": the ranking asked,
  // not the review's comparison with the quarter before.
  [
    /^(?:putting together|pulling together|prepping|working on|building|doing) (?:the|a|our|my) (?:[a-z0-9]+ ){0,2}(?:deck|slides?|report|review|presentation) (.+)$/,
    (m, rest: string) => (OWN_ASK.test(rest) ? rest : m),
  ],
  // "for the board slide can you do a pie of spend": a chart for a slide is that chart.
  [
    /^(.*?)\bfor (?:the|a|my|our) (?:board|exec|executive|client|investor|leadership) (slide|deck)\b(.*)$/,
    (m, before: string, slide: string, rest: string) =>
      OWN_ASK.test(m) ? `${before}for a ${slide}${rest}` : m,
  ],
  // "for the monthly report i need oct totals ad spend revenue orders and aov": the figures named.
  [
    /^for (?:the|my|our|a) (?:monthly|weekly|quarterly|month end|month-end) (?:report|recap|review|update) (?:i need |need |can you pull |pull |give me |i want )?(.+)$/,
    (m, rest: string) => ((rest.match(MEASURE) ?? []).length >= 2 ? rest : m),
  ],
  // "3 bullets on october vs september i can send to the client": a short summary for them.
  [/\b(\d|one|two|three|four|five) bullets? (?:on|about|for|covering)\b/g, "a $1 bullet summary of"],
  [
    /\b(?:that |which )?(?:i|we) can (?:send|forward|share|pass on|give|show) (?:to |with )?(?:the|my|our) (clients?|boss|board|manager|team)\b/g,
    "for the $1",
  ],
];

/** Asks of a kind the planner reads, said another way. */
const ASKS: Rewrite[] = [
  // "model moving 3k per month from display to search": the what-if of that move.
  [
    /^(?:(?:model|simulate|scenario|sim|run the numbers on|project) )?(?:moving|shifting|reallocating) (?=\$? ?\d)/,
    "what if we move ",
  ],
  // "and tell me when it bottomed": the low point of the series, not an alert.
  [
    /\b(?:and )?tell me when (?:it|that|they) (?:bottomed(?: out)?|hit (?:its |the )?(?:low|lowest|bottom)|was (?:at its )?lowest)\b/g,
    "and where did it bottom out",
  ],
  // "mer by month ytd which month was the lowest": the series and its low point.
  [
    /^(.*\b(?:by month|month by month|monthly)\b.*?) (?:and )?which month was (?:the )?lowest$/,
    "$1 and where did it bottom out",
  ],
  // "how long do customers who first came in via paid social take to convert": time to convert.
  [
    /^how long (?:do|does|did) (?:customers|people|buyers|users|shoppers) (?:who (?:first )?(?:came|come) in (?:via|through|from|on)|who (?:first )?(?:started|landed|arrived) (?:on|from|via|with|through)|whose first touch (?:was|is)) (.+?)(?: first)? (?:take|need) (?:to|before) (?:convert|buy|purchase|order)(?:ing)?\b/,
    "time to convert for customers whose first touch was $1",
  ],
  // "vs customers whose first touch was paid search" after a time to convert: the other side.
  [
    /^(vs|versus|compared (?:to|with)|and) (?:the )?(?:customers|people|ones|buyers) whose first touch was\b/,
    "$1 the ones who started from",
  ],
  // "which channel brings in the most repeat customers": the channel whose customers come back most.
  [
    /\b(?:brings?|drives?|gets?|acquires?) (?:in )?(?:the )?most (?:repeat|returning|loyal) (?:customers|buyers|purchasers)\b/g,
    "brings the customers who come back most",
  ],
  // Follow-ups: "now filter to returning customers", "redo by roas with at least $1000 spend".
  [/^(?:now |ok |okay )?filter (?:it |that |this )?(?:down )?(?:to|for|on) (.+)$/, "now only for $1"],
  [/^redo (?:it |that |this )?(?:but )?(by|with|for|using|on)\b/, "same but $1"],
  // "what are competitors doing on our branded terms": their bidding, which is not in the data.
  [
    /^what (?:are|is) (?:our )?competitors? (?:doing|up to) (?:on|with|around|for) (?:our )?(brand(?:ed)? (?:terms|keywords|search))\b/,
    "how are competitors bidding on our $1",
  ],
  // "how many times on average did people see the advantage+ ads": that campaign's frequency.
  [
    /^how many times (?:on average |on avg )?(?:did|do|does|have|has) (?:people|users|someone|each person|a person|the average person) (?:see|seen|view|viewed) (?:the |our )?(.+?) ads?\b/,
    "frequency of the $1 ads",
  ],
  // "which meta ad had the highest ctr": one ad is an ad creative, which the data does not have.
  [
    new RegExp(`^which ${PLATFORM} ads? (had|has|got|gets|drove|performed|did)\\b`),
    "which ad creative on $1 $2",
  ],
  // "was the search holdout conclusive": the paid search holdout.
  [/(?<!\bpaid |\borganic )\bsearch holdout\b/g, "paid search holdout"],
  // "best day to send emails": the weekday with the best email engagement.
  [
    /\bbest (?:day|weekday|day of (?:the )?week) to (?:send|schedule) (?:our |the )?(?:e ?mails?|newsletters?|email campaigns?)\b/g,
    "which weekday is best for email",
  ],
  // "how did october compare year over year": that period against the same one a year before.
  [
    /^how (?:did|does|do|has) (.+?) compare (?:year over year|yoy|to last year|with last year|vs last year)$/,
    "yoy for $1",
  ],
];

export const ASK_KINDS: Rewrite[] = [...CONTEXT, ...ASKS];
