/**
 * para15: other ways marketers word a budget what-if, rewritten to the form the budget reader
 * (budget.ts) already reads. Without them the question fell through to a metric lookup or the
 * catalog search ("is it worth increasing affiliate spend by 25%" answered with affiliate's spend,
 * "what would a 25% bump on affiliate do" with a catalog list): a different question answered.
 */

/** A gerund after "is it worth" and the verb the what-if reader knows. */
const GERUNDS: Readonly<Record<string, string>> = {
  increasing: "increase",
  raising: "raise",
  boosting: "boost",
  cutting: "cut",
  reducing: "reduce",
  trimming: "trim",
  moving: "move",
  shifting: "shift",
  doubling: "double",
  halving: "halve",
  tripling: "triple",
  pausing: "pause",
};

/** A share said as a fraction ("a tenth of display spend"): the percent the reader takes. */
const FRACTION_PERCENT: Readonly<Record<string, string>> = {
  tenth: "10%",
  fifth: "20%",
  quarter: "25%",
  third: "33%",
  half: "50%",
};

const REWRITES: ReadonlyArray<[RegExp, string | ((...m: string[]) => string)]> = [
  // "is it worth increasing affiliate spend by 25%", "would it be smart to double meta".
  [
    new RegExp(
      String.raw`\b(?:is it|would it be|is that|would that be) (?:worth|wise|smart|worthwhile|a good idea|sensible)(?: to)? (${Object.keys(GERUNDS).join("|")}|${Object.values(GERUNDS).join("|")})\b`,
      "g",
    ),
    (_m, verb: string) => `what if we ${GERUNDS[verb] ?? verb}`,
  ],
  // "a 25% bump on affiliate", "a 10% lift to paid search budget": raise that channel by the percent.
  [
    /\b(?:what (?:would|will|does|could) |what happens with |how about |impact of |effect of )?(?:a |an )?(\d+(?:\.\d+)?) ?(?:%|percent) (?:bump|boost|lift|uplift|raise|increase|more) (?:on|to|for|in|into) (?:the |our )?([a-z]+(?: (?!(?:do|mean|get|look|spend|budget|be|worth)\b)[a-z]+)?)(?: (?:spend|budget))?(?: (?:do|mean|get us|look like))?(?=$| next| in| for| be| worth)/g,
    "what if we increase $2 by $1%",
  ],
  // "what if we 2x paid social", "impact of 3x meta": doubling or tripling (a multiple, not a ROAS).
  [/\b(what if (?:we|i)|if (?:we|i)|impact of|effect of|what happens if (?:we|i)) 2 ?x\b/g, "$1 double"],
  [/\b(what if (?:we|i)|if (?:we|i)|impact of|effect of|what happens if (?:we|i)) 3 ?x\b/g, "$1 triple"],
  // "moving a tenth of display spend to search": the share as a percent.
  [
    /\ba (tenth|fifth|quarter|third|half) of (?=(?:the |our )?[a-z]+(?: [a-z]+)? (?:spend|budget|money)\b)/g,
    (_m, f: string) => `${FRACTION_PERCENT[f]} of `,
  ],
  // "moving 10k display budget into search": the amount from the first channel to the second.
  [
    /\b(move|moving|shift|shifting|reallocate|reallocating) ((?:\$ ?)?\d+(?:\.\d+)? ?(?:k|m|thousand|grand)?) (?:of )?(?:the |our )?([a-z]+(?: [a-z]+)?) (?:budget|spend|money) (?:into|to|over to|onto)\b/g,
    "$1 $2 from $3 to",
  ],
  // "is it time to drop affiliate", "should we ditch tiktok": cutting it (not a drop in a metric).
  [
    /\b(?:should (?:we|i)|is it time to|time to|do (?:we|i) need to|ought (?:we|i) to) (?:drop|ditch|axe|dump|bin)\b/g,
    "should we cut",
  ],
];

/**
 * Rewrite budget what-if wordings to the budget reader's own.
 * @example rewriteWhatIf("is it worth increasing affiliate spend by 25%") // "what if we increase affiliate spend by 25%"
 */
export function rewriteWhatIf(text: string): string {
  let out = text;
  for (const [re, to] of REWRITES) out = out.replace(re, to as string);
  return out;
}
