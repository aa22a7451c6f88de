/**
 * fix10a: "now only paid channels" after "new customers' share of revenue by month": the planner
 * keeps the breakdown and adds the filter (agent/planner/restriction-turn.ts), and the presenters
 * read the share from the question, so a restriction-only turn is read with the share question it
 * narrows. Without it the narrowed answer listed the amounts and dropped the share asked for.
 */

import { normalize } from "../planner/normalize.ts";
import { asksShare } from "../planner/share.ts";

/** "only", "just", "exclude", "without", "except", "limited to". */
const RESTRICT = /\b(?:only|just|exclud\w*|without|except|limit(?:ed)? to|restrict\w* to)\b/i;
/**
 * A turn that changes one part of the question before: opens with "and", "what about", "how about",
 * "same for", "now", or asks it over time ("by month", "monthly", "over time").
 */
const OTHER_PART =
  /^(?:(?:ok|okay|so|and|then|also)\s+)*(?:and|what about|how about|same for|same but|now|vs|versus|or)\b|\b(?:by|per|each|every|over|a|across) (?:month|week|quarter|day|year)s?\b|\b(?:monthly|weekly|quarterly|over time|month by month|week by week|mom|trend(?:ed|ing)?)\b/i;
/** A turn that asks another breakdown ("and by platform?") asks rows, not the share named before. */
const OTHER_BREAKDOWN =
  /\b(?:by|per|each|every|across)\s+(?!(?:the\s+)?(?:month|week|quarter|day|year)s?\b)[a-z]/i;
/** A share asked for in so many words. */
const SHARE_WORD = /\b(?:share|percent|percentage|proportion|mix)\b|%/i;

/**
 * The question the presenters read: a short restriction-only turn after a share question is read
 * with that question before it; any other turn as asked.
 * @example restrictedShareQuestion("now only paid channels", ["new customer revenue share by month"])
 * // "new customer revenue share by month now only paid channels"
 */
export function restrictedShareQuestion(question: string, earlier: readonly string[]): string {
  if (SHARE_WORD.test(question) || question.split(/\s+/).length > 8) return question;
  const before = earlier.at(-1);
  if (!before) return question;
  if (RESTRICT.test(question)) return SHARE_WORD.test(before) ? `${before} ${question}` : question;
  // fix16d: "and paid search?", "over time by month", "and in september?" after a share question
  // change one part of it: the share is still what is asked (of the member the turn names, by
  // period, in the new period). The turn comes after a question mark, so a member it names is the
  // one read (named-share.ts).
  if (!OTHER_PART.test(question) || OTHER_BREAKDOWN.test(question) || !asksShare(normalize(before)))
    return question;
  return `${before.trim().replace(/[?.!\s]+$/, "")}? ${question}`;
}
