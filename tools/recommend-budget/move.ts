/**
 * A move of money between two members ("move $5k from display to meta", "should we shift money from
 * display to paid social"), fix6d: the source gives up an amount or a share of its spend and the
 * other member receives exactly that. When the amount is more than the source spends, the nearest
 * move is all of it (said in the answer), rather than refusing the question.
 */
import type { BudgetChange } from "./definition.ts";

/** The move as resolved against current spend. */
export interface ResolvedMove {
  from: string;
  to: string;
  /** Money moved over the planning period. */
  amount: number;
  /** The share of the source's spend asked for (no amount given), else null. */
  percentOfSource: number | null;
  /** The amount asked for when it was more than the source spends (then `amount` is all of it), else null. */
  askedAmount: number | null;
}

/** Index of the giving and receiving change when `changes` is a move between two members. */
export function moveSides(changes: readonly BudgetChange[]): { from: number; to: number } | undefined {
  if (changes.length !== 2) return undefined;
  const [a, b] = changes as [BudgetChange, BudgetChange];
  if (b.receives && !a.receives && (a.changeAmount ?? a.changePercent ?? 0) < 0) return { from: 0, to: 1 };
  if (a.receives && !b.receives && (b.changeAmount ?? b.changePercent ?? 0) < 0) return { from: 1, to: 0 };
  if (a.changeAmount !== undefined && b.changeAmount !== undefined && a.changeAmount === -b.changeAmount) {
    if (a.changeAmount < 0) return { from: 0, to: 1 };
    if (b.changeAmount < 0) return { from: 1, to: 0 };
  }
  return undefined;
}

/**
 * Resolve a move: the source's new spend (never below zero) and what the receiver gets.
 * @example resolveMove({ changeAmount: -5000 }, 1866.27) // { given: 1866.27, askedAmount: 5000 }
 */
export function resolveMove(
  source: BudgetChange,
  sourceSpend: number,
): { given: number; askedAmount: number | null; percentOfSource: number | null } {
  if (source.changePercent !== undefined)
    return {
      given: (sourceSpend * -source.changePercent) / 100,
      askedAmount: null,
      percentOfSource: -source.changePercent,
    };
  const asked = -(source.changeAmount ?? 0);
  return asked > sourceSpend
    ? { given: sourceSpend, askedAmount: asked, percentOfSource: null }
    : { given: asked, askedAmount: null, percentOfSource: null };
}
