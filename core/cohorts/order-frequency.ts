/**
 * How often customers bought in a period: of the customers with an order in the period, how many
 * ordered once, twice, three times ... and how many ordered at least N times (with their share).
 * "How many customers bought twice or more this year" counts orders inside the period, not a
 * customer's whole history (that is the cohorts' repeat rate, which follows a first order).
 */

/** One row of the distribution: customers with exactly `orders` orders (the last row is "or more"). */
export interface FrequencyBucket {
  /** Orders in the period; the last bucket means this many or more. */
  orders: number;
  /** Whether the bucket is "`orders` or more". */
  orMore: boolean;
  customers: number;
  /** Share of all customers with an order in the period. */
  share: number;
}

/** The order-frequency figures of a period. */
export interface OrderFrequency {
  /** Customers with at least one order in the period. */
  customers: number;
  orders: number;
  /** orders / customers; null when there is no customer. */
  ordersPerCustomer: number | null;
  /** Customers with exactly one order in the period. */
  oneTime: number;
  oneTimeShare: number | null;
  /** The threshold asked for: customers with at least `minOrders` orders in the period. */
  minOrders: number;
  atLeast: number;
  atLeastShare: number | null;
  /** Revenue of those customers' orders in the period, and its share of the period's revenue. */
  atLeastRevenue: number;
  atLeastRevenueShare: number | null;
  /** Customers by order count: 1, 2, ... up to the open-ended last bucket. */
  distribution: FrequencyBucket[];
}

/** The open-ended last bucket of the distribution ("5 or more") unless the threshold is higher. */
const LAST_BUCKET = 5;

/**
 * Order frequency over customers' order counts in a period (one entry per customer with at least
 * one order). `minOrders` is the threshold asked for (2 for "bought more than once").
 * @example orderFrequency([{ orders: 1, revenue: 10 }, { orders: 3, revenue: 90 }], 2)
 * // { customers: 2, orders: 4, ordersPerCustomer: 2, oneTime: 1, oneTimeShare: 0.5, minOrders: 2,
 * //   atLeast: 1, atLeastShare: 0.5, atLeastRevenue: 90, atLeastRevenueShare: 0.9, distribution: [...] }
 */
export function orderFrequency(
  customers: readonly { orders: number; revenue: number }[],
  minOrders: number,
): OrderFrequency {
  const buyers = customers.filter((c) => c.orders >= 1);
  const n = buyers.length;
  const share = (k: number) => (n === 0 ? null : k / n);
  const orders = buyers.reduce((s, c) => s + c.orders, 0);
  const revenue = buyers.reduce((s, c) => s + c.revenue, 0);
  const heavy = buyers.filter((c) => c.orders >= minOrders);
  const heavyRevenue = heavy.reduce((s, c) => s + c.revenue, 0);
  const oneTime = buyers.filter((c) => c.orders === 1).length;
  const last = Math.max(LAST_BUCKET, minOrders);
  const distribution: FrequencyBucket[] = [];
  for (let k = 1; k <= last; k++) {
    const count = buyers.filter((c) => (k === last ? c.orders >= k : c.orders === k)).length;
    distribution.push({ orders: k, orMore: k === last, customers: count, share: n === 0 ? 0 : count / n });
  }
  return {
    customers: n,
    orders,
    ordersPerCustomer: n === 0 ? null : orders / n,
    oneTime,
    oneTimeShare: share(oneTime),
    minOrders,
    atLeast: heavy.length,
    atLeastShare: share(heavy.length),
    atLeastRevenue: heavyRevenue,
    atLeastRevenueShare: revenue === 0 ? null : heavyRevenue / revenue,
    distribution,
  };
}
