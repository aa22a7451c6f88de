/**
 * fix21e: "what should i cut?" after a verdict on whether the ads (or a channel) are worth it.
 * Read alone, a cut with no object is a budget plan over channels, and the answer was "spend
 * nothing": the marketer asked which of the ads to cut, so the turn is read as the campaigns to
 * cut (the recommend tool's campaign focus: each with its figures).
 */
import { WORTH_IT_NOTE } from "../present/metric-verdict.ts";
import type { Plan } from "./types.ts";

/** A cut asked with no object: "what should i cut", "so what do we turn off", "which ones do i pause". */
const BARE_CUT =
  /^(?:(?:ok|okay|so|then|and|right|alright|got it|makes sense|hmm|well)[\s,]+)*(?:what|which|which ones?|which ads|where)\s+(?:should|shall|would|do|can|could|must)\s+(?:i|we|you|u)\s+(?:cut|pause|turn off|switch off|kill|drop|stop|trim|scale back|cut back on|get rid of|axe)(?:\s+(?:then|first|now|back))?\s*[?.!]*$/i;

/**
 * The question to read instead, or the question unchanged.
 * @example cutAfterVerdict("what should i cut?", worthItPlan) // "which campaigns should we cut"
 */
export function cutAfterVerdict(question: string, previous: Plan | undefined): string {
  if (previous?.kind !== "tool_calls" || !WORTH_IT_NOTE.test(previous.frame.note ?? "")) return question;
  return BARE_CUT.test(question.trim()) ? "which campaigns should we cut" : question;
}
