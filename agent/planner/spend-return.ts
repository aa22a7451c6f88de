/**
 * fix21d: spend asked together with what it brought back ("what did we spend in q3 and what did it
 * return", "holiday25 spend + what it brought back", "ad spend last month, and what came of it"):
 * the second clause asks for the money the spend made, which the paraphrases read only for some
 * verbs, so the answer gave the spend alone. Revenue, ROAS and MER join spend (MER is the store's
 * revenue over the spend; ROAS the paid channels' attributed revenue over it), and a follow-up
 * ("by channel") keeps them, as it keeps the frame's metrics.
 */
import type { Frame } from "./types.ts";

/** A subject that refers back to the spend: "it", "that", "the spend", "those ads", "our money". */
const BACK_SUBJECT = String.raw`(?:it|that|this|they|those|these|them|the (?:spend(?:ing)?|money|budget|ads|campaigns|investment)|(?:that|this|our|all that|all this) (?:spend(?:ing)?|money|budget|investment|ads))`;
/** What money does when it comes back. */
const RETURN_VERB = String.raw`(?:bring|brought|bringing|brings) (?:back|in|home|us)|(?:return|returned|returns|generate|generated|generates|make|made|makes|earn|earned|earns|yield|yielded|yields|produce|produced|deliver|delivered|drive|drove|net|netted)(?: us| back| in)?|(?:give|gave|get|got) (?:us|back)|pay back|paid back`;

/**
 * "what did it bring back", "what it returned", "what came back (of it)", "and the return on it"; the
 * question the stage hands on may already read "what did we get back for it" (paraphrase.ts).
 */
const WHAT_IT_BROUGHT = new RegExp(
  String.raw`\b(?:what|how much)(?: revenue| sales| money)? (?:(?:did|does|has|have|do) )?${BACK_SUBJECT} (?:actually |really |then )?(?:${RETURN_VERB})\b|\bwhat (?:came|come|comes) (?:back|of it|out of it)\b|\bwhat (?:did|do|have) (?:we|i) (?:get|got|gotten)(?: back)? (?:for|from|out of) (?:it|that|them|this)\b|\b(?:and|\+|&|,) (?:the |its |our )?(?:return|payback|pay back)(?: (?:on|from|of) (?:it|that|this|them))?\s*\??$`,
);

/**
 * The frame with revenue, ROAS and MER beside spend when the question asks what its spend brought
 * back, or as it was.
 * @example withSpendReturn(frameOf("q3 spend and what did it bring back"), text).metrics // ["spend", "revenue", "roas", "mer"]
 */
export function withSpendReturn(frame: Frame, text: string): Frame {
  if (frame.intent !== "query" && frame.intent !== "compare") return frame;
  const asked =
    frame.metrics.includes("spend") && frame.metrics.every((m) => ["spend", "revenue"].includes(m));
  if (!asked || !WHAT_IT_BROUGHT.test(text)) return frame;
  return { ...frame, metrics: ["spend", "revenue", "roas", "mer"] };
}
