/**
 * Reads the converting journeys of the orders placed in a period, built by the same rules the
 * attribution models use (core/attribution/journeys.ts: the organization's lookback, only touches
 * after the customer's previous order), so a path here is the path an attribution model credited.
 *
 * Two statements, both per organization and per buyer (the (org, customer, ts) indexes serve them):
 * the touches of the period's buyers from `lookback` days (plus one, for daylight-saving days) before
 * the period to its end, and those buyers' orders up to the period's end (earlier orders decide
 * where each journey starts).
 * Values are parameters; dates are resolved in the organization's time zone.
 */
import {
  buildCustomerJourneys,
  type ConvertingJourney,
  type JourneyConversion,
  type JourneyTouch,
} from "../../core/attribution/journeys.ts";
import type { Queryable } from "../database.ts";

/** The period (org-local dates, inclusive) and the journey rules. */
export interface PeriodJourneyQuery {
  organizationId: number;
  from: string;
  to: string;
  timeZone: string;
  lookbackDays: number;
}

/** A converting journey with its customer. */
export type CustomerJourney = ConvertingJourney & { customerId: number };

/** The journeys and the statements that read them (for the answer's provenance). */
export interface PeriodJourneys {
  journeys: CustomerJourney[];
  sql: string[];
}

const BUYERS = `WITH buyers AS (
  SELECT DISTINCT c.organization_id, c.customer_id FROM conversions c
  WHERE c.organization_id = $1
    AND c.ts >= ($2::date)::timestamp AT TIME ZONE $4
    AND c.ts < ($3::date + 1)::timestamp AT TIME ZONE $4)`;

export const TOUCHES_SQL = `${BUYERS}
SELECT t.customer_id, t.ts, t.channel, t.campaign_id FROM touchpoints t
JOIN buyers b ON b.organization_id = t.organization_id AND b.customer_id = t.customer_id
WHERE t.organization_id = $1
  AND t.ts >= (($2::date)::timestamp AT TIME ZONE $4) - make_interval(days => $5::int + 1)
  AND t.ts < ($3::date + 1)::timestamp AT TIME ZONE $4
ORDER BY t.customer_id, t.ts, t.id`;

export const ORDERS_SQL = `${BUYERS}
SELECT c.customer_id, c.ts, c.order_id, c.revenue,
  c.ts >= ($2::date)::timestamp AT TIME ZONE $4 AS in_period FROM conversions c
JOIN buyers b ON b.organization_id = c.organization_id AND b.customer_id = c.customer_id
WHERE c.organization_id = $1 AND c.ts < ($3::date + 1)::timestamp AT TIME ZONE $4
ORDER BY c.customer_id, c.ts, c.order_id`;

function groupBy<R extends { customer_id: number | string }, T>(
  rows: R[],
  map: (r: R) => T,
): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const id = Number(r.customer_id);
    const list = out.get(id) ?? [];
    list.push(map(r));
    out.set(id, list);
  }
  return out;
}

/**
 * Journeys of the orders placed from `from` to `to` (inclusive, org-local), in customer then time
 * order. An order with no touch in its window has an empty journey (it is still an order).
 * @example await readPeriodJourneys(db, { organizationId: 1, from: "2026-10-01", to: "2026-10-31", timeZone: "America/New_York", lookbackDays: 30 })
 */
export async function readPeriodJourneys(db: Queryable, q: PeriodJourneyQuery): Promise<PeriodJourneys> {
  const params = [q.organizationId, q.from, q.to, q.timeZone, q.lookbackDays];
  const touchRows = await db.query<{
    customer_id: number;
    ts: string;
    channel: string;
    campaign_id: number | null;
  }>(TOUCHES_SQL, params);
  const orderRows = await db.query<{
    customer_id: number;
    ts: string;
    order_id: string;
    revenue: string | number;
    in_period: boolean;
  }>(ORDERS_SQL, params.slice(0, 4));
  const touches = groupBy(
    touchRows,
    (r): JourneyTouch => ({ ts: Date.parse(r.ts), channel: r.channel, campaignId: r.campaign_id }),
  );
  const orders = groupBy(
    orderRows,
    (r): JourneyConversion => ({ orderId: r.order_id, ts: Date.parse(r.ts), revenue: Number(r.revenue) }),
  );
  // Earlier orders only decide where journeys start; the answer is about the period's orders.
  const inPeriod = new Set(orderRows.filter((r) => r.in_period).map((r) => r.order_id));
  const journeys: CustomerJourney[] = [];
  for (const [customerId, list] of orders) {
    const built = buildCustomerJourneys(touches.get(customerId) ?? [], list, {
      lookbackDays: q.lookbackDays,
    });
    for (const j of built.converting) if (inPeriod.has(j.orderId)) journeys.push({ ...j, customerId });
  }
  return { journeys, sql: [TOUCHES_SQL, ORDERS_SQL] };
}
