/**
 * Finds one customer by the id the organization knows it by. Tracked customers carry an external
 * id; simulated and imported ones have none and are addressed by their internal id (digits).
 */
import type { Queryable } from "../../db/database.ts";

/** The customer row and the consent subjects that belong to it. */
export interface CustomerRef {
  id: number;
  externalId: string | null;
  firstSeenAt: string;
  region: string | null;
}

/**
 * The customer `externalId` names in this organization, or undefined. An external id wins over an
 * internal id that happens to have the same digits.
 * @example await findCustomer(db, 1, "cust-42")
 */
export async function findCustomer(
  db: Queryable,
  organizationId: number,
  externalId: string,
): Promise<CustomerRef | undefined> {
  const internal = /^[0-9]{1,15}$/.test(externalId) ? Number(externalId) : null;
  const rows = await db.query<CustomerRef & Record<string, unknown>>(
    `SELECT id, external_id AS "externalId", first_seen_at AS "firstSeenAt", region FROM customers
     WHERE organization_id = $1 AND (external_id = $2 OR (external_id IS NULL AND id = $3::bigint))
     ORDER BY external_id IS NULL LIMIT 1`,
    [organizationId, externalId, internal],
  );
  const row = rows[0];
  return row ? { ...row, id: Number(row.id) } : undefined;
}

/**
 * Consent subjects of a customer: its external id and every anonymous id its events were sent
 * under or was joined to by identity stitching (consent records are keyed by what the site knew at
 * the time).
 */
export async function consentSubjects(
  db: Queryable,
  organizationId: number,
  c: CustomerRef,
): Promise<string[]> {
  const rows = await db.query<{ subject: string }>(
    `SELECT 'anon:' || anonymous_id AS subject FROM tracked_events
     WHERE organization_id = $1 AND customer_id = $2 AND anonymous_id IS NOT NULL
     UNION SELECT 'anon:' || anonymous_id FROM identity_links WHERE organization_id = $1 AND customer_id = $2`,
    [organizationId, c.id],
  );
  const subjects = new Set(rows.map((r) => r.subject));
  if (c.externalId) subjects.add(c.externalId);
  return [...subjects];
}
