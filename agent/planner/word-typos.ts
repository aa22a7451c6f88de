/**
 * fix18f: misspelt words that are not vocabulary words, so the one-edit typo reader (typos.ts)
 * never reaches them: a question word ("hw did we do"), a change verb ("we dubled tiktok"), a
 * funnel step written as one token ("add2cart"). Each is rewritten to the word the readers know.
 */

/** Misspelling -> word, matched as whole words. */
const WORD_TYPOS: readonly (readonly [RegExp, string])[] = [
  [/\bhw\b/g, "how"],
  [/\b(?:wat|wht|waht)\b/g, "what"],
  // fix21e: "wich campaigns spent money", "whcih channel".
  [/\b(?:wich|whcih|whihc|wihch|whitch|whick|wchich)\b/g, "which"],
  [/\b(?:dubl|doubl|dobl|dbl)e?d\b|\bdoubeled\b|\bdouble?led\b/g, "doubled"],
  [/\b(?:trippled|tripeld|trippeled|tripplied)\b/g, "tripled"],
  [/\b(?:inc?r[ea]{1,2}s|increas|incraes)e?d\b(?<!\bincreased)/g, "increased"],
  [/\b(?:rasied|riased|raisd)\b/g, "raised"],
  // fix19f: "ords by ch", "sess by chan": shortened metric words typed as grains' metrics.
  [/\b(?:ords|ordrs|odrs)\b/g, "orders"],
  [/\bsess\b(?= (?:by|per|from|for|on|in|last|this)\b)/g, "sessions"],
  // fix19f: "what did we make aftr ads".
  [/\b(?:aftr|afer|atfer|afte)\b/g, "after"],
  [/\b(?:halfed|halvd)\b/g, "halved"],
  // fix20a: "wat happend in july with it".
  [/\b(?:happend|hapened|hapend|happned|happenned|happenend)\b/g, "happened"],
  // fix20b: "wil we hit 800k by eoy", "r we on track": a goal's question word typed short.
  [/\b(?:wil|wll|wiil|willl)\b(?= (?:we|i|it|they|you|u|that|this|our|the)\b)/g, "will"],
  [/\b(?:shld|shud|shoud)\b/g, "should"],
  [/\b(?:frequncy|freqency|frequecy|frequancy|frequensy|freqeuncy)\b/g, "frequency"],
  // "underpacing", "over-pacing": spending under or over budget, as the pacing reader words it.
  [/\bunder[- ]?pac(?:ing|ed)\b/g, "underspending"],
  [/\bover[- ]?pac(?:ing|ed)\b/g, "spending over budget"],
  [/\badd ?2 ?carts?\b|\baddtocarts?\b|\badd-(?:to|2)-carts?\b/g, "add to cart"],
];

/**
 * The text with each listed misspelling replaced.
 * @example fixWordTypos("hw did we do after we dubled tiktok") // "how did we do after we doubled tiktok"
 */
export function fixWordTypos(text: string): string {
  return WORD_TYPOS.reduce((t, [typo, word]) => t.replace(typo, word), text);
}
