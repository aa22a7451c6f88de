/**
 * fix14b: "is direct creeping up", "has direct traffic been growing, afraid we lose utm tags": a
 * marketer watching direct traffic for lost tracking asks whether direct's *share* of sessions is
 * rising (more sessions everywhere also raise direct's count). The question reads as direct's share
 * of sessions by month, the answer gives that share each month with its direction
 * (present/member-share.ts), and the worry about tags is context, not a measure to look up.
 */

/** Direct (traffic) said to be rising, in a normalized question. */
const DIRECT_RISING =
  /\b(?:is |has |have |are |was )?(?:our |the )?direct(?: traffic| sessions| visits| visitors)?(?: share| volume)?(?: been)? (?:creeping|creep|growing|grown|rising|risen|climbing|increasing|inching|going|trending|drifting|ticking)(?: up| upward| upwards| higher)?\b/;

/** The worry about tracking: lost, stripped or broken UTM tags (also click-session-gap.ts). */
export const TAG_WORRY =
  /\b(?:(?:i am|im|i m|we are|we re|were)\s+)?(?:worried|afraid|concerned|scared|wondering|suspect|suspecting|fear|guessing|think|thinking|trying to (?:see|check|figure out|find out|understand|work out|tell))?\s*(?:that |if |whether )?(?:we are |we re |were |we )?(?:(?:losing|lost|dropping|stripping|missing|breaking) (?:our |the |some )?(?:utm(?:s| tags| parameters| params)?|tags|tracking(?: tags)?)|(?:our |the )?(?:utm(?:s| tags| parameters| params)?|tags|tracking(?: tags)?) (?:are |is )?(?:getting |being )?(?:lost|stripped|dropped|broken|missing))\b(?: somewhere| on the way| in transit)?/g;

/** A grain the question already gives. */
const GRAIN =
  /\b(?:by|per|each|every|month (?:by|over|on) month|monthly|weekly|week (?:by|over|on) week|daily)\b/;

/**
 * The question as direct's share of sessions when it asks whether direct is rising; unchanged
 * otherwise.
 * @example rewriteDirectRising("is direct creeping up month by month worried we re losing utms") // "direct share of sessions month by month"
 */
export function rewriteDirectRising(text: string): string {
  if (!DIRECT_RISING.test(text)) return text;
  const out = text.replace(DIRECT_RISING, "direct share of sessions").replace(TAG_WORRY, " ");
  return `${out}${GRAIN.test(out) ? "" : " by month"}`.replace(/\s+/g, " ").trim();
}

/** Whether an (original) question asks whether direct is rising: an ask about direct's share. */
export function asksDirectRising(question: string): boolean {
  return DIRECT_RISING.test(question.toLowerCase());
}
