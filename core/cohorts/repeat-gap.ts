/**
 * Time between a customer's first and second order (fix8e): "median days until a customer orders
 * again". Only customers who did order twice have a gap, so every figure comes with how many
 * repeaters it is over and how many customers they are out of: customers who have not come back yet
 * are not in the median (their gap is unknown, not zero), which the answer says.
 */
import type { CohortCustomer } from "./cohorts.ts";

const DAY_MS = 86_400_000;

/** One cohort's gap figures. */
export interface RepeatGapRow {
  cohort: string;
  /** Customers in the cohort (with at least one order). */
  customers: number;
  /** Customers with a second order by the data end: the ones the gap is measured over. */
  repeaters: number;
  /** Median days from the first to the second order, one decimal; null without a repeater. */
  medianDays: number | null;
  /** Mean days from the first to the second order, one decimal; null without a repeater. */
  meanDays: number | null;
  /** Share of repeaters whose second order came within 30 days of the first; null without one. */
  within30: number | null;
}

const oneDecimal = (v: number) => Math.round(v * 10) / 10;

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function gapRow(cohort: string, members: readonly CohortCustomer[]): RepeatGapRow {
  const gaps: number[] = [];
  for (const c of members) {
    const [first, second] = c.orders;
    if (first && second) gaps.push((second.ts - first.ts) / DAY_MS);
  }
  gaps.sort((a, b) => a - b);
  const n = gaps.length;
  return {
    cohort,
    customers: members.length,
    repeaters: n,
    medianDays: n ? oneDecimal(median(gaps)) : null,
    meanDays: n ? oneDecimal(gaps.reduce((s, g) => s + g, 0) / n) : null,
    within30: n ? gaps.filter((g) => g < 30).length / n : null,
  };
}

/**
 * Gap rows per cohort (in cohort key order) and for every customer together; customers' orders
 * must be in time order, first order first (as for cohortTable).
 * @example repeatGaps([{ customerId: 1, cohort: "a", orders: [{ ts: 0, revenue: 1 }, { ts: 10 * 86_400_000, revenue: 1 }] }])
 * // { overall: { cohort: "all", customers: 1, repeaters: 1, medianDays: 10, meanDays: 10, within30: 1 }, rows: [...] }
 */
export function repeatGaps(customers: readonly CohortCustomer[]): {
  overall: RepeatGapRow;
  rows: RepeatGapRow[];
} {
  const withOrders = customers.filter((c) => c.orders.length > 0);
  const groups = new Map<string, CohortCustomer[]>();
  for (const c of withOrders) groups.set(c.cohort, [...(groups.get(c.cohort) ?? []), c]);
  return {
    overall: gapRow("all", withOrders),
    rows: [...groups.keys()].sort().map((k) => gapRow(k, groups.get(k)!)),
  };
}
