/**
 * Reads one customer's touches and orders (per organization: an id from another organization finds
 * nothing) and splits them into journeys by the attribution rules.
 */
import {
  buildCustomerJourneys,
  type CustomerJourneys,
  type JourneyTouch,
} from "../../core/attribution/journeys.ts";
import type { Queryable } from "../database.ts";

export const CUSTOMER_TOUCHES_SQL = `SELECT t.ts, t.channel, t.campaign_id, t.source, t.medium,
  (SELECT cn.name FROM campaigns cn WHERE cn.organization_id = t.organization_id AND cn.id = t.campaign_id) AS campaign_name
FROM touchpoints t WHERE t.organization_id = $1 AND t.customer_id = $2 ORDER BY t.ts, t.id`;

export const CUSTOMER_ORDERS_SQL = `SELECT c.ts, c.order_id, c.revenue FROM conversions c
WHERE c.organization_id = $1 AND c.customer_id = $2 ORDER BY c.ts, c.order_id`;

/** A touch with what a marketer reads on a timeline. */
export type CustomerTouch = JourneyTouch & { source: string; medium: string; campaignName: string | null };

/** One customer's history; `found` is false when the organization has no such customer data. */
export interface CustomerHistory {
  customerId: number;
  found: boolean;
  touches: CustomerTouch[];
  journeys: CustomerJourneys;
  sql: string[];
}

/**
 * @example await readCustomerHistory(db, 1, 1234, 30)
 */
export async function readCustomerHistory(
  db: Queryable,
  organizationId: number,
  customerId: number,
  lookbackDays: number,
): Promise<CustomerHistory> {
  const params = [organizationId, customerId];
  const touchRows = await db.query<{
    ts: string;
    channel: string;
    campaign_id: number | null;
    source: string;
    medium: string;
    campaign_name: string | null;
  }>(CUSTOMER_TOUCHES_SQL, params);
  const orderRows = await db.query<{ ts: string; order_id: string; revenue: string | number }>(
    CUSTOMER_ORDERS_SQL,
    params,
  );
  const touches = touchRows.map(
    (r): CustomerTouch => ({
      ts: Date.parse(r.ts),
      channel: r.channel,
      campaignId: r.campaign_id,
      source: r.source,
      medium: r.medium,
      campaignName: r.campaign_name,
    }),
  );
  const orders = orderRows.map((r) => ({
    orderId: r.order_id,
    ts: Date.parse(r.ts),
    revenue: Number(r.revenue),
  }));
  return {
    customerId,
    found: touches.length > 0 || orders.length > 0,
    touches,
    journeys: buildCustomerJourneys(touches, orders, { lookbackDays }),
    sql: [CUSTOMER_TOUCHES_SQL, CUSTOMER_ORDERS_SQL],
  };
}
