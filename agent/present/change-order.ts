/**
 * fix9c: a comparison by member asked as a ranking of the change ("which campaign's cpa rose the
 * most", "biggest roas drop by channel"): members ordered by how far the metric moved in the asked
 * direction, and the top one named first. Ordered by the current value, the answer named the
 * member with the highest figure, which is a different question.
 */
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { type ChangeDirection, rankedBetter, rankedChange } from "../planner/change-ranking.ts";
import { FLAG_ASK, STANDS_OUT } from "../planner/flag-follow-up-intent.ts";
import { normalize } from "../planner/normalize.ts";

interface Cell {
  current: number | null;
  previous: number | null;
}

const num = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** The move of a row's cell, or undefined when either period has no value. */
function moveOf(cell: Cell | undefined): number | undefined {
  return cell && num(cell.current) && num(cell.previous) ? cell.current - cell.previous : undefined;
}

/**
 * The direction asked, when the question ranks members by a change (a comparison's answer: the
 * second period is named or, fix12c, the one before the named period).
 */
export function askedChange(question: string | undefined, metric?: string): ChangeDirection | undefined {
  if (!question) return undefined;
  // fix19b: "what are the 3 things I should flag": the members that moved most, either way.
  return (
    rankedChange(question) ??
    (FLAG_ASK.test(normalize(question)) || STANDS_OUT.test(normalize(question)) ? "any" : undefined) ??
    (metric ? bestMove(question, metric) : undefined)
  );
}

/**
 * fix21a: "which one improved most vs september": a better (or worse) move is a rise for a figure
 * where higher is better and a fall for a cost (the catalog's higherIsBetter), so the member named
 * first is the one that improved most, not the one with the highest figure.
 * @example bestMove("which one improved most vs september", "cpa") // "down"
 */
export function bestMove(question: string, metric: string): ChangeDirection | undefined {
  const asked = rankedBetter(question);
  if (!asked) return undefined;
  const higherIsBetter = standardCatalog.metrics.get(metric)?.higherIsBetter ?? true;
  return (asked === "better") === higherIsBetter ? "up" : "down";
}

/**
 * Rows ordered by the move in `direction` (largest rise first, largest fall first, or largest
 * either way); rows without both values last, in their order.
 * @example orderByChange(rows, "cpa", "up")[0] // the row whose CPA rose most
 */
export function orderByChange<R extends Record<string, unknown>>(
  rows: readonly R[],
  metric: string,
  direction: ChangeDirection,
): R[] {
  const score = (row: R) => {
    const m = moveOf(row[metric] as Cell | undefined);
    if (m === undefined) return Number.NEGATIVE_INFINITY;
    return direction === "up" ? m : direction === "down" ? -m : Math.abs(m);
  };
  return [...rows].sort((a, b) => score(b) - score(a));
}

/** "Largest increase", "Largest decrease", "Largest change": the heading word for the direction. */
export function changeWord(direction: ChangeDirection): string {
  return direction === "up" ? "increase" : direction === "down" ? "decrease" : "change";
}

/** Whether the top row moved in the asked direction at all (a "largest rise" that fell is none). */
export function movedAsAsked(
  row: Record<string, unknown> | undefined,
  metric: string,
  direction: ChangeDirection,
) {
  const m = moveOf(row?.[metric] as Cell | undefined);
  if (m === undefined) return false;
  return direction === "up" ? m > 0 : direction === "down" ? m < 0 : m !== 0;
}
