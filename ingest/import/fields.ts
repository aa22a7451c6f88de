/**
 * zod field parsers for the export format's text cells (CSV cells and NDJSON values alike arrive
 * as strings). Each message says what was expected, because it goes verbatim into the import
 * job's per-row error report.
 */
import { z } from "zod";

const INT_RE = /^-?\d{1,15}$/;
const DECIMAL_RE = /^-?\d{1,12}(\.\d{1,2})?$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
const KEY_RE = /^[a-z0-9_]{1,64}$/;

/**
 * A whole number >= 0 that fits a JavaScript number exactly, e.g. "1042". One transform rather than
 * regex + transform + refine: the import runs it on millions of cells, and each extra step of a
 * zod chain costs a pass and, on failure, an issue object.
 */
export const idCell = wholeNumber(Number.MAX_SAFE_INTEGER, "expected a whole number >= 0, e.g. 1042");

/** An integer id (campaigns.id is a 32-bit integer). */
export const int32IdCell = wholeNumber(2_147_483_647, "expected an id below 2147483648");

function wholeNumber(max: number, tooLarge: string) {
  return z.string().transform((s, ctx) => {
    if (!INT_RE.test(s)) {
      ctx.addIssue({ code: "custom", message: "expected a whole number, e.g. 1042", input: s });
      return z.NEVER;
    }
    const n = Number(s);
    if (n < 0) {
      ctx.addIssue({ code: "custom", message: "expected a whole number >= 0, e.g. 1042", input: s });
      return z.NEVER;
    }
    if (n > max) {
      ctx.addIssue({ code: "custom", message: tooLarge, input: s });
      return z.NEVER;
    }
    return n;
  });
}

/** A count >= 0, e.g. "1200". */
export const countCell = idCell;

/** A count that fits a 32-bit integer column. */
export const int32CountCell = int32IdCell;

/** Money or a fractional count with at most 2 decimals, e.g. "12.50" (kept as text: exact). */
export const decimalCell = z
  .string()
  .regex(DECIMAL_RE, "expected a number with at most 2 decimals, e.g. 12.50");

/** A calendar date, e.g. "2025-11-28". */
export const dateCell = z
  .string()
  .regex(DATE_RE, "expected a date YYYY-MM-DD, e.g. 2025-11-28")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "expected a real calendar date YYYY-MM-DD",
  );

/** An ISO-8601 instant with a zone, e.g. "2025-11-28T14:03:00.000Z". */
export const timestampCell = z
  .string()
  .regex(TS_RE, "expected an ISO-8601 timestamp with a zone, e.g. 2025-11-28T14:03:00.000Z")
  .refine(realInstant, "expected a real instant, e.g. 2025-11-28T14:03:00.000Z");

/**
 * Whether a TS_RE match names a real instant as PostgreSQL reads it. Date.parse alone is not
 * enough: it takes 2025-02-30 (as March 2) where PostgreSQL's COPY refuses the whole batch. Checked
 * by arithmetic on the digits the regex matched, not with Date objects: it runs on every row of an
 * import (fields.test.ts checks it against the Date-based reading it replaced).
 */
export function realInstant(s: string): boolean {
  const year = twoDigits(s, 0) * 100 + twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (twoDigits(s, 11) > 23 || twoDigits(s, 14) > 59 || twoDigits(s, 17) > 59) return false;
  if (s.charCodeAt(s.length - 1) === 90 /* Z */) return true;
  return twoDigits(s, s.length - 5) <= 15 && twoDigits(s, s.length - 2) <= 59;
}

/** The number two ASCII digits at `i` spell (the caller's regex matched digits there). */
function twoDigits(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
}

/** Days in a month of the proleptic Gregorian calendar (JavaScript's and PostgreSQL's). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A lower-case key such as a channel or platform, e.g. "paid_search". */
export const keyCell = z
  .string()
  .regex(KEY_RE, "expected a lower-case key of a-z, 0-9 and _, e.g. paid_search");

/** Free text of 1 to `max` characters (names, sources, order ids). */
export const textCell = (max: number, example: string) =>
  z
    .string()
    .min(1, `expected a non-empty text, e.g. ${example}`)
    .max(max, `expected at most ${max} characters`);

/**
 * An empty cell becomes null; anything else goes through `inner` (its messages kept). Not a
 * z.union: a union tries the "" branch first and builds an issue for every non-empty cell.
 */
export function nullable<T extends z.ZodType<unknown, string>>(inner: T) {
  return z.string().transform((s, ctx): z.output<T> | null => {
    if (s === "") return null;
    const r = inner.safeParse(s);
    if (r.success) return r.data as z.output<T>;
    for (const issue of r.error.issues) ctx.addIssue({ code: "custom", message: issue.message, input: s });
    return z.NEVER;
  });
}

/** "true"/"false" (also "t"/"f", "1"/"0"), as the export writes booleans. */
export const boolCell = z
  .enum(["true", "false", "t", "f", "1", "0"], { error: "expected true or false" })
  .transform((s) => s === "true" || s === "t" || s === "1");

/** A three-letter ISO 4217 currency code, e.g. "USD". */
export const currencyCell = z.string().regex(/^[A-Z]{3}$/, "expected a 3-letter currency code, e.g. USD");

/**
 * Fast checks, one per field above, for the import's hot path (ingest/import/import-records.ts).
 * Each accepts a cell only when its zod field accepts it and reads it as the very same text
 * (numbers without leading zeros, so a parsed id prints back as the cell). Anything else returns
 * false and the row goes through zod, which is what reports errors by line and field; so a fast
 * check may refuse more than zod does, never less (fields.test.ts checks this on random cells).
 * Per row, zod's objects and issue bookkeeping cost more than the database's COPY of the row.
 */
export type FastCheck = (cell: string) => boolean;

const CANONICAL_INT_RE = /^(?:0|[1-9]\d{0,14})$/;
const CURRENCY_RE = /^[A-Z]{3}$/;

export const fast = {
  id: (s: string) => CANONICAL_INT_RE.test(s),
  int32Id: (s: string) => CANONICAL_INT_RE.test(s) && (s.length < 10 || Number(s) <= 2_147_483_647),
  decimal: (s: string) => DECIMAL_RE.test(s),
  date: (s: string) =>
    DATE_RE.test(s) &&
    !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
    new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
  timestamp: (s: string) => TS_RE.test(s) && realInstant(s),
  key: (s: string) => KEY_RE.test(s),
  text: (max: number) => (s: string) => s.length >= 1 && s.length <= max,
  nullable: (inner: FastCheck) => (s: string) => s === "" || inner(s),
  bool: (s: string) => s === "true" || s === "false" || s === "t" || s === "f" || s === "1" || s === "0",
  currency: (s: string) => CURRENCY_RE.test(s),
} as const;
