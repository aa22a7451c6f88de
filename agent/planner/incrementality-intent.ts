/**
 * "is paid social actually incremental?", "would we have got those sales anyway": incrementality is
 * measured with holdout or lift tests; attribution cannot show it. The data may record holdout
 * weeks as planned changes (a past pause is asked about by its dates: pause-history-intent.ts). The closest honest answer is
 * each channel's modelled marginal return (the profitability tool's overspend analysis, from fitted
 * spend-response curves), led by a note that says what it is and is not.
 */

const INCREMENTAL =
  /\b(?:incremental(?:ity)?|incremental lift|lift (?:test|tests|study|studies)|holdouts?|hold outs?|geo ?(?:test|tests|experiment)|(?:would|do|did) (?:we|i) (?:have )?(?:get|got|gotten|make|made) (?:them|those|these|the|that|our) (?:sales|orders|revenue|customers|conversions) anyway|cannibali[sz]\w*|(?:what(?: s| is|s| was| were)|how much|how big (?:is|was)|any) (?:the |our |real |true |actual )*(?:lift|uplift) (?:from|of|(?:do|did|does) (?:we|it|you) (?:actually |really |even |truly )?get from|we (?:actually |really |truly )?get from|does|did) (?!the |our |that |this |its )[a-z]+(?: [a-z]+)?\s*\??$|(?:what|how much|any) (?:real |true |actual )?(?:lift|uplift) (?:did|do|does) (?:we|it|you) (?:actually |really |even |truly )?(?:get|see|measure|have) from (?!the |our |that |this |its )[a-z]+(?: [a-z]+)?\s*\??$|(?:buy|bought|order|ordered|convert|converted|purchase|purchased|shop|shopped)\w* anyway|truly (?:drive|driving|drives|caus\w*))\b/;

/**
 * fix16e: "would have happened anyway" said as a clause, with any subject and verb: "how much of
 * affiliate revenue would've come in regardless", "would people have bought without paid social".
 */
const ANYWAY_CLAUSE =
  /\bwould(?: ?'ve| ve| have| of|nt have|n't have)? (?:[a-z]+ ){0,4}?(?:still )?(?:have |of |ve )?(?:happen(?:ed)?|come in|came in|come|occurred|occur|been (?:made|earned|there|bought|sold)|bought|buy|purchased|purchase|converted|convert|ordered|order|got|get|gotten|made|make|shown up|show up|sold)\b.{0,40}?\b(?:anyway|anyways|regardless|no matter what|without (?:the |any |those |that |our |these |it\b|them\b|ads?\b|paid\b|spend\b|[a-z]+ (?:ads|spend)\b|(?:paid )?(?:search|social|display|affiliates?)\b))/;

/** The note an incrementality answer leads with. */
export const INCREMENTALITY_NOTE =
  "Attribution can't show incrementality: it splits credit for orders that happened, whether or not the ads caused them. The direct measure is a holdout week (a channel paused, total revenue compared with the weeks around it): your planned changes record any you ran, and asking about one by name (\"what did total revenue do in the display holdout\") reads it against the weeks around it. The closest model-based view is below: each channel's modelled marginal return, what its next dollar of spend brings, from a spend-response curve fitted to its history (an estimate, not an experiment).";

/**
 * Whether the question asks whether spend is incremental.
 * @example asksIncrementality("is paid social actually incremental?") // true
 */
export function asksIncrementality(text: string): boolean {
  return INCREMENTAL.test(text) || ANYWAY_CLAUSE.test(text);
}
