/**
 * What a budget question asks the split to maximize. Gross profit unless the user asks for
 * revenue ("maximize revenue", "for the most sales", "revenue-maximizing split"): a split that
 * maximizes revenue spends dollars that return less than break-even, so it is never the default.
 * Orders are chosen elsewhere (a count metric in the question). The vocabulary is data.
 */

import type { Frame } from "./types.ts";

/** Phrasings that ask for the revenue-maximizing split. */
export const REVENUE_OBJECTIVE_PHRASINGS: readonly RegExp[] = [
  /\b(?:maximi[sz]e|maximi[sz]ing|maximum|max|most|highest|more|grow|growing|boost|biggest|top ?line) (?:total |our |my |the )?(?:revenue|sales|top ?line|gmv|turnover)\b/,
  /\b(?:revenue|sales|gmv|top ?line)[ -](?:maximi[sz]ing|maximi[sz]ation|optimal|first|focused|driven)\b/,
  /\b(?:optimi[sz]e|optimi[sz]ing|optimi[sz]ed) (?:for|on) (?:revenue|sales|gmv|top ?line)\b/,
  /\b(?:ignore|ignoring|regardless of|never mind|not about|don'?t care about) (?:the )?(?:margins?|profit|profitability)\b/,
  /\bspend (?:it )?all\b.{0,30}\b(?:revenue|sales)\b/,
  // "what if i only care about revenue, not profit", "sales rather than margin this time".
  /\b(?:only|just|mainly|mostly|really) (?:care|cared|caring|worry|worried) (?:about|for) (?:the )?(?:revenue|sales|top ?line|gmv)\b/,
  /\b(?:revenue|sales|top ?line|gmv) (?:instead of|rather than|over|not|and not|before) (?:the )?(?:profit|profits|margins?|profitability)\b/,
];

/** "and for profit instead?", "back to profit": a split for the most gross profit asked again. */
const PROFIT_OBJECTIVE =
  /\b(?:profit|profits|margins?|profitability) (?:instead|again|rather)\b|\b(?:back to|optimi[sz]e for|maximi[sz]e|for the most) (?:the )?(?:gross )?(?:profit|profits|margins?)\b/;

/**
 * @example budgetObjective("how should I split $50k to maximize revenue") // "revenue"
 * @example budgetObjective("how should I split $50k next month") // "profit"
 */
export function budgetObjective(text: string): "profit" | "revenue" {
  return REVENUE_OBJECTIVE_PHRASINGS.some((p) => p.test(text)) ? "revenue" : "profit";
}

/**
 * A follow-up to a budget split that changes only what it maximizes ("what if I only care about
 * revenue, not profit?"): the previous split's frame with the new objective, or undefined.
 * @example objectiveFollowUp(budgetFrame, "what if i only care about revenue not profit")?.budget?.objective // "revenue"
 */
export function objectiveFollowUp(previous: Frame, text: string): Frame | undefined {
  if (previous.intent !== "budget" || !previous.budget) return undefined;
  const objective = REVENUE_OBJECTIVE_PHRASINGS.some((p) => p.test(text))
    ? "revenue"
    : PROFIT_OBJECTIVE.test(text)
      ? "profit"
      : undefined;
  if (!objective || objective === (previous.budget.objective ?? "profit")) return undefined;
  return { ...previous, budget: { ...previous.budget, objective } };
}
