import { compoundRate } from "../../core/stats/series-steps.ts";

/**
 * The grounding set: every number a tool returned, plus a small, fixed family of deterministic
 * derivations of them. An answer may show these (rounded for display) and nothing else.
 */

/** Sorted values an answer may cite; build it with `collectGroundNumbers`. */
export interface GroundingSet {
  /** Ascending, de-duplicated, finite. */
  readonly values: Float64Array;
}

/** Above this many values in one metric group, pairs are limited to anchors and neighbours. */
export const PAIR_LIMIT = 30;
/** Objects with more numeric fields than this get no sibling pairs (they are wide rows, not comparisons). */
export const SIBLING_LIMIT = 8;

interface Leaf {
  value: number;
  /** Property name the number sits under (the array's name for arrays of numbers): the metric. */
  key: string;
  /** Path with array indices as `*`: the column, e.g. `rows.*.spend`. */
  column: string;
  /** True when no array lies on the path: totals, comparison values, single results. */
  anchor: boolean;
  /** For a number in an array element: the element's text fields ("channel=Search"), its identity. */
  row: string | undefined;
}

const NUMERIC_STRING = /^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i;

/**
 * Build the grounding set from tool results (any JSON). The rule, per tool result:
 * 1. Raw: every finite number, every string that is a number, the numbers inside other strings
 *    (names like "Spring Sale 15", no derivations), and the length of every array.
 * 2. Same metric: numbers under the same property name (a column across rows, its total, its
 *    comparison value) give ordered-pair derivations: b − a, (b − a) / a × 100, a / b, a / b × 100.
 *    When a metric has more than `PAIR_LIMIT` values, only pairs with an anchor (a value outside
 *    any array, e.g. a total) and consecutive values of one column (a trend step) are derived.
 * 3. Same column: the column sum, and each value's share of it (a / sum and a / sum × 100);
 *    and among rows that share one text field (every channel of one month), their sum and each
 *    value's share of it.
 *    The same metric in two rows with the same text fields (the "Search" row now and in the
 *    comparison) always pairs, as do the first and last values of a column (a trend's endpoints).
 *    A total of the same metric outside the rows less the column's sum: the rest a top N leaves
 *    out ("top 5 and the rest"), with its share of that total, also with any one listed row counted
 *    in the rest (a catch-all such as 'other' listed among them). A column of three or more values:
 *    the compound growth rate per row from its first to its last value (a monthly series' CMGR).
 * 4. Same object: numeric siblings of an object with 2..`SIBLING_LIMIT` numbers (current vs
 *    previous, current vs recommended spend, spend vs revenue) give the same pair derivations.
 * Signs are not derived separately: the verifier compares an unsigned figure by magnitude.
 */
export function collectGroundNumbers(toolResults: unknown[]): GroundingSet {
  const out: number[] = [];
  for (const result of toolResults) collectOne(result, out);
  const finite = out.filter((v) => Number.isFinite(v));
  const sorted = Float64Array.from(finite).sort();
  const unique: number[] = [];
  for (const v of sorted) if (unique.length === 0 || unique[unique.length - 1] !== v) unique.push(v);
  return { values: Float64Array.from(unique) };
}

function collectOne(result: unknown, out: number[]): void {
  const leaves: Leaf[] = [];
  walk(result, "", [], false, leaves, out);

  const byKey = group(leaves, (l) => l.key);
  for (const members of byKey.values()) {
    const values = members.map((l) => l.value);
    if (values.length <= PAIR_LIMIT) {
      allPairs(values, out);
      continue;
    }
    const anchors = members.filter((l) => l.anchor).map((l) => l.value);
    for (const a of anchors) for (const b of values) pair(a, b, out);
    for (const column of group(members, (l) => l.column).values()) {
      for (let i = 1; i < column.length; i++) pair(column[i - 1]!.value, column[i]!.value, out);
      pair(column[0]!.value, column[column.length - 1]!.value, out);
    }
    const identified = members.filter((l) => l.row !== undefined);
    for (const same of group(identified, (l) => l.row!).values())
      allPairs(
        same.map((l) => l.value),
        out,
      );
  }

  for (const members of group(leaves, (l) => l.column).values()) {
    if (members.length < 2) continue;
    const sum = members.reduce((s, l) => s + l.value, 0);
    out.push(sum);
    if (sum === 0) continue;
    for (const l of members) out.push(l.value / sum, (l.value / sum) * 100);
    restAndCompound(members, leaves, sum, out);
    // 3b. Rows sharing one text field (every channel of one month): each value's share of their sum.
    const parts = new Map<string, Leaf[]>();
    for (const l of members)
      for (const field of l.row?.split("|") ?? []) parts.set(field, [...(parts.get(field) ?? []), l]);
    for (const part of parts.values()) {
      if (part.length < 2 || part.length === members.length) continue;
      const whole = part.reduce((s, l) => s + l.value, 0);
      out.push(whole);
      if (whole !== 0) for (const l of part) out.push(l.value / whole, (l.value / whole) * 100);
    }
  }
}

/**
 * fix12a: the rest a listed column leaves out of its own total (a top N's "all others" row) and
 * the compound rate per step from the column's first value to its last.
 */
function restAndCompound(members: Leaf[], leaves: Leaf[], sum: number, out: number[]): void {
  const key = members[0]!.key;
  // Only a total beside the rows ("totals.revenue" next to "rows.*.revenue"), never a comparison
  // period's, and only when it exceeds the rows listed (a rest is what is left, not a change).
  const depth = members[0]!.column.split(".").length - 1;
  for (const total of leaves) {
    if (!total.anchor || total.key !== key || total.column.split(".").length !== depth) continue;
    if (sum < 0 || total.value <= sum) continue;
    const rest = total.value - sum;
    out.push(rest);
    if (total.value !== 0) out.push(rest / total.value, (rest / total.value) * 100);
    // fix14b: the rest with one listed row counted in it: a top N by state lists 'other' (states
    // not recorded by name) or one row past the N, and both belong to what the top N leaves out.
    for (const listed of members) {
      const wider = rest + listed.value;
      out.push(wider);
      if (total.value !== 0) out.push(wider / total.value, (wider / total.value) * 100);
    }
  }
  if (members.length < 3) return;
  const rate = compoundRate(members[0]!.value, members[members.length - 1]!.value, members.length - 1);
  if (rate !== undefined) out.push(rate, rate * 100);
}

/** Visit every value; push raw numbers to `out`, numeric leaves to `leaves`, sibling pairs to `out`. */
function walk(
  value: unknown,
  key: string,
  path: string[],
  inArray: boolean,
  leaves: Leaf[],
  out: number[],
  row?: string,
) {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return;
    out.push(value);
    leaves.push({ value, key, column: path.join("."), anchor: !inArray, row });
    return;
  }
  if (typeof value === "string") {
    const trimmed = value.trim();
    if (NUMERIC_STRING.test(trimmed)) {
      walk(Number(trimmed), key, path, inArray, leaves, out, row);
    } else {
      for (const m of trimmed.matchAll(/\d+(?:[.,]\d+)*/g)) {
        const n = Number(m[0].replaceAll(",", ""));
        if (Number.isFinite(n)) out.push(n);
      }
    }
    return;
  }
  if (Array.isArray(value)) {
    out.push(value.length);
    for (const item of value) walk(item, key, [...path, "*"], true, leaves, out);
    return;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    const identity = entries
      .filter(([, v]) => typeof v === "string" && !NUMERIC_STRING.test(v.trim()))
      .map(([k, v]) => `${k}=${v}`)
      .join("|");
    const rowId = inArray && identity !== "" ? identity : row;
    const siblings: number[] = [];
    for (const [k, v] of entries) {
      walk(v, k, [...path, k], inArray, leaves, out, rowId);
      const n =
        typeof v === "number" ? v : typeof v === "string" && NUMERIC_STRING.test(v.trim()) ? Number(v) : NaN;
      if (Number.isFinite(n)) siblings.push(n);
    }
    if (siblings.length >= 2 && siblings.length <= SIBLING_LIMIT) allPairs(siblings, out);
  }
}

function group<T>(items: T[], by: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const item of items) {
    const k = by(item);
    const list = m.get(k);
    if (list) list.push(item);
    else m.set(k, [item]);
  }
  return m;
}

function allPairs(values: number[], out: number[]): void {
  const distinct = [...new Set(values)];
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) pair(distinct[i]!, distinct[j]!, out);
  }
}

/** Both orders of: difference, percent change, ratio, ratio as a percentage. */
function pair(a: number, b: number, out: number[]): void {
  if (a === b) return;
  out.push(b - a);
  if (a !== 0) out.push(((b - a) / a) * 100, b / a, (b / a) * 100);
  if (b !== 0) out.push(((a - b) / b) * 100, a / b, (a / b) * 100);
}
