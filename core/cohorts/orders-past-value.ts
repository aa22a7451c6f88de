/**
 * fix14d: "how many orders over $200 last month", "what share of orders were $50 or less": the
 * orders whose single value crosses a level, counted with their share of all orders and of
 * revenue. Average order value cannot answer it (a mean says nothing about how many orders sit
 * above a level), so it is read order by order beside the order-value distribution.
 */

/** A level on one order's revenue: over (gt), at least (gte), under (lt), at most (lte). */
export interface OrderValueLevel {
  op: "gt" | "gte" | "lt" | "lte";
  value: number;
}

/** The orders past the level: their count and revenue, and both as shares (0..1) of the group's. */
export interface OrdersPastValue {
  orders: number;
  revenue: number;
  orderShare: number;
  revenueShare: number;
}

const cents = (x: number) => Math.round(x * 100) / 100;

/** Whether one order's value is past the level. */
export function pastLevel(value: number, level: OrderValueLevel): boolean {
  if (level.op === "gt") return value > level.value;
  if (level.op === "gte") return value >= level.value;
  if (level.op === "lt") return value < level.value;
  return value <= level.value;
}

/**
 * The orders of `values` past `level`; shares are 0 when there are no orders (or no revenue).
 * @example ordersPastValue([50, 250, 300], { op: "gt", value: 200 }) // { orders: 2, revenue: 550, orderShare: 2/3, revenueShare: 550/600 }
 */
export function ordersPastValue(values: readonly number[], level: OrderValueLevel): OrdersPastValue {
  let orders = 0;
  let revenue = 0;
  let all = 0;
  for (const v of values) {
    all += v;
    if (!pastLevel(v, level)) continue;
    orders += 1;
    revenue += v;
  }
  return {
    orders,
    revenue: cents(revenue),
    orderShare: values.length ? orders / values.length : 0,
    revenueShare: all > 0 ? revenue / all : 0,
  };
}
