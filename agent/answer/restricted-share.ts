/**
 * fix10a: "now only paid channels" after "new customers' share of revenue by month": the planner
 * keeps the breakdown and adds the filter (agent/planner/restriction-turn.ts), and the presenters
 * read the share from the question, so a restriction-only turn is read with the share question it
 * narrows. Without it the narrowed answer listed the amounts and dropped the share asked for.
 */

/** "only", "just", "exclude", "without", "except", "limited to". */
const RESTRICT = /\b(?:only|just|exclud\w*|without|except|limit(?:ed)? to|restrict\w* to)\b/i;
/** A share asked for in so many words. */
const SHARE_WORD = /\b(?:share|percent|percentage|proportion|mix)\b|%/i;

/**
 * The question the presenters read: a short restriction-only turn after a share question is read
 * with that question before it; any other turn as asked.
 * @example restrictedShareQuestion("now only paid channels", ["new customer revenue share by month"])
 * // "new customer revenue share by month now only paid channels"
 */
export function restrictedShareQuestion(question: string, earlier: readonly string[]): string {
  if (!RESTRICT.test(question) || SHARE_WORD.test(question) || question.split(/\s+/).length > 8)
    return question;
  const before = earlier.at(-1);
  return before && SHARE_WORD.test(before) ? `${before} ${question}` : question;
}
