/**
 * Bulk loads into a table with secondary B-tree indexes pay for random index inserts on every row;
 * building the index once afterwards is several times cheaper. For large seeds (PostgreSQL or
 * PGlite) we drop the customers/touchpoints/conversions indexes inside the seeding transaction and recreate
 * them from their exact stored definitions before commit, so other sessions never observe the
 * table without them (DROP INDEX takes an exclusive lock that lasts until commit). Primary and
 * foreign keys are dropped and re-added the same way: re-adding a primary key checks uniqueness
 * over the whole table and re-adding a foreign key validates every row, so a bad row still fails
 * the transaction, but each check is one sort or join instead of a probe (or trigger) per row.
 */
import type { Queryable } from "../database.ts";

const TABLES = ["customers", "touchpoints", "conversions"];
/** Primary keys are re-added before foreign keys (a foreign key may need a referenced key). */
const KEY_ORDER = "CASE c.contype WHEN 'p' THEN 0 ELSE 1 END";

/**
 * Run `load` with the indexes, primary and foreign keys of the customer and fact tables dropped,
 * then recreate them before the transaction commits.
 */
export async function withIndexesAndKeysRebuilt<T>(tx: Queryable, load: () => Promise<T>): Promise<T> {
  const indexes = await tx.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef
       FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
      ORDER BY i.indexname`,
    [TABLES],
  );
  const keys = await tx.query<{ table: string; name: string; def: string }>(
    `SELECT cl.relname AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid
      WHERE c.contype IN ('p', 'f') AND cl.relname = ANY($1) AND cl.relnamespace = current_schema()::regnamespace
      ORDER BY ${KEY_ORDER}, 1, 2`,
    [TABLES],
  );
  const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
  for (const ix of indexes) await tx.exec(`DROP INDEX ${q(ix.indexname)}`);
  for (const k of [...keys].reverse())
    await tx.exec(`ALTER TABLE ${q(k.table)} DROP CONSTRAINT ${q(k.name)}`);
  const out = await load();
  // More sort memory makes each index build a single in-memory or few-run sort.
  await tx.exec("SET LOCAL maintenance_work_mem = '512MB'");
  for (const k of keys) await tx.exec(`ALTER TABLE ${q(k.table)} ADD CONSTRAINT ${q(k.name)} ${k.def}`);
  for (const ix of indexes) await tx.exec(ix.indexdef);
  return out;
}
