/**
 * GDPR erasure of one customer: the customer, its touchpoints, conversions, tracked events, consent
 * records, and every derived row (attribution credit of its orders), then the organization's
 * attribution recomputed, since the data-driven models (Markov, Shapley) learn from every journey
 * and so carried a trace of this one in everybody's credit. One transaction: all or nothing. The
 * audit entry names the internal id and the row counts only, never the external id (often an
 * e-mail address) or anything the rows held.
 */
import { materializeAttribution } from "../../db/attribution/materialize.ts";
import type { Database, Queryable } from "../../db/database.ts";
import { recordAudit } from "../../db/repositories/audit-log.ts";
import { consentSubjects, findCustomer } from "./find-customer.ts";

/** Tables holding rows about a customer, in deletion order (derived rows first). */
export const CUSTOMER_TABLES = [
  "attribution_results",
  "conversions",
  "touchpoints",
  "tracked_events",
  "consent_records",
  "customers",
] as const;
export type CustomerTable = (typeof CUSTOMER_TABLES)[number];

/** Attribution totals of one model: credited conversions and revenue. */
export interface ModelTotals {
  conversions: number;
  revenue: number;
}

/** What a deletion did. */
export interface DeletionReport {
  customerId: number;
  before: Record<CustomerTable, number>;
  after: Record<CustomerTable, number>;
  attribution: {
    rowsWritten: number;
    before: Record<string, ModelTotals>;
    after: Record<string, ModelTotals>;
  };
}

/** Rows about the customer, per table (how `before` and `after` are counted). */
async function countRows(
  db: Queryable,
  organizationId: number,
  customerId: number,
  subjects: readonly string[],
): Promise<Record<CustomerTable, number>> {
  const [row] = await db.query<Record<CustomerTable, number>>(
    `SELECT
       (SELECT count(*)::int FROM attribution_results a WHERE a.organization_id = $1 AND a.order_id IN
         (SELECT order_id FROM conversions WHERE organization_id = $1 AND customer_id = $2)) AS attribution_results,
       (SELECT count(*)::int FROM conversions WHERE organization_id = $1 AND customer_id = $2) AS conversions,
       (SELECT count(*)::int FROM touchpoints WHERE organization_id = $1 AND customer_id = $2) AS touchpoints,
       (SELECT count(*)::int FROM tracked_events WHERE organization_id = $1 AND customer_id = $2) AS tracked_events,
       (SELECT count(*)::int FROM consent_records WHERE organization_id = $1 AND subject_id = ANY($3::text[]))
         AS consent_records,
       (SELECT count(*)::int FROM customers WHERE organization_id = $1 AND id = $2) AS customers`,
    [organizationId, customerId, subjects],
  );
  return row!;
}

/** Credited conversions and revenue per stored model. */
export async function attributionTotals(
  db: Queryable,
  organizationId: number,
): Promise<Record<string, ModelTotals>> {
  const rows = await db.query<{ model: string; conversions: number; revenue: number }>(
    `SELECT model, sum(credit) AS conversions, sum(revenue) AS revenue FROM attribution_results
     WHERE organization_id = $1 GROUP BY model ORDER BY model`,
    [organizationId],
  );
  // Rounded: float sums over many rows differ in the last bits with row order.
  const r6 = (x: number) => Math.round(Number(x) * 1e6) / 1e6;
  return Object.fromEntries(
    rows.map((r) => [r.model, { conversions: r6(r.conversions), revenue: r6(r.revenue) }]),
  );
}

/**
 * Erase the customer `externalId` names; undefined when there is none.
 * @example await deleteCustomer(db, { organizationId: 1, externalId: "cust-42", actor: "key:3" })
 */
export async function deleteCustomer(
  db: Database,
  opts: { organizationId: number; externalId: string; actor: string },
): Promise<DeletionReport | undefined> {
  const org = opts.organizationId;
  return db.transaction(async (tx) => {
    const customer = await findCustomer(tx, org, opts.externalId);
    if (!customer) return undefined;
    const subjects = await consentSubjects(tx, org, customer);
    const before = await countRows(tx, org, customer.id, subjects);
    const totalsBefore = await attributionTotals(tx, org);
    const p = [org, customer.id];
    await tx.query(
      `DELETE FROM attribution_results WHERE organization_id = $1 AND order_id IN
         (SELECT order_id FROM conversions WHERE organization_id = $1 AND customer_id = $2)`,
      p,
    );
    await tx.query("DELETE FROM conversions WHERE organization_id = $1 AND customer_id = $2", p);
    await tx.query("DELETE FROM touchpoints WHERE organization_id = $1 AND customer_id = $2", p);
    await tx.query("DELETE FROM tracked_events WHERE organization_id = $1 AND customer_id = $2", p);
    await tx.query(
      "DELETE FROM consent_records WHERE organization_id = $1 AND subject_id = ANY($2::text[])",
      [org, subjects],
    );
    await tx.query("DELETE FROM customers WHERE organization_id = $1 AND id = $2", p);
    const after = await countRows(tx, org, customer.id, subjects);
    const { rows } = await materializeAttribution(tx, { organizationId: org });
    const totalsAfter = await attributionTotals(tx, org);
    await recordAudit(tx, {
      organizationId: org,
      actor: opts.actor,
      action: "customer.delete",
      target: `customer:${customer.id}`,
      details: { deleted: before, attributionRowsWritten: rows },
    });
    return {
      customerId: customer.id,
      before,
      after,
      attribution: { rowsWritten: rows, before: totalsBefore, after: totalsAfter },
    };
  });
}
