/**
 * Typed cell readers for adapters: each throws a RowError naming the column and what was expected,
 * so the import's error report says "line 7, Cost: expected a number, got "12,3,4"".
 */
import {
  type DateOrder,
  type DecimalMark,
  parseCount,
  parseDate,
  parseNumber,
  parseTimestamp,
} from "./cells.ts";
import { RowError, type SourceRow } from "./types.ts";

/** The first of `names` that the header has, for exports that renamed a column over time. */
export function column(header: readonly string[], ...names: string[]): string | undefined {
  return names.find((n) => header.includes(n));
}

/** A text cell, trimmed; throws when required and empty. */
export function text(row: SourceRow, col: string, required = true): string {
  const v = (row[col] ?? "").trim();
  if (required && v === "") throw new RowError(col, "a value", row[col]);
  return v;
}

/** A number cell ("--" and empty are 0). */
export function num(row: SourceRow, col: string | undefined, decimal?: DecimalMark): number {
  if (col === undefined) return 0;
  const n = parseNumber(row[col], decimal);
  if (n === undefined) throw new RowError(col, "a number", row[col]);
  return n;
}

/** A count cell: a whole number, not negative. */
export function count(row: SourceRow, col: string | undefined, decimal?: DecimalMark): number {
  if (col === undefined) return 0;
  const n = parseCount(row[col], decimal);
  if (n === undefined) throw new RowError(col, "a whole number", row[col]);
  return n;
}

/** A calendar date cell as YYYY-MM-DD. */
export function day(row: SourceRow, col: string, order?: DateOrder): string {
  const d = parseDate(row[col], order);
  if (d === undefined) throw new RowError(col, "a date such as 2026-03-01", row[col]);
  return d;
}

/** A timestamp cell with a UTC offset, as ISO UTC. */
export function timestamp(row: SourceRow, col: string): string {
  const t = parseTimestamp(row[col]);
  if (t === undefined)
    throw new RowError(col, "a time with its UTC offset, e.g. 2026-03-01 10:15:22 -0500", row[col]);
  return t;
}

/** A currency code cell (ISO 4217), or null when the column is absent or empty. */
export function currency(row: SourceRow, col: string | undefined): string | null {
  if (col === undefined) return null;
  const v = (row[col] ?? "").trim().toUpperCase();
  if (v === "") return null;
  if (!/^[A-Z]{3}$/.test(v)) throw new RowError(col, "a currency code such as USD", row[col]);
  return v;
}
