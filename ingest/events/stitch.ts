/**
 * Identity stitching: a browser tracked under an anonymous id, then named (an `identify` event, or
 * any event carrying both `anonymousId` and `customerId`, such as an order placed signed in), is
 * the same person as that customer. The link is stored (`identity_links`, first link of an
 * anonymous id wins) and everything tracked under the anonymous id's own customer row (touchpoints,
 * orders, events) moves to the known customer, and the emptied anonymous row is removed. Later
 * events that carry only a linked anonymous id are written to the known customer directly
 * (`linkedSubjects`), so no anonymous row comes back.
 *
 * Idempotent: a replayed batch stores nothing new and finds nothing left to move; re-linking an
 * already linked anonymous id changes nothing. Consent records stay keyed by the id the choice was
 * made under (the proof of what that browser agreed to); GDPR export and delete of the customer
 * find them through the moved events' anonymous ids.
 *
 * Security note: values travel as array parameters (unnest); identifiers are our own constants.
 */
import type { Queryable } from "../../db/database.ts";
import type { TrackedEvent } from "./event-schema.ts";

/**
 * The known customer's external id for each linked anonymous id among `anonymousIds` (events that
 * carry only such an id belong to that customer).
 */
export async function linkedSubjects(
  tx: Queryable,
  organizationId: number,
  anonymousIds: readonly string[],
): Promise<Map<string, string>> {
  if (anonymousIds.length === 0) return new Map();
  const rows = await tx.query<{ anonymousId: string; externalId: string }>(
    `SELECT l.anonymous_id AS "anonymousId", c.external_id AS "externalId" FROM identity_links l
     JOIN customers c ON c.organization_id = l.organization_id AND c.id = l.customer_id
     WHERE l.organization_id = $1 AND l.anonymous_id = ANY($2::text[]) AND c.external_id IS NOT NULL`,
    [organizationId, anonymousIds],
  );
  return new Map(rows.map((r) => [r.anonymousId, r.externalId]));
}

/** What stitching changed in one batch. */
export interface StitchOutcome {
  /** Links stored now (anonymous id -> customer). */
  linked: number;
  /** Anonymous customer rows merged into known customers (and removed). */
  merged: number;
  /** Internal id of each merged anonymous customer -> the customer it became. */
  movedTo: Map<number, number>;
}

/**
 * Link and merge for the events of one batch (call inside the batch's transaction, after its rows
 * are written). `customerIds` maps the batch's subjects (external ids) to internal ids.
 */
export async function stitchIdentities(
  tx: Queryable,
  organizationId: number,
  events: readonly TrackedEvent[],
  customerIds: ReadonlyMap<string, number>,
): Promise<StitchOutcome> {
  // Earliest event naming both ids decides the link of that anonymous id (first link wins).
  const claims = new Map<string, { customerId: number; ts: number }>();
  const anonymous = new Set<string>();
  for (const e of events) {
    if (!e.anonymousId) continue;
    anonymous.add(e.anonymousId);
    if (!e.customerId) continue;
    const to = customerIds.get(e.customerId);
    const ts = Date.parse(e.ts);
    const prev = claims.get(e.anonymousId);
    if (to !== undefined && (!prev || ts < prev.ts)) claims.set(e.anonymousId, { customerId: to, ts });
  }
  const out: StitchOutcome = { linked: 0, merged: 0, movedTo: new Map() };
  if (anonymous.size === 0) return out;
  if (claims.size > 0) {
    const linked = await tx.query(
      `INSERT INTO identity_links (organization_id, anonymous_id, customer_id)
       SELECT $1, u.anonymous_id, u.customer_id FROM unnest($2::text[], $3::bigint[]) AS u(anonymous_id, customer_id)
       ON CONFLICT (organization_id, anonymous_id) DO NOTHING RETURNING anonymous_id`,
      [organizationId, [...claims.keys()], [...claims.values()].map((c) => c.customerId)],
    );
    out.linked = linked.length;
  }
  const moves = await tx.query<{ fromId: number; toId: number }>(
    `SELECT c.id AS "fromId", l.customer_id AS "toId" FROM identity_links l
     JOIN customers c ON c.organization_id = l.organization_id AND c.external_id = 'anon:' || l.anonymous_id
     WHERE l.organization_id = $1 AND l.anonymous_id = ANY($2::text[]) AND c.id <> l.customer_id`,
    [organizationId, [...anonymous]],
  );
  if (moves.length === 0) return out;
  const from = moves.map((m) => Number(m.fromId));
  const to = moves.map((m) => Number(m.toId));
  const params = [organizationId, from, to];
  const pairs = "unnest($2::bigint[], $3::bigint[]) AS m(from_id, to_id)";
  for (const table of ["touchpoints", "tracked_events"] as const) {
    await tx.query(
      `UPDATE ${table} t SET customer_id = m.to_id FROM ${pairs}
       WHERE t.organization_id = $1 AND t.customer_id = m.from_id`,
      params,
    );
  }
  const movedOrders = await tx.query(
    `UPDATE conversions t SET customer_id = m.to_id FROM ${pairs}
     WHERE t.organization_id = $1 AND t.customer_id = m.from_id RETURNING t.order_id`,
    params,
  );
  if (movedOrders.length > 0) {
    // One person, one first order: the earliest of the joined orders is the new-customer one.
    await tx.query(
      `UPDATE conversions c SET is_new_customer = (c.order_id = f.order_id)
       FROM (SELECT DISTINCT ON (customer_id) customer_id, order_id FROM conversions
             WHERE organization_id = $1 AND customer_id = ANY($2::bigint[]) ORDER BY customer_id, ts, order_id) f
       WHERE c.organization_id = $1 AND c.customer_id = f.customer_id`,
      [organizationId, [...new Set(to)]],
    );
  }
  await tx.query(
    `UPDATE customers k SET first_seen_at = least(k.first_seen_at, a.first_seen_at)
     FROM ${pairs}, customers a
     WHERE k.organization_id = $1 AND k.id = m.to_id AND a.organization_id = $1 AND a.id = m.from_id`,
    params,
  );
  await tx.query("DELETE FROM customers WHERE organization_id = $1 AND id = ANY($2::bigint[])", [
    organizationId,
    from,
  ]);
  for (const [i, f] of from.entries()) out.movedTo.set(f, to[i]!);
  out.merged = from.length;
  return out;
}
