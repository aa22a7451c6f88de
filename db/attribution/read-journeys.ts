/**
 * Reads one customer-id range of an organization's touchpoints and conversions, grouped by customer
 * and ordered by time (the touchpoints/conversions (org, customer, ts) indexes serve both queries).
 */
import type { JourneyConversion, JourneyTouch } from "../../core/attribution/journeys.ts";
import type { Queryable } from "../database.ts";

/** Touches and conversions per customer id, each list sorted by time. */
export interface CustomerRange {
  touches: Map<number, JourneyTouch[]>;
  conversions: Map<number, JourneyConversion[]>;
}

/**
 * Customers with `from <= customer_id < to`.
 * @example await readCustomerRange(db, 1, 0, 100_000)
 */
export async function readCustomerRange(
  db: Queryable,
  organizationId: number,
  from: number,
  to: number,
): Promise<CustomerRange> {
  const params = [organizationId, from, to];
  const touchRows = await db.query<{
    customer_id: number;
    ts: string;
    channel: string;
    campaign_id: number | null;
  }>(
    `SELECT customer_id, ts, channel, campaign_id FROM touchpoints
     WHERE organization_id = $1 AND customer_id >= $2 AND customer_id < $3
     ORDER BY customer_id, ts, id`,
    params,
  );
  const conversionRows = await db.query<{
    customer_id: number;
    ts: string;
    order_id: string;
    revenue: number;
  }>(
    `SELECT customer_id, ts, order_id, revenue FROM conversions
     WHERE organization_id = $1 AND customer_id >= $2 AND customer_id < $3
     ORDER BY customer_id, ts, order_id`,
    params,
  );
  const touches = new Map<number, JourneyTouch[]>();
  for (const r of touchRows) {
    const list = touches.get(r.customer_id) ?? [];
    list.push({ ts: Date.parse(r.ts), channel: r.channel, campaignId: r.campaign_id });
    touches.set(r.customer_id, list);
  }
  const conversions = new Map<number, JourneyConversion[]>();
  for (const r of conversionRows) {
    const list = conversions.get(r.customer_id) ?? [];
    list.push({ orderId: r.order_id, ts: Date.parse(r.ts), revenue: Number(r.revenue) });
    conversions.set(r.customer_id, list);
  }
  return { touches, conversions };
}
