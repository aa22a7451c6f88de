/**
 * para15: customer wordings rewritten to the form the planner already reads.
 * - "cac for new customers", "cac of first-time buyers": CAC is counted on new customers by
 *   definition; read as a new-customer filter it was declined (CAC has no customer-type split).
 * - "share of returning customers": the returning-customer share (a rate), where "share of" alone
 *   sent the question to the catalog search.
 * - "share of new and returning customers": the new vs returning split.
 */
const REWRITES: ReadonlyArray<[RegExp, string]> = [
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
