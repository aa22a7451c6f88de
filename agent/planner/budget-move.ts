/**
 * How much of a channel a move without an amount takes (fix6d): "should we move money from display
 * to paid social", "shift some budget from affiliate to search", "move 20% from display to meta".
 * Read as nothing, the question was answered with a whole-budget plan that never scored the move.
 * With no amount, a fifth of the source's spend is moved (the answer says so), enough to show what
 * the move does at the margin without leaving the spend levels the history covers.
 */

/** One side of a move as a what-if change. */
export type MoveSide = { changeAmount: number } | { changePercent: number } | { receives: true };

/** Share of the source's spend moved when the question gives no amount, in percent. */
export const DEFAULT_MOVE_PERCENT = 20;

const NO_AMOUNT =
  /^(?:some|a bit|a little|part|a part|a chunk|a portion|more)?\s*(?:of\s+)?(?:the\s+|our\s+|my\s+)?(?:money|budget|spend|spending|dollars|funds|cash|investment)?$/;

/**
 * The percent of the source's spend a move's words ask for, or undefined when they name something else.
 * @example moveShare("money") // 20
 * @example moveShare("30% of the budget") // 30
 * @example moveShare("the campaigns") // undefined
 */
export function moveShare(words: string): number | undefined {
  const pct =
    /^(\d+(?:\.\d+)?)\s*(?:%|percent|pct)(?:\s+of\s+(?:the\s+|our\s+)?(?:budget|spend|money))?$/.exec(
      words.trim(),
    );
  if (pct) {
    const n = Number(pct[1]);
    return n > 0 && n <= 100 ? n : undefined;
  }
  const w = words.trim();
  return w.length > 0 && NO_AMOUNT.test(w) ? DEFAULT_MOVE_PERCENT : undefined;
}
