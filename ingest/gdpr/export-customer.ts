/**
 * GDPR export (right of access): everything stored about one customer, as JSON. A customer that
 * does not exist (or was deleted) exports as empty lists, not an error, so a repeated request after
 * a deletion shows that nothing is left.
 */
import type { Queryable } from "../../db/database.ts";
import { type CustomerRef, consentSubjects, findCustomer } from "./find-customer.ts";

/** Everything about one customer, table by table. */
export interface CustomerExport {
  customer: CustomerRef | null;
  touchpoints: Record<string, unknown>[];
  conversions: Record<string, unknown>[];
  attributionCredit: Record<string, unknown>[];
  events: Record<string, unknown>[];
  consentRecords: Record<string, unknown>[];
  /** Anonymous ids (browsers) joined to this customer by identity stitching. */
  identityLinks: Record<string, unknown>[];
}

/**
 * Export one customer of `organizationId`.
 * @example (await exportCustomer(db, 1, "cust-42")).conversions.length
 */
export async function exportCustomer(
  db: Queryable,
  organizationId: number,
  externalId: string,
): Promise<CustomerExport> {
  const customer = await findCustomer(db, organizationId, externalId);
  if (!customer) {
    return {
      customer: null,
      touchpoints: [],
      conversions: [],
      attributionCredit: [],
      events: [],
      consentRecords: [],
      identityLinks: [],
    };
  }
  const p = [organizationId, customer.id];
  const touchpoints = await db.query(
    `SELECT id, ts, channel, platform, campaign_id AS "campaignId", source, medium FROM touchpoints
     WHERE organization_id = $1 AND customer_id = $2 ORDER BY ts, id`,
    p,
  );
  const conversions = await db.query(
    `SELECT order_id AS "orderId", ts, revenue, currency, is_new_customer AS "isNewCustomer" FROM conversions
     WHERE organization_id = $1 AND customer_id = $2 ORDER BY ts, order_id`,
    p,
  );
  const attributionCredit = await db.query(
    `SELECT a.model, a.order_id AS "orderId", a.channel, a.campaign_id AS "campaignId", a.credit, a.revenue
     FROM attribution_results a JOIN conversions c
       ON c.organization_id = a.organization_id AND c.order_id = a.order_id
     WHERE a.organization_id = $1 AND c.customer_id = $2 ORDER BY a.order_id, a.model, a.channel, a.campaign_id`,
    p,
  );
  const events = await db.query(
    `SELECT event_id AS "eventId", type, anonymous_id AS "anonymousId", ts, received_at AS "receivedAt", url,
       referrer, attribution, touchpoint_id AS "touchpointId", order_id AS "orderId"
     FROM tracked_events WHERE organization_id = $1 AND customer_id = $2 ORDER BY ts, event_id`,
    p,
  );
  const consentRecords = await db.query(
    `SELECT subject_id AS "subjectId", event_id AS "eventId", analytics, marketing, ts, received_at AS "receivedAt"
     FROM consent_records WHERE organization_id = $1 AND subject_id = ANY($2::text[]) ORDER BY ts, event_id`,
    [organizationId, await consentSubjects(db, organizationId, customer)],
  );
  const identityLinks = await db.query(
    `SELECT anonymous_id AS "anonymousId", linked_at AS "linkedAt" FROM identity_links
     WHERE organization_id = $1 AND customer_id = $2 ORDER BY linked_at, anonymous_id`,
    p,
  );
  return { customer, touchpoints, conversions, attributionCredit, events, consentRecords, identityLinks };
}
