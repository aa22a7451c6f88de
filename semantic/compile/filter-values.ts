/**
 * Filter values checked against their dimension's value type before they become SQL parameters.
 * A parameter PostgreSQL cannot cast to the column's type fails the whole statement (22P02 for
 * `campaign = '5003 OR 1=1'`, 22003 for an id beyond 32 bits), which reached callers as a 500;
 * here it is a 400 naming the filter's field path.
 */
import type { Dimension } from "../catalog/types.ts";
import type { Filter } from "../query/types.ts";
import { invalidQuery } from "./errors.ts";

// Integer dimensions are PostgreSQL `integer` columns (campaign ids).
const INT_MIN = -2_147_483_648;
const INT_MAX = 2_147_483_647;

/** How a rejected value is quoted in a message: JSON, cut short so a huge value stays readable. */
function shown(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}

/**
 * Why `value` cannot be compared with a dimension of `valueType`, or undefined when it can.
 * An integer dimension takes a whole number in the 32-bit range, as a number or as digits.
 * @example valueTypeProblem("integer", "5003 OR 1=1") // "expected an integer id, e.g. 5003, got \"5003 OR 1=1\""
 * @example valueTypeProblem("integer", "5003") // undefined
 */
export function valueTypeProblem(
  valueType: Dimension["valueType"],
  value: string | number,
): string | undefined {
  if (valueType !== "integer") return undefined;
  const n = typeof value === "number" ? value : /^-?\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isInteger(n) && n >= INT_MIN && n <= INT_MAX) return undefined;
  return `expected an integer id, e.g. 5003, got ${shown(value)}`;
}

/**
 * Throw input.invalid (path `filters.<i>.value` or `filters.<i>.values.<j>`) for the first value of
 * a dimension filter its dimension cannot hold. `contains` matches the value's text, so any text goes.
 */
export function checkFilterValues(dimension: Dimension, filter: Filter, index: number): void {
  const check = (value: string | number | null, path: string) => {
    if (value === null) return;
    const problem = valueTypeProblem(dimension.valueType, value);
    if (problem) throw invalidQuery(path, `dimension '${dimension.key}' ${problem}`);
  };
  if (filter.op === "eq" || filter.op === "neq") check(filter.value, `filters.${index}.value`);
  if (filter.op === "in" || filter.op === "not_in") {
    filter.values.forEach((v, j) => {
      check(v, `filters.${index}.values.${j}`);
    });
  }
}
