/**
 * One batch of an import, inside the caller's transaction: COPY the parsed rows into a temporary
 * staging table, then one INSERT ... ON CONFLICT (natural key) DO UPDATE ... WHERE the values
 * differ. A row already stored with the same values is not written at all (re-importing a file
 * changes nothing, not even a tuple version); a corrected row replaces the old one.
 *
 * Customers whose touchpoints or conversions changed (new, corrected, or moved away from an old
 * customer) go into `refresh_queue` in the same statement, so their attribution is refreshed
 * afterwards even if the process dies right after this batch commits.
 *
 * Security note: identifiers come from ingest/import/kinds.ts (our constants); values are COPY data
 * and the organization id a parameter.
 */
import { type Queryable, quoteIdent } from "../../db/database.ts";

/** What one kind's upsert writes, fixed for a whole job (see planUpsert). */
export interface UpsertPlan {
  table: string;
  /** Table columns COPY fills, organization_id first. */
  columns: readonly string[];
  /** Natural key columns after organization_id. */
  keys: readonly string[];
  customerColumn?: string;
}

export interface BatchResult {
  inserted: number;
  updated: number;
}

const STAGE = "import_stage";

/** The statement that moves the staged rows into the table (exported for the exact-SQL test). */
export function upsertSql(plan: UpsertPlan): string {
  const q = quoteIdent;
  const target = q(plan.table);
  const cols = plan.columns.map(q).join(", ");
  const conflict = ["organization_id", ...plan.keys].map(q).join(", ");
  const values = plan.columns.filter((c) => c !== "organization_id" && !plan.keys.includes(c));
  const set = values.map((c) => `${q(c)} = EXCLUDED.${q(c)}`).join(", ");
  const differs = `(${values.map((c) => `t.${q(c)}`).join(", ")}) IS DISTINCT FROM (${values
    .map((c) => `EXCLUDED.${q(c)}`)
    .join(", ")})`;
  const onConflict = values.length
    ? `ON CONFLICT (${conflict}) DO UPDATE SET ${set} WHERE ${differs}`
    : `ON CONFLICT (${conflict}) DO NOTHING`;
  const cust = plan.customerColumn ? q(plan.customerColumn) : undefined;
  if (!cust) {
    return `WITH up AS (INSERT INTO ${target} AS t (${cols}) SELECT ${cols} FROM ${STAGE} ${onConflict} RETURNING (t.xmax = 0) AS inserted)
SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`;
  }
  const join = ["organization_id", ...plan.keys].map((c) => `o.${q(c)} = s.${q(c)}`).join(" AND ");
  // `moved` reads the rows as they were before this statement: a corrected customer id leaves the
  // old customer with a journey to recompute too.
  return `WITH moved AS (SELECT o.${cust} AS customer_id FROM ${target} o JOIN ${STAGE} s ON ${join} WHERE o.${cust} <> s.${cust}),
up AS (INSERT INTO ${target} AS t (${cols}) SELECT ${cols} FROM ${STAGE} ${onConflict} RETURNING (t.xmax = 0) AS inserted, t.${cust} AS customer_id),
queued AS (INSERT INTO refresh_queue (organization_id, customer_id)
  SELECT DISTINCT $1::int, customer_id FROM (SELECT customer_id FROM up UNION ALL SELECT customer_id FROM moved) c
  ON CONFLICT DO NOTHING)
SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`;
}

/**
 * Stage `csv` (rows in `plan.columns` order, no header, no duplicate keys) and upsert it.
 * @example await db.transaction((tx) => upsertBatch(tx, plan, orgId, "1,5,..."))
 */
export async function upsertBatch(
  tx: Queryable,
  plan: UpsertPlan,
  organizationId: number,
  csv: string,
): Promise<BatchResult> {
  await tx.exec(
    `CREATE TEMP TABLE IF NOT EXISTS ${STAGE} (LIKE ${quoteIdent(plan.table)} INCLUDING DEFAULTS) ON COMMIT DROP`,
  );
  await tx.copyCsv(STAGE, plan.columns, csv);
  const params = plan.customerColumn ? [organizationId] : [];
  const [row] = await tx.query<{ inserted: number; updated: number }>(upsertSql(plan), params);
  return { inserted: row?.inserted ?? 0, updated: row?.updated ?? 0 };
}
