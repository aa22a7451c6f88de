/**
 * GDPR erasure of one customer: the customer, its touchpoints, conversions, tracked events, consent
 * records, identity links (anonymous ids joined to it), and every derived row (the credit every attribution model, per-path and data-driven,
 * gave its orders), all in one transaction: all or nothing, and fast (a handful of indexed deletes).
 *
 * What stays to do is not about this customer any more: the data-driven models (Markov, Shapley)
 * learn their weights from every journey, so everybody else's credit still carries a trace of the
 * erased one. That recompute takes minutes at demo scale, so it is not done here: the customer's
 * internal id goes into `refresh_queue` in the same transaction (crash-safe: if the process dies,
 * the next refresh still finds it) and a job row is created, which the background refresher
 * (ingest/refresh/refresher.ts) runs: it re-credits the queued customers under the path models
 * (nothing left for this one) and recomputes the data-driven models in full, records a
 * `data_loads` row (the freshness /health and answers show), and writes its progress on the job.
 *
 * The audit entry names the internal id, the row counts and the job only, never the external id
 * (often an e-mail address) or anything the rows held.
 */
import type { Database, Queryable } from "../../db/database.ts";
import { recordAudit } from "../../db/repositories/audit-log.ts";
import { createImportJob, finishImportJob } from "../import/jobs.ts";
import { consentSubjects, findCustomer } from "./find-customer.ts";

/** Tables holding rows about a customer, in deletion order (derived rows first). */
export const CUSTOMER_TABLES = [
  "attribution_results",
  "conversions",
  "touchpoints",
  "tracked_events",
  "consent_records",
  "identity_links",
  "customers",
] as const;
export type CustomerTable = (typeof CUSTOMER_TABLES)[number];

/** The job kind of the refresh a deletion leaves to the background (`import_jobs.kind`). */
export const DELETE_JOB_KIND = "customer_delete";

/** What a deletion did. */
export interface DeletionReport {
  customerId: number;
  before: Record<CustomerTable, number>;
  after: Record<CustomerTable, number>;
  /** The job whose refresh recomputes the data-driven models (`GET /api/v1/import/jobs/:id`). */
  jobId: number;
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
       (SELECT count(*)::int FROM identity_links WHERE organization_id = $1 AND customer_id = $2) AS identity_links,
       (SELECT count(*)::int FROM customers WHERE organization_id = $1 AND id = $2) AS customers`,
    [organizationId, customerId, subjects],
  );
  return row!;
}

/** Attribution totals of one model: credited conversions and revenue. */
export interface ModelTotals {
  conversions: number;
  revenue: number;
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
 * Erase the customer `externalId` names; undefined when there is none. Schedule the returned job
 * on the refresher to recompute the data-driven models.
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
    await tx.query("DELETE FROM identity_links WHERE organization_id = $1 AND customer_id = $2", p);
    await tx.query("DELETE FROM customers WHERE organization_id = $1 AND id = $2", p);
    const after = await countRows(tx, org, customer.id, subjects);
    // The internal id alone (no personal data): the refresh finds nothing left of this customer,
    // and its being queued is what makes the refresh recompute the data-driven models.
    await tx.query(
      "INSERT INTO refresh_queue (organization_id, customer_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
      p,
    );
    const jobId = await createImportJob(tx, {
      organizationId: org,
      kind: DELETE_JOB_KIND,
      source: `customer:${customer.id}`,
      maxErrors: 0,
    });
    await finishImportJob(
      tx,
      org,
      jobId,
      "succeeded",
      "customer erased; attribution refresh queued",
      "pending",
    );
    await recordAudit(tx, {
      organizationId: org,
      actor: opts.actor,
      action: "customer.delete",
      target: `customer:${customer.id}`,
      details: { deleted: before, refreshJobId: jobId },
    });
    return { customerId: customer.id, before, after, jobId };
  });
}
