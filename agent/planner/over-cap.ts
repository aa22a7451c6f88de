/**
 * leftB: spend past a campaign's daily budget told with any verb of going past and any word for
 * the budget ("did anything overshoot its daily cap", "which campaigns busted their daily limit",
 * "any days where spend topped the daily budget", "did any campaign overdeliver on budget"): the
 * pacing answer's days over budget. These were read as a catalog search, a budget plan or a
 * decline. A cap or limit counts as the budget when it is a daily or spend one, or a campaign's
 * own ("its cap"); "exceeded the cpa limit" is a metric's threshold, not a budget.
 */

/** Verbs of going past a limit. */
const PAST =
  "(?:exceed\\w*|overshoot\\w*|overshot|bust(?:ed|ing|s)?|bl[eo]w(?:s|ing|n)?(?: (?:past|through|out|over))?|top(?:s|ped|ping)?|surpass\\w*|breach\\w*|broke|break(?:s|ing)?|(?:went|go(?:ne|es|ing)?|ran|run(?:s|ning)?) (?:over|past|beyond|above)|over ?spen[dt]\\w*|over ?deliver\\w*|over ?r[au]n\\w*|spen[dt] (?:more than|above|beyond|past|over))";

/** Words for a campaign's spend budget. */
const BUDGET =
  "(?:(?:daily|day's|set|campaign|allotted|allocated|ad|spend|spending) )?budgets?|(?:daily|spend|spending|budget) (?:caps?|limits?|ceilings?)|(?:its|their) (?:caps?|limits?|ceilings?)";

const OVER_CAP = new RegExp(`\\b${PAST} (?:\\w+ ){0,3}?(?:${BUDGET})\\b`);

/** A plan or a what-if about going over, not what spend did. */
const PLANNING =
  /\b(?:should|what if|what happens|recommend\w*|plan\w*|allow|let|can we|could we|how (?:much|far) can)\b/;

/**
 * Whether the question asks which campaigns spent past their (daily) budget.
 * @example asksOverCap("did any campaign overshoot its cap") // true
 * @example asksOverCap("which campaigns exceeded the cpa limit") // false
 */
export function asksOverCap(text: string): boolean {
  return OVER_CAP.test(text) && !PLANNING.test(text);
}
