/**
 * Lines the incrementality columns up with the channel histories: one array slot per calendar day
 * of the histories' range, so day t of every series is the same date. History days the columns do
 * not cover cannot be modelled, so alignment reports them instead of guessing zeros (a zero would
 * read as a day without orders).
 */
import { dateFromDayNumber, dayNumber } from "../stats/dates.ts";
import type { IncrementalityInput } from "./incrementality-schema.ts";

/** Per-day arrays over a contiguous date range. */
export interface AlignedDays {
  firstDate: string;
  n: number;
  newCustomers: number[];
  newCustomerRevenue: number[];
  /** Sessions of all channels per day. */
  totalSessions: number[];
  /** Per channel, sessions per day. */
  sessions: Map<string, number[]>;
  /** Per channel, new-customer credit per day. */
  credit: Map<string, number[]>;
}

/**
 * The `n` days from `firstDate`, or `{ missing, count }`: the first five history dates the columns
 * do not cover and how many there are.
 * @example
 * alignDays(input, "2026-05-05", 180); // { firstDate: "2026-05-05", n: 180, newCustomers: [...], ... }
 */
export function alignDays(
  input: IncrementalityInput,
  firstDate: string,
  n: number,
): AlignedDays | { missing: string[]; count: number } {
  const offset = dayNumber(firstDate) - dayNumber(input.firstDate);
  const have = input.newCustomers.length;
  const from = Math.max(0, -offset);
  const to = Math.min(n, have - offset);
  if (from > 0 || to < n) {
    const first = dayNumber(firstDate);
    const missing: string[] = [];
    for (let t = 0; t < n && missing.length < 5; t++) {
      if (t < from || t >= to) missing.push(dateFromDayNumber(first + t));
    }
    return { missing, count: n - Math.max(0, to - from) };
  }
  const cut = (xs: readonly number[]) => xs.slice(offset, offset + n);
  const sessions = new Map(Object.entries(input.sessions).map(([c, xs]) => [c, cut(xs)]));
  const totalSessions = new Array<number>(n).fill(0);
  for (const xs of sessions.values()) for (let t = 0; t < n; t++) totalSessions[t]! += xs[t]!;
  return {
    firstDate,
    n,
    newCustomers: cut(input.newCustomers),
    newCustomerRevenue: cut(input.newCustomerRevenue),
    totalSessions,
    sessions,
    credit: new Map(Object.entries(input.newCustomerCredit).map(([c, xs]) => [c, cut(xs)])),
  };
}
