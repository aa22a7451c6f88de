/**
 * Phrasings the intent readers missed, found by asking fresh marketer questions (issue #12.6): each
 * list is consulted by its reader beside that reader's own patterns. Kept as data in one file so
 * the planner's pipeline can move the readers without losing them.
 */
import { FIX10A_OVERVIEW } from "./review-asks.ts";

/**
 * Budget splits asked as "the best way to spend 30k" or "how should we spend $20k": an amount of
 * money with a spending verb is a plan for it, not a report of what was spent.
 */
export const EXTRA_BUDGET: readonly RegExp[] = [
  /\b(?:best|smartest|optimal|ideal|right|most profitable) way to (?:spend|invest|allocate|split|use|deploy|divide|distribute)\b/,
  /\bhow (?:should|would|could|do|can) (?:we|i|you) (?:spend|invest|allocate|split|use|deploy|divide|distribute) (?:a |an |the |our |my )?(?:[$€£]\s?\d|\d[\d.]*\s*(?:k|m|thousand|million|grand|dollars?|euros?|usd|eur|bucks)\b)/,
  // "we have $60k for paid next month, how should i split it", "got 20k to play with in december,
  // how do we divide it up": an amount stated first, then split with a pronoun.
  /(?:[$€£]\s?\d[\d.,]*\s*(?:k|m|thousand|million|grand)?|\b\d[\d.,]*\s*(?:k|m|thousand|million|grand|dollars?|euros?|usd|eur|bucks))\b.{0,80}\b(?:split|divide|divvy|spread|allocate|distribute|carve up|break up|deploy|use)\s+(?:up\s+)?(?:it|that|this|them|the lot|the money|the pot)\b/,
];

/** Cohort value and repeat-purchase phrasings: "customer value after 90 days", "buy a second time". */
export const EXTRA_COHORT: readonly RegExp[] = [
  /\b(?:customer|customers|buyer|buyers|shopper|shoppers) (?:lifetime )?value\b/,
  /\b(?:buy|buys|bought|order|orders|ordered|purchase|purchases|purchased|shop|shops|shopped) (?:from us )?(?:a |for a )?(?:second|2nd|third|3rd) time\b/,
  /\b(?:buy|buys|bought|order|orders|ordered|purchase|purchases|purchased) (?:from us )?more than once\b/,
];

/** "what three things should we change", "which two changes would you make next month": recommendations. */
export const EXTRA_RECOMMEND: readonly RegExp[] = [
  /\bwhat (?:(?:one|two|three|four|five|\d) )?(?:things?|changes?|actions?|moves?|fixes|improvements?) (?:should|could|can|must|would you have) (?:we|i|you) (?:change|do|fix|try|improve|make|recommend|suggest)\b/,
  /\bwhich (?:(?:one|two|three|four|five|\d) )?(?:changes?|actions?|moves?|fixes|improvements?) (?:should|would|could) (?:we|i|you) (?:make|do|try|recommend|suggest)\b/,
  // "a couple of ways to lift conversion rate", "5 ideas we could try to get cpa down": actions
  // asked for, not the metric's figure (which answered a different question).
  /\b(?:things|ways|steps|actions|ideas|moves|changes|fixes|tips|levers|tactics)\b(?: (?:(?:i|we|you) (?:can|could|should|might)|to))?(?: (?:do|try|make|pull|test))?(?: (?:this|next) (?:week|month)| now| today| first)? to (?:improve|increase|boost|raise|lift|grow|fix|lower|reduce|cut|bring down|get)\b/,
  /\bwhat (?:should|must|could|ought) (?:we|i) (?:to )?be (?:fixing|improving|changing|focusing on|prioriti[sz]ing|working on|doing differently|looking at|cutting|pausing)\b/,
  // "top two priorities this week", "3 biggest things to fix", "my main 3 action items".
  /\b(?:top|biggest|main|key|most important) (?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) )?(?:priorities|action items|next steps|quick wins|opportunities|things (?:to|we should|i should) (?:fix|do|focus on|improve|change|work on))\b/,
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:biggest |main |key |top |most important )?(?:priorities|action items|next steps|quick wins|opportunities|things (?:to|we should|i should) (?:fix|do|focus on|improve|change|work on))\b/,
  /\b(?:what|anything) (?:else )?(?:should|can|could|would|do) (?:we|i|you) (?:do|try|change)(?: (?:this|next) (?:week|month)| now| today| first)? to (?:improve|increase|boost|raise|lift|grow|fix|lower|reduce|cut|bring down|get)\b/,
];

/** The headline figures asked for by another name: "headline figures", "top-line stats". */
export const EXTRA_OVERVIEW: readonly RegExp[] = [
  ...FIX10A_OVERVIEW,
  /\b(?:headline|top line|topline|key|main) (?:figures|numbers|stats|statistics|kpis|metrics|results)\b/,
];

/** "are we profitable on paid social", "is meta making money": profit after margin per channel. */
/** fix19a: paid marketing named as a whole: "paid", "paid media", "our ads", "advertising". */
const PAID_SUBJECT = String.raw`(?:our |the |all (?:of )?(?:our |the )?)?(?:paid(?: (?:marketing|media|ads|advertising|channels|acquisition|spend))?|ads|advertising|ad spend|marketing spend|paid marketing)`;

export const EXTRA_CHANNEL_PROFIT: readonly RegExp[] = [
  /\b(?:are|is) (?:we|it|our [a-z ]{1,30}?|the [a-z ]{1,30}?) (?:still )?(?:profitable|making money|losing money|breaking even|in the red|in the black) (?:on|with|from|in|at|for)\b/,
  /\b(?:does|do|is) [a-z ]{1,30}? (?:make|makes|making|lose|loses|losing) money\b/,
  // "is our advertising really paying for itself", "are paid ads profitable once cogs
  // are counted": paid marketing as a whole against break-even, per channel with the margin.
  /\b(?:is|are|was|were) (?:our |my |the |all (?:of )?(?:our |the )?)?(?:paid (?:marketing|media|ads|advertising|channels|acquisition|spend)|ads|advertising|ad spend|marketing|marketing spend|media spend)\b (?:actually |really |even |still |overall |as a whole )?(?:profitable|making (?:us )?money|losing (?:us )?money|in the black|in the red|paying for (?:itself|themselves))\b/,
  /\bprofitable\b.{0,25}\b(?:after|net of|once|counting|including|with) (?:the )?(?:cogs|margins?|gross margins?|cost of goods(?: sold)?|costs of goods|landed costs?)\b/,
  // para21: "how profitable was affiliate", "affiliate profitability at 50% margin", "profitability of
  // tiktok": a channel's profit asked with the adjective or the noun.
  /\bhow profitable (?:is|was|are|were|has been|have been)\b/,
  /\bprofitability (?:of|for|on)\b|\bprofitability\b.{0,20}\b(?:at|with|assuming|given)\b.{0,15}\bmargins?\b/,
  // fix19a: the profit paid marketing made, asked with it as the subject ("how much profit did our
  // ads bring in this quarter", "profit from paid media ytd", "did paid make us any money in q3"):
  // each paid channel's attributed revenue at the margin less its spend, with the total.
  new RegExp(
    String.raw`\bprofits?\b.{0,25}\b(?:did|does|do|has|have|is|are|was|were)\b ${PAID_SUBJECT}\b.{0,30}\b(?:make|made|making|generat\w*|br(?:ing|ought)|earn\w*|deliver\w*|produc\w*)\b|\bprofits? (?:from|on|of|off|for|by) ${PAID_SUBJECT}\b|\b(?:did|does|do|has|have|is|are|was|were) ${PAID_SUBJECT}\b.{0,25}\b(?:make|made|making|earn\w*) (?:us )?(?:any |a )?(?:money|profit)\b|\b${PAID_SUBJECT}\b.{0,30}\b(?:make|made|making|earn\w*) (?:us )?(?:in )?profits?\b|\b${PAID_SUBJECT} profits?\b`,
  ),
  // fix20d: "the profit on google ads spend", "what's the profit from our meta ads": one platform's
  // or channel's ads, whose profit each paid channel's line shows.
  /\bprofits? (?:on|from|of|off|for|made (?:on|from|by)) (?:our |the |all )?(?:[a-z]+ ){0,2}(?:ads|ad spend|advertising|campaigns)(?: spend)?\b/,
];

/** Whether any phrasing of a list matches the normalized question. */
export const matchesAny = (list: readonly RegExp[], text: string): boolean => list.some((r) => r.test(text));
