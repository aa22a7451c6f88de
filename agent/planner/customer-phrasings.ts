/**
 * para15: customer wordings rewritten to the form the planner already reads.
 * - "cac for new customers", "cac of first-time buyers": CAC is counted on new customers by
 *   definition; read as a new-customer filter it was declined (CAC has no customer-type split).
 * - "share of returning customers": the returning-customer share (a rate), where "share of" alone
 *   sent the question to the catalog search.
 * - "share of new and returning customers": the new vs returning split.
 */
const REWRITES: ReadonlyArray<[RegExp, string]> = [
  // lead24: "how much do customers spend per order": the average order value.
  [
    /\b(?:how much|what) (?:do|does|did) (?:a |an |our |the |each |the average |a typical )?(?:customers?|buyers?|shoppers?|people) (?:typically |usually |normally )?(?:spend|spent) (?:per|an|each|a|on an?|on each) order\b/g,
    "average order value",
  ],
  // lead25: "are returning customers spending more than new ones", "do repeat buyers spend more",
  // "new vs returning customer spend": what each kind of customer spends with us, side by side
  // (revenue per customer and order value by customer type), never our ad spend.
  [
    /\b(?:(?:are|do|does|did|is|were|was) (?:our |the )?)?(?:new|returning|repeat|existing|loyal|first[- ]time) (?:customers?|buyers?|shoppers?|clients?) (?:spending|spend|spends|spent) (?:more|less|a lot more|much more|way more|more money|less money)\b(?: (?:per order|on average|each|with us))?(?: (?:than|vs|versus|compared to) (?:the |our )?(?:new|returning|repeat|existing|first[- ]time|one[- ]time) ?(?:ones?|customers?|buyers?|shoppers?)?)?(?: (?:per order|on average|each))?/g,
    "revenue per customer and average order value new vs returning",
  ],
  [
    /\b(?:new|first[- ]time) (?:vs|versus|and|or) (?:returning|repeat|existing) (?:customers? |buyers? )?(?:spend|spending)\b|\b(?:returning|repeat|existing) (?:vs|versus|and|or) (?:new|first[- ]time) (?:customers? |buyers? )?(?:spend|spending)\b/g,
    "revenue per customer and average order value new vs returning",
  ],
  // lead24: "how much do returning customers spend vs new ones", "what does a new customer spend on
  // average": what customers spend with us is revenue per customer, never our ad spend.
  [
    /\b(?:how much|what) (?:do|does|did|will|would) (?:a |an |our |the |each |the average |an average |a typical )?(new|returning|repeat|first[- ]time|existing|loyal) (?:customers?|buyers?|shoppers?|clients?|purchasers?)((?: (?:from|via|on) [a-z]+(?: [a-z]+)?)?) (?:typically |usually |actually |normally )?(?:spend|spent)\b(?! (?:per|an|each|a) order)(?: (?:with us|on average|each))?/g,
    "revenue per customer from $1 customers$2",
  ],
  [
    /\b(?:how much|what) (?:do|does|did|will|would) (?:a |an |our |the |each |the average |an average |a typical )?(?:customers?|buyers?|shoppers?|clients?|purchasers?)((?: (?:from|via|on) [a-z]+(?: [a-z]+)?)?) (?:typically |usually |actually |normally )?(?:spend|spent)\b(?! (?:per|an|each|a) order)(?: (?:with us|on average|each))?/g,
    "revenue per customer$1",
  ],
  // fix16e: "where do most of our customers come from", "which channels are new buyers coming
  // from": where customers are acquired, the channel of each new customer's first touch (read as
  // words it was the customer count alone).
  [
    /\b(?:where|(?:which|what) (?:channels?|sources?|marketing channels?)) (?:do|does|did|are|were|r|is|was) (?:(?:most|the bulk|the majority|majority|all|a lot|lots|the most) of |most )?(?:our |my |the |all |these |those |all our )?(?:new |first[- ]time )?(?:customers?|cusotmers?|custoemrs?|costumers?|cutomers?|custmers?|custs|buyers?|shoppers?|purchasers?|clients?) (?:mostly |mainly |usually |actually |really )?(?:come|coming|came|comes|originate|originating|originated)(?: in)? from\b/g,
    "new customers by first touch channel",
  ],
  // fix14b: "people buying for the first time", "shoppers who ordered for the first time": new
  // customers (a customer's first order), said as a clause rather than the catalog's words.
  [
    /\b(?:people|persons|customers?|shoppers?|folks|buyers?|users|visitors|those|someone|anyone)(?: (?:who|that)(?: (?:are|were|is|was|have|has))?)? (?:buying|ordering|purchasing|shopping|bought|ordered|purchased|placed an order)(?: (?:from|with) us)? for the (?:first|1st) time\b/g,
    "new customers",
  ],
  [
    /\b(cac|customer acquisition cost) (?:for|of|on|from|among) (?:our |the )?(?:new|first time|newly acquired) (?:customers?|buyers?|shoppers?|purchasers?)\b/g,
    "$1",
  ],
  [
    /\b(?:share|percent|percentage|proportion|%) of (?:new (?:and|&|vs|versus) (?:returning|repeat)|(?:returning|repeat) (?:and|&|vs|versus) new) (?:customers?|buyers?|shoppers?)\b/g,
    "new vs returning customers split",
  ],
  [
    /\b(?:share|percent|percentage|proportion|%) of (?:returning|repeat|existing) (?:customers?|buyers?|shoppers?)\b(?! (?:revenue|orders|sales|spend)\b)/g,
    "returning customer share",
  ],
];

/**
 * @example rewriteCustomerPhrases("cac for new customers by month") // "cac by month"
 */
export function rewriteCustomerPhrases(text: string): string {
  let out = text;
  for (const [re, to] of REWRITES) out = out.replace(re, to);
  return out;
}
