/**
 * The distribution of single order values: per group (a month, a week, new vs returning
 * customers, or all orders) the order count, the mean and the asked percentiles of the orders'
 * revenue, using core/stats/percentile.ts (linear interpolation, numpy's default). The mean is the
 * average order value (revenue / orders) the other tools report, kept beside the percentiles so an
 * answer can say how far large orders pull the mean above the median.
 */
import { percentileOfSorted } from "../stats/percentile.ts";
import { type OrdersPastValue, type OrderValueLevel, ordersPastValue } from "./orders-past-value.ts";

/** One order: the group it falls in and its revenue. */
export interface OrderValue {
  group: string;
  revenue: number;
}

/** One percentile of a group's order values. */
export interface PercentileValue {
  percentile: number;
  value: number;
}

/** One group's order-value distribution, amounts in cents precision. */
export interface OrderValueRow {
  group: string;
  orders: number;
  revenue: number;
  mean: number;
  percentiles: PercentileValue[];
  /** fix14d: the orders past a level asked ("orders over $200"), when one was. */
  past?: OrdersPastValue;
}

const cents = (x: number) => Math.round(x * 100) / 100;

function rowOf(
  group: string,
  values: number[],
  ps: readonly number[],
  level?: OrderValueLevel,
): OrderValueRow {
  const sorted = [...values].sort((a, b) => a - b);
  const revenue = sorted.reduce((s, v) => s + v, 0);
  return {
    group,
    orders: sorted.length,
    revenue: cents(revenue),
    mean: cents(revenue / sorted.length),
    percentiles: ps.map((p) => ({ percentile: p, value: cents(percentileOfSorted(sorted, p)) })),
    ...(level ? { past: ordersPastValue(sorted, level) } : {}),
  };
}

/**
 * Rows per group (in the order groups first appear; callers sort the orders) and the row of every
 * order together; a group with no orders has no row.
 * @example orderValueDistribution([{ group: "a", revenue: 10 }, { group: "a", revenue: 30 }], [50])
 * // { rows: [{ group: "a", orders: 2, revenue: 40, mean: 20, percentiles: [{ percentile: 50, value: 20 }] }], all: {...} }
 */
export function orderValueDistribution(
  orders: readonly OrderValue[],
  ps: readonly number[],
  level?: OrderValueLevel,
): { rows: OrderValueRow[]; all: OrderValueRow | null } {
  const groups = new Map<string, number[]>();
  for (const o of orders) {
    const list = groups.get(o.group);
    if (list) list.push(o.revenue);
    else groups.set(o.group, [o.revenue]);
  }
  const rows = [...groups].map(([group, values]) => rowOf(group, values, ps, level));
  const all = orders.length
    ? rowOf(
        "all",
        orders.map((o) => o.revenue),
        ps,
        level,
      )
    : null;
  return { rows, all };
}
