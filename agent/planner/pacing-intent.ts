/**
 * Budget pacing ("did campaigns spend their daily budgets", "who underspent", "spend vs budget by
 * campaign"). The data keeps each campaign's current daily budget, not what it was on each day, so
 * whether a past period's spend matched its budget cannot be computed. The honest answer is each
 * campaign's spend for the period, led by a note saying what is missing; read as overspending past
 * break-even (the profitability tool) or as a budget split, it answered a different question.
 */

const PACING =
  /\b(?:pacing|pace (?:of|against)|budget (?:utili[sz]ation|usage|delivery)|(?:spend|spent|spending) (?:vs|versus|against|compared (?:to|with)) (?:the |our |their |its )?(?:daily )?budgets?|under ?spen[dt]\w*|under ?deliver\w*|(?:hit|hitting|reach|reached|reaching|use|used|using|exhaust\w*|max(?:ed)? out|spend|spent|spending) (?:all of )?(?:their|the|our|its) (?:full |daily |whole |entire )?budgets?)\b/;

/** The note a pacing answer leads with. */
export const PACING_NOTE =
  "Your data keeps each campaign's current daily budget, not what the budget was on each day, so I can't say which campaigns under- or overspent their budgets in a past period. Here is what each campaign spent.";

/**
 * Whether the question asks about spend against campaign budgets.
 * @example asksPacing("did campaigns spend their daily budgets in october") // true
 */
export function asksPacing(text: string): boolean {
  return PACING.test(text);
}
