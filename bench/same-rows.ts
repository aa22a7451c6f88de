/**
 * Result equality for the semantic benchmark: the compiled statement and the hand-written one
 * must return the same rows in the same order with the same values before their times mean
 * anything. Numbers match when they agree to a millionth of their size (money to well under a
 * cent: the compiler sums numeric columns and may divide in a different order); everything else
 * must be identical.
 */
import type { Row } from "../db/database.ts";

/** Relative tolerance for numbers (1e-6 of the larger magnitude, at least 1e-6 absolute). */
const RELATIVE = 1e-6;

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= RELATIVE * Math.max(1, Math.abs(a), Math.abs(b));
  }
  return a === b || (a == null && b == null);
}

/**
 * The first difference between `expected` (compiled) and `actual` (hand-written) rows, compared on
 * the expected rows' columns in order, or undefined when they agree.
 * @example firstDifference([{ spend: 1.004 }], [{ spend: 1.004 }]) // undefined
 */
export function firstDifference(expected: readonly Row[], actual: readonly Row[]): string | undefined {
  if (expected.length !== actual.length) return `${expected.length} rows vs ${actual.length}`;
  for (const [i, row] of expected.entries()) {
    const other = actual[i]!;
    for (const column of Object.keys(row)) {
      if (!(column in other)) return `row ${i}: no column "${column}" in the hand-written result`;
      if (!sameValue(row[column], other[column])) {
        return `row ${i} column "${column}": ${JSON.stringify(row[column])} vs ${JSON.stringify(other[column])}`;
      }
    }
  }
  return undefined;
}
