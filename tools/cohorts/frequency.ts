/**
 * cohorts with show "frequency": how often customers ordered inside the period (orders per
 * customer counted in the period only, in the organization's time zone), computed in
 * core/cohorts/order-frequency.ts. The customer count matches query_metrics' `customers`.
 */
import { type OrderFrequency, orderFrequency } from "../../core/cohorts/order-frequency.ts";
import type { ResolvedTimeRange } from "../../semantic/query/types.ts";
import type { ToolDeps } from "../shared/deps.ts";

/** What the figures mean, stated in the answer's provenance. */
export const FREQUENCY_DEFINITION =
  "Orders per customer counted inside the period only (org time zone): customers with at least one order in the period, grouped by how many orders each placed in it; orders before or after the period do not count.";

/** The order-frequency part of a cohorts result. */
export interface FrequencyData extends OrderFrequency {
  /** Total revenue of the period's orders. */
  revenue: number;
}

export const FREQUENCY_SQL = `SELECT c.customer_id::float8 AS customer_id, count(*)::float8 AS orders, sum(c.revenue)::float8 AS revenue
FROM conversions c
WHERE c.organization_id = $1 AND c.ts >= ($2::date)::timestamp AT TIME ZONE $4 AND c.ts < ($3::date + 1)::timestamp AT TIME ZONE $4
GROUP BY c.customer_id`;

/**
 * Reads each customer's orders in the period and returns the order-frequency figures.
 * @example await readOrderFrequency(deps, period, 2) // { customers: 2411, atLeast: ..., ... }
 */
export async function readOrderFrequency(
  deps: ToolDeps,
  period: ResolvedTimeRange,
  minOrders: number,
): Promise<FrequencyData> {
  const { organizationId, timeZone } = deps.tenant;
  const rows = await deps.db.query<{ customer_id: number; orders: number; revenue: number }>(FREQUENCY_SQL, [
    organizationId,
    period.from,
    period.to,
    timeZone,
  ]);
  const customers = rows.map((r) => ({ orders: Number(r.orders), revenue: Number(r.revenue) }));
  return {
    ...orderFrequency(customers, minOrders),
    revenue: customers.reduce((s, c) => s + c.revenue, 0),
  };
}
