/**
 * Two lifecycle counts a marketer defines by the dates of a customer's orders, not by a first-order
 * cohort: customers whose SECOND order fell in a period (a repeat milestone reached in the period,
 * whenever the first order was), and customers who LAPSED: no order in the last N days as of a day
 * (the user's own churn definition). Dates are local calendar days (YYYY-MM-DD, the organization's
 * time zone), so the arithmetic is exact and the answer can state its cut-off day.
 */

/** One customer's order days, oldest first (a customer with no order is not a customer here). */
export interface LifecycleCustomer {
  orderDays: string[];
  /** fix20f: each order's revenue, in the order of `orderDays` (absent: counted as 0). */
  orderRevenue?: number[];
}

/** Customers whose second order is in [from, to]. */
export interface SecondOrderCount {
  from: string;
  to: string;
  /** Customers whose second order (in the data) is in the period. */
  secondOrders: number;
  /** Of those, how many placed their first order in the same period. */
  firstInPeriod: number;
  /** Of those, how many placed their first order before the period. */
  firstBefore: number;
  /** Customers whose first order is in the period (the period's new customers), for context. */
  newCustomers: number;
}

/** Customers with no order in the `days` days ending on `asOf`. */
export interface LapsedCount {
  asOf: string;
  days: number;
  /** First day of the window ("the last N days" = windowFrom .. asOf, both included). */
  windowFrom: string;
  /** The latest last-order day that counts as lapsed (the day before windowFrom). */
  lastOrderOnOrBefore: string;
  /** Customers with at least one order on or before asOf. */
  customers: number;
  lapsed: number;
  lapsedShare: number | null;
  /** Customers with an order inside the window. */
  active: number;
  /** Lapsed customers who ordered only once. */
  lapsedOneTime: number;
  /** fix20f: the lapsed customers' orders on or before the as-of day (all before the window). */
  lapsedOrders: number;
  /** fix20f: those orders' revenue: what the lapsed customers spent with us before they lapsed. */
  lapsedRevenue: number;
  /** fix20f: lapsedRevenue per lapsed customer (null with none lapsed). */
  lapsedRevenuePerCustomer: number | null;
  /** The earliest order day known (null with no customer): a window reaching it cannot show lapses. */
  earliestOrder: string | null;
}

/** YYYY-MM-DD plus `n` days (n may be negative), by the calendar. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + n)).toISOString().slice(0, 10);
}

/**
 * @example secondOrderCount([{ orderDays: ["2026-06-01", "2026-07-04"] }], "2026-07-01", "2026-09-30")
 * // { secondOrders: 1, firstInPeriod: 0, firstBefore: 1, newCustomers: 0, ... }
 */
export function secondOrderCount(customers: LifecycleCustomer[], from: string, to: string): SecondOrderCount {
  let secondOrders = 0;
  let firstInPeriod = 0;
  let newCustomers = 0;
  for (const c of customers) {
    const [first, second] = c.orderDays;
    if (first && first >= from && first <= to) newCustomers++;
    if (!second || second < from || second > to) continue;
    secondOrders++;
    if (first! >= from) firstInPeriod++;
  }
  return { from, to, secondOrders, firstInPeriod, firstBefore: secondOrders - firstInPeriod, newCustomers };
}

/**
 * @example lapsedCount([{ orderDays: ["2026-01-10"] }, { orderDays: ["2026-10-01"] }], "2026-10-31", 180)
 * // { lapsed: 1, active: 1, customers: 2, windowFrom: "2026-05-05", lastOrderOnOrBefore: "2026-05-04", lapsedOrders: 1, ... }
 */
export function lapsedCount(customers: LifecycleCustomer[], asOf: string, days: number): LapsedCount {
  const windowFrom = addDays(asOf, -(days - 1));
  let total = 0;
  let lapsed = 0;
  let lapsedOneTime = 0;
  let lapsedOrders = 0;
  let lapsedRevenue = 0;
  let earliestOrder: string | null = null;
  for (const c of customers) {
    const seen = c.orderDays.filter((d) => d <= asOf);
    const last = seen[seen.length - 1];
    if (!last) continue;
    if (earliestOrder === null || seen[0]! < earliestOrder) earliestOrder = seen[0]!;
    total++;
    if (last >= windowFrom) continue;
    lapsed++;
    if (seen.length === 1) lapsedOneTime++;
    lapsedOrders += seen.length;
    for (let i = 0; i < seen.length; i++) lapsedRevenue += c.orderRevenue?.[i] ?? 0;
  }
  return {
    asOf,
    days,
    windowFrom,
    lastOrderOnOrBefore: addDays(windowFrom, -1),
    customers: total,
    lapsed,
    lapsedShare: total ? lapsed / total : null,
    active: total - lapsed,
    lapsedOneTime,
    lapsedOrders,
    lapsedRevenue,
    lapsedRevenuePerCustomer: lapsed ? lapsedRevenue / lapsed : null,
    earliestOrder,
  };
}
