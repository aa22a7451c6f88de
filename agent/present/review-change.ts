/**
 * fix14e: a review that also asks what is changing ("wins, misses and what we're changing", "what
 * worked, what didn't and next steps"): beside the wins and concerns, the change the data suggests
 * (the brief's top recommendation, briefs/insights.ts), labelled a suggestion, since the data
 * cannot know what the team has decided. Left out, one of the asked parts was missing.
 */
import type { Brief } from "../../briefs/build-brief.ts";

/** "what we're changing", "next steps", "what we'll do differently", "the plan going forward". */
const CHANGE_ASK =
  /\b(?:what (?:we|we re|we are|we ll|we will|i m|i am|to|should we|do we|are we) (?:be )?(?:chang\w*|do(?:ing)? (?:differently|next)|fix\w*|adjust\w*|tweak\w*|try\w*|test\w*|shift\w*)|what s changing|what is changing|next steps?|action (?:items?|points?)|(?:the )?plan (?:going forward|for next month|ahead)|what (?:we|to) do (?:about it|next)|changes? (?:we re|we are|we ll|we will) mak\w*|recommendations?|what to change)\b/;

/** Whether the question asks what is changing as well. */
export function asksChange(question: string): boolean {
  return CHANGE_ASK.test(question.toLowerCase().replace(/[’']/g, " ").replace(/\s+/g, " "));
}

/**
 * The change line: the top recommendation of the brief (a budget move or a cut before a warning
 * on a mover), or undefined when the brief has none.
 * @example changeLine(brief) // "Move $1,200 from Display to Paid Search: ... (a suggestion from the data, not a decision on record)."
 */
export function changeLine(b: Brief): string | undefined {
  const picked =
    b.sections.insights.find((i) => i.source === "recommend") ??
    b.sections.insights.find((i) => i.kind === "warning");
  if (!picked) return undefined;
  const detail = picked.detail.replace(/\.$/, "");
  // A recommendation's detail often opens with its title ("Cut Paid Search by $1,145 to $2,671: ...").
  const text = detail.startsWith(picked.title) ? detail : `${picked.title}: ${detail}`;
  return `${text} (a suggestion from the data, not a decision on record).`;
}
