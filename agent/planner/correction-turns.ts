/**
 * fix10a: a turn that corrects the previous ask ("no, I meant the one before", "not spend, clicks",
 * "clicks rather than spend", "sorry, I was asking about Q2"). Read alone, the correction's cue
 * words made it off topic (declined) or a new question without the thread (totals over a default
 * window instead of the ranking asked before). The answer is the previous ask with the corrected
 * part swapped in: the words after the cue are planned as a follow-up of the previous turn.
 */

/** Cues that open a correction, after optional "no", "sorry", "actually": what was meant. */
const MEANT =
  /^(?:(?:no+|nope|nah|sorry|oops|whoops|wait|actually|oh|hmm+|my bad|correction|sorry no|no sorry)[\s,.!:;-]+)*(?:i|we) (?:meant|mean|wanted|was asking (?:about|for)|was talking about|asked (?:about|for))\s+(?:to see |to know |for |about )?(.+)$/i;
/** "scratch that, make it Q2", "correction: orders", "should have said orders". */
const MAKE_THAT =
  /^(?:(?:no+|nope|sorry|oops|actually|wait)[\s,.!:;-]+)*(?:scratch that|make (?:that|it)|should have said|should've said|i should have said|correction)[\s,.!:;-]+(.+)$/i;
/** "not revenue, orders", "not revenue but orders", "no, not revenue - orders". */
const NOT_X_Y =
  /^(?:(?:no+|nope|sorry|actually)[\s,.!:;-]+)?not\s+([^,;:]+?)\s*(?:[,;:-]+\s*(?:but\s+|i meant\s+|i mean\s+)?|\s+but\s+)(.+)$/i;
/** "orders, not revenue", "orders not revenue", "orders rather than revenue", "orders instead of revenue". */
const Y_NOT_X = /^(.+?)\s*(?:,\s*not|\s+not|\s+rather than|\s+instead of)\s+([^,;:]+?)[\s.!?]*$/i;

/**
/**
 * para21 and fix16d: a cue with only the part meant after it ("no, revenue", "actually conversion
 * rate", "sorry, tiktok", "oops - display", "my bad, organic search", "no wait, affiliate"): the
 * part is what was meant. "no" and "nope" need a comma or a dash after them ("no email campaigns"
 * is a question of its own), and an acknowledgement ("no thanks", "sorry, never mind") is none.
 */
const CUE_PART =
  /^(?:(?:sorry|sry|soz|oops+|oopsie|whoops|woops|actually|my bad|my mistake|apologies|pardon|err+|erm|uh+|um+|oh wait|no wait|wait no|wait)(?:[\s,.!:;-]+)|(?:no+|nope|nah)\s*[,.!:;-]+\s*)+(.+)$/i;
/** Words after the cue that make it a question or an aside of its own, not the part meant. */
const NOT_A_PART =
  /^(?:thanks?|thank you|thx|ty|never ?mind|nvm|nothing|ok(?:ay)?|fine|good|great|cool|all good|problem|worries|worry|forget it|ignore|that|this|it|its|that'?s|it'?s|that is|this is|i|i'?m|we|you|your|my|just|wait|yes|yeah|yep|no|not|about that|to bother|for)\b/i;

/** A question of its own: it opens with a question word or a verb. */
const ASKS =
  /^(?:which|what|who|where|when|why|how|are|is|was|were|do|does|did|has|have|can|could|should|would|will|show|list|give|tell|pull|find|get|we|i|they|it|that|this)\b/i;

/** What the correction asks for in place of the previous ask, or undefined when it is none. */
export function correctedPart(question: string): string | undefined {
  const q = question.trim().replace(/[.!?]+$/, "");
  const meant = MEANT.exec(q) ?? MAKE_THAT.exec(q);
  // "I meant sessions, not revenue": the part meant, without the part it replaces.
  if (meant) return (Y_NOT_X.exec(meant[1]!)?.[1] ?? meant[1]!).trim();
  const notFirst = NOT_X_Y.exec(q);
  if (notFirst) return notFirst[2]!.trim();
  const cued = CUE_PART.exec(q)?.[1]?.trim();
  if (cued && cued.split(/\s+/).length <= 5 && !NOT_A_PART.test(cued) && !ASKS.test(cued))
    return (Y_NOT_X.exec(cued)?.[1] ?? cued).trim();
  const notAfter = Y_NOT_X.exec(q);
  // Only a short swap ("orders not revenue"): a question with "not" in it ("which campaigns are not
  // profitable") stands on its own.
  const short = (s: string) => s.split(/\s+/).length <= 4;
  if (notAfter && short(notAfter[1]!) && short(notAfter[2]!) && !ASKS.test(notAfter[1]!))
    return notAfter[1]!.trim();
  return undefined;
}

/**
 * The text to plan as a follow-up of the previous turn: the corrected part, read as "what about
 * ...", so the general merge (follow-up.ts) swaps it into the previous frame (a metric for the
 * metric, a period for the period) and keeps the rest (ranking, breakdown, filters).
 * @example correctionFollowUp("not revenue, orders") // "what about orders instead"
 */
export function correctionFollowUp(question: string): string | undefined {
  const part = correctedPart(question);
  if (!part || part.split(/\s+/).length > 10) return undefined;
  return `what about ${part} instead`;
}
