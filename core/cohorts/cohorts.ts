/**
 * Customer cohorts and lifetime value: customers grouped by the month of their first order or by
 * the channel of their first touch, with repeat-purchase rate and cumulative revenue per customer
 * at fixed horizons after the first order, and LTV:CAC where acquisition cost is known.
 *
 * A horizon counts only customers observed for all of it (first order at least `h` days before the
 * data end): averaging young customers in would understate LTV by however much of their life the
 * data has not seen yet. A horizon no customer of a cohort has reached is null, never 0.
 */

/** Days after the first order at which cumulative revenue per customer is reported. */
export const LTV_HORIZONS = [30, 60, 90, 180, 365] as const;

const DAY_MS = 86_400_000;

/** One customer's orders, first order first (the caller sorts). */
export interface CohortCustomer {
  customerId: number;
  /** Cohort key: the first order's month ("2026-03") or first-touch channel ("paid_search"). */
  cohort: string;
  /** Orders (time in epoch ms, revenue), in time order; the first is the customer's first order. */
  orders: { ts: number; revenue: number }[];
}

/** Figures at one horizon. */
export interface HorizonValue {
  days: number;
  /** Customers whose first order is at least `days` before the data end. */
  customers: number;
  /** Revenue of those customers' orders placed within `days` of their first order, per customer. */
  revenuePerCustomer: number | null;
  /** Share of those customers with a second order within `days`. */
  repeatRate: number | null;
}

/** One cohort's row. */
export interface CohortRow {
  cohort: string;
  customers: number;
  orders: number;
  revenue: number;
  /** Customers with two or more orders by the data end. */
  repeatCustomers: number;
  repeatRate: number;
  horizons: HorizonValue[];
}

/**
 * Cohort rows from customers, in cohort key order.
 * `dataEnd` is the epoch ms where observation stops (the end of the data's last day).
 * @example cohortTable([{ customerId: 1, cohort: "2026-01", orders: [{ ts: 0, revenue: 50 }] }], 100 * 86_400_000, [30])
 * // [{ cohort: "2026-01", customers: 1, ..., horizons: [{ days: 30, customers: 1, revenuePerCustomer: 50, repeatRate: 0 }] }]
 */
export function cohortTable(
  customers: readonly CohortCustomer[],
  dataEnd: number,
  horizons: readonly number[] = LTV_HORIZONS,
): CohortRow[] {
  const groups = new Map<string, CohortCustomer[]>();
  for (const c of customers) {
    if (c.orders.length === 0) continue;
    const list = groups.get(c.cohort) ?? [];
    list.push(c);
    groups.set(c.cohort, list);
  }
  return [...groups.keys()].sort().map((cohort) => cohortRow(cohort, groups.get(cohort)!, dataEnd, horizons));
}

function cohortRow(
  cohort: string,
  members: readonly CohortCustomer[],
  dataEnd: number,
  horizons: readonly number[],
): CohortRow {
  let orders = 0;
  let revenue = 0;
  let repeatCustomers = 0;
  for (const c of members) {
    orders += c.orders.length;
    for (const o of c.orders) revenue += o.revenue;
    if (c.orders.length >= 2) repeatCustomers += 1;
  }
  return {
    cohort,
    customers: members.length,
    orders,
    revenue,
    repeatCustomers,
    repeatRate: repeatCustomers / members.length,
    horizons: horizons.map((days) => horizonValue(members, dataEnd, days)),
  };
}

function horizonValue(members: readonly CohortCustomer[], dataEnd: number, days: number): HorizonValue {
  const span = days * DAY_MS;
  let customers = 0;
  let revenue = 0;
  let repeat = 0;
  for (const c of members) {
    const first = c.orders[0]!.ts;
    if (first + span > dataEnd) continue;
    customers += 1;
    let n = 0;
    for (const o of c.orders) {
      if (o.ts - first >= span) break;
      revenue += o.revenue;
      n += 1;
    }
    if (n >= 2) repeat += 1;
  }
  return {
    days,
    customers,
    revenuePerCustomer: customers > 0 ? revenue / customers : null,
    repeatRate: customers > 0 ? repeat / customers : null,
  };
}

/** A channel's acquisition cost and LTV:CAC at one horizon. */
export interface LtvToCac {
  channel: string;
  newCustomers: number;
  spend: number;
  /** Spend over new customers; null for a channel without spend or without new customers. */
  cac: number | null;
  days: number;
  ltv: number | null;
  /** LTV over CAC; null when either is unknown. */
  ltvToCac: number | null;
}

/**
 * LTV:CAC per first-touch channel: the channel's spend over the period divided by the customers it
 * first touched, against their revenue per customer at `days`.
 * @example ltvToCac(rows, { paid_search: 1000 }, 90)
 */
export function ltvToCac(
  rows: readonly CohortRow[],
  spendByChannel: Readonly<Record<string, number>>,
  days: number,
): LtvToCac[] {
  return rows.map((r) => {
    const spend = spendByChannel[r.cohort] ?? 0;
    const cac = spend > 0 && r.customers > 0 ? spend / r.customers : null;
    const ltv = r.horizons.find((h) => h.days === days)?.revenuePerCustomer ?? null;
    return {
      channel: r.cohort,
      newCustomers: r.customers,
      spend,
      cac,
      days,
      ltv,
      ltvToCac: cac !== null && ltv !== null ? ltv / cac : null,
    };
  });
}
