/**
 * Break-even asks (fix8c): "what cpa can we afford", "is 1.5 roas good enough for us", "roas we
 * have to beat to not lose money". The answer is the threshold at the organization's gross margin
 * (ROAS 1 / margin, CPA AOV x margin) with the period's figures against it (the profitability
 * tool's break_even analysis), never the current CPA or ROAS alone, which answers a different
 * question. Older phrasings ("break even roas") keep the channel profit answer, which leads with
 * the same threshold (profitability-intent.ts).
 */

/** A cost per order or customer, as a marketer names it. */
const COST = String.raw`(?:cpa|cac|cpo|cost per (?:acquisition|order|purchase|sale|conversion|customer)|(?:customer )?acquisition cost|cost to acquire (?:a |an )?(?:customer|order))`;

/** A return on ad spend, as a marketer names it. */
const RETURN = String.raw`(?:roas|return on ad ?spend|ad return)`;

/** Phrasings of a break-even threshold: the first match wins. */
export const BREAK_EVEN_PHRASINGS: readonly RegExp[] = [
  // "break-even cpa", "breakeven cost per order", "cac at break even"
  new RegExp(
    String.raw`\bbreak ?even ${COST}\b|\b${COST}\b.{0,30}\bbreak ?even\b|\bbreak ?even\b.{0,30}\b${COST}\b`,
  ),
  // "max cpa we can afford", "highest cac we can stomach", "how much can we pay to get an order"
  new RegExp(
    String.raw`\b(?:max|maximum|highest|most|top|biggest)\b.{0,20}\b${COST}\b.{0,30}\b(?:afford|pay|tolerate|stomach|accept|allow|handle)\b`,
  ),
  /\bhow much can (?:we|i) (?:afford to )?(?:pay|spend)\b.{0,20}\b(?:to (?:acquire|get|win)|for|per) (?:an? |each |one )?(?:new )?(?:order|customer|sale|conversion|purchase)\b/,
  /\bwhat (?:cpa|cac|cost per order) (?:can|could) (?:we|i) (?:afford|live with|tolerate)\b/,
  // "what's a good roas for us", "roas ... break even", "what roas do we have to beat to not lose money"
  new RegExp(
    String.raw`\b(?:good|healthy|decent|acceptable|profitable|target) ${RETURN}\b.{0,20}\b(?:for (?:us|me|our|my)|to (?:aim|target|hit|beat))\b`,
  ),
  new RegExp(
    String.raw`\b(?:what|which) (?:is )?(?:a )?(?:good|healthy|decent|acceptable) ${RETURN}\b.{0,15}\b(?:for (?:us|me|our (?:business|shop|store|company|brand|margins?)))\b`,
  ),
  new RegExp(String.raw`\b${RETURN}\b.{0,40}\bbreak ?even\b|\bbreak ?even\b.{0,30}\b${RETURN}\b`),
  new RegExp(
    String.raw`\b${RETURN} (?:do|would|should) (?:we|i) (?:have|need) to (?:beat|hit|clear|reach|get)\b.{0,30}\b(?:lose money|losing money|in the red|profitable|make money|break ?even)\b`,
  ),
];

/** Whether the question asks for a break-even threshold (the break_even analysis). */
export function asksBreakEven(text: string): boolean {
  return BREAK_EVEN_PHRASINGS.some((p) => p.test(text));
}
