/**
 * cohorts with show "second_order" or "lapsed": lifecycle counts defined by the dates of each
 * customer's orders (core/cohorts/lifecycle-counts.ts), not by a first-order cohort. "Customers
 * whose second purchase was in Q3" and "churned = no order in 180 days" once read as the period's
 * first-order cohort, a confident answer to another question.
 */
import {
  type LapsedCount,
  type LifecycleCustomer,
  lapsedCount,
  type SecondOrderCount,
  secondOrderCount,
} from "../../core/cohorts/lifecycle-counts.ts";
import type { ResolvedTimeRange } from "../../semantic/query/types.ts";
import type { ToolDeps } from "../shared/deps.ts";

export const SECOND_ORDER_DEFINITION =
  "Customers whose second order (counting their orders in the data, oldest first, org time zone) falls in the period, whenever their first order was; orders before the data's first day are not known.";
export const LAPSED_DEFINITION =
  "Customers with at least one order who placed no order in the last N days ending on the as-of day (the period's end, or the data's last day if earlier): their last order is on or before the day before that window; customers whose orders all predate the data are not known. Their revenue is the order revenue of all their orders in the data (what they spent with us), not ad spend.";

/** The lifecycle part of a cohorts result. */
export type LifecycleData =
  | { kind: "second_order"; secondOrder: SecondOrderCount }
  | { kind: "lapsed"; lapsed: LapsedCount };

export const LIFECYCLE_SQL = `SELECT c.customer_id::float8 AS customer_id, to_char(c.ts AT TIME ZONE $2, 'YYYY-MM-DD') AS day,
  c.revenue::float8 AS revenue
FROM conversions c WHERE c.organization_id = $1
ORDER BY c.customer_id, c.ts, c.order_id`;

/** Every customer's order days, oldest first. */
async function readOrderDays(deps: ToolDeps): Promise<LifecycleCustomer[]> {
  const rows = await deps.db.query<{ customer_id: number; day: string; revenue: number }>(LIFECYCLE_SQL, [
    deps.tenant.organizationId,
    deps.tenant.timeZone,
  ]);
  const customers: LifecycleCustomer[] = [];
  let id: number | undefined;
  for (const r of rows) {
    if (Number(r.customer_id) !== id) {
      id = Number(r.customer_id);
      customers.push({ orderDays: [], orderRevenue: [] });
    }
    const c = customers[customers.length - 1]!;
    c.orderDays.push(r.day);
    c.orderRevenue!.push(Number(r.revenue));
  }
  return customers;
}

/**
 * @example await readLifecycle(deps, period, "lapsed", 180, "2026-10-31") // { kind: "lapsed", lapsed: {...} }
 */
export async function readLifecycle(
  deps: ToolDeps,
  period: ResolvedTimeRange,
  kind: "second_order" | "lapsed",
  lapsedDays: number,
  through: string | null,
): Promise<LifecycleData> {
  const customers = await readOrderDays(deps);
  if (kind === "second_order")
    return { kind, secondOrder: secondOrderCount(customers, period.from, period.to) };
  const asOf = through && through < period.to ? through : period.to;
  return { kind, lapsed: lapsedCount(customers, asOf, lapsedDays) };
}
