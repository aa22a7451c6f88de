/**
 * leftD: finds the one customer a question describes instead of naming ("the customer with the
 * biggest order in October", "whoever ordered most this year", "the first buyer on Oct 3"), so the
 * journeys tool can show that customer's timeline. Per organization; dates are org-local and
 * inclusive; ties are broken by time, then order id / customer id, so the pick is deterministic.
 */
import type { Queryable } from "../database.ts";

/** How the customer is picked among the period's orders. */
export const CUSTOMER_PICKS = [
  "largest_order",
  "most_orders",
  "most_revenue",
  "first_order",
  "last_order",
] as const;
export type CustomerPick = (typeof CUSTOMER_PICKS)[number];

const IN_PERIOD = `c.organization_id = $1
  AND c.ts >= ($2::date)::timestamp AT TIME ZONE $4
  AND c.ts < ($3::date + 1)::timestamp AT TIME ZONE $4`;

/** One order picked by its amount or time. */
const ORDER_PICK_SQL: Record<"largest_order" | "first_order" | "last_order", string> = {
  largest_order: `SELECT c.customer_id, c.order_id, c.ts, ((c.ts AT TIME ZONE $4)::date)::text AS local_date, c.revenue FROM conversions c WHERE ${IN_PERIOD}
ORDER BY c.revenue DESC, c.ts, c.order_id LIMIT 1`,
  first_order: `SELECT c.customer_id, c.order_id, c.ts, ((c.ts AT TIME ZONE $4)::date)::text AS local_date, c.revenue FROM conversions c WHERE ${IN_PERIOD}
ORDER BY c.ts, c.order_id LIMIT 1`,
  last_order: `SELECT c.customer_id, c.order_id, c.ts, ((c.ts AT TIME ZONE $4)::date)::text AS local_date, c.revenue FROM conversions c WHERE ${IN_PERIOD}
ORDER BY c.ts DESC, c.order_id DESC LIMIT 1`,
};

/** One customer picked by their orders or revenue in the period. */
const CUSTOMER_PICK_SQL: Record<"most_orders" | "most_revenue", string> = {
  most_orders: `SELECT c.customer_id, count(*)::int AS orders, sum(c.revenue) AS revenue FROM conversions c
WHERE ${IN_PERIOD} GROUP BY c.customer_id ORDER BY count(*) DESC, sum(c.revenue) DESC, c.customer_id LIMIT 1`,
  most_revenue: `SELECT c.customer_id, count(*)::int AS orders, sum(c.revenue) AS revenue FROM conversions c
WHERE ${IN_PERIOD} GROUP BY c.customer_id ORDER BY sum(c.revenue) DESC, count(*) DESC, c.customer_id LIMIT 1`,
};

/** The statement that picks by `by` (for an answer's provenance, found or not). */
export function pickCustomerSql(by: CustomerPick): string {
  return by === "most_orders" || by === "most_revenue" ? CUSTOMER_PICK_SQL[by] : ORDER_PICK_SQL[by];
}

/** The picked customer and what picked them; `order` is set for the order picks. */
export interface PickedCustomer {
  by: CustomerPick;
  customerId: number;
  /** The customer's orders and revenue in the period (for the order picks: that one order). */
  ordersInPeriod: number;
  revenueInPeriod: number;
  /** The picked order; `date` is its org-local day. */
  order?: { orderId: string; at: string; date: string; revenue: number };
  sql: string;
}

/**
 * @example await pickCustomer(db, { organizationId: 1, from: "2026-10-01", to: "2026-10-31", timeZone: "America/New_York" }, "largest_order")
 */
export async function pickCustomer(
  db: Queryable,
  q: { organizationId: number; from: string; to: string; timeZone: string },
  by: CustomerPick,
): Promise<PickedCustomer | undefined> {
  const params = [q.organizationId, q.from, q.to, q.timeZone];
  if (by === "most_orders" || by === "most_revenue") {
    const sql = CUSTOMER_PICK_SQL[by];
    const [row] = await db.query<{ customer_id: string | number; orders: number; revenue: string | number }>(
      sql,
      params,
    );
    if (!row) return undefined;
    return {
      by,
      customerId: Number(row.customer_id),
      ordersInPeriod: Number(row.orders),
      revenueInPeriod: Number(row.revenue),
      sql,
    };
  }
  const sql = ORDER_PICK_SQL[by];
  const [row] = await db.query<{
    customer_id: string | number;
    order_id: string;
    ts: string | Date;
    local_date: string;
    revenue: string | number;
  }>(sql, params);
  if (!row) return undefined;
  const revenue = Number(row.revenue);
  return {
    by,
    customerId: Number(row.customer_id),
    ordersInPeriod: 1,
    revenueInPeriod: revenue,
    order: { orderId: row.order_id, at: new Date(row.ts).toISOString(), date: row.local_date, revenue },
    sql,
  };
}
