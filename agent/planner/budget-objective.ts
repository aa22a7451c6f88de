/**
 * What a budget question asks the split to maximize. Gross profit unless the user asks for
 * revenue ("maximize revenue", "for the most sales", "revenue-maximizing split"): a split that
 * maximizes revenue spends dollars that return less than break-even, so it is never the default.
 * Orders are chosen elsewhere (a count metric in the question). The vocabulary is data.
 */

/** Phrasings that ask for the revenue-maximizing split. */
export const REVENUE_OBJECTIVE_PHRASINGS: readonly RegExp[] = [
  /\b(?:maximi[sz]e|maximi[sz]ing|maximum|max|most|highest|more|grow|growing|boost|biggest|top ?line) (?:total |our |my |the )?(?:revenue|sales|top ?line|gmv|turnover)\b/,
  /\b(?:revenue|sales|gmv|top ?line)[ -](?:maximi[sz]ing|maximi[sz]ation|optimal|first|focused|driven)\b/,
  /\b(?:optimi[sz]e|optimi[sz]ing|optimi[sz]ed) (?:for|on) (?:revenue|sales|gmv|top ?line)\b/,
  /\b(?:ignore|ignoring|regardless of|never mind|not about|don'?t care about) (?:the )?(?:margins?|profit|profitability)\b/,
  /\bspend (?:it )?all\b.{0,30}\b(?:revenue|sales)\b/,
];

/**
 * @example budgetObjective("how should I split $50k to maximize revenue") // "revenue"
 * @example budgetObjective("how should I split $50k next month") // "profit"
 */
export function budgetObjective(text: string): "profit" | "revenue" {
  return REVENUE_OBJECTIVE_PHRASINGS.some((p) => p.test(text)) ? "revenue" : "profit";
}
