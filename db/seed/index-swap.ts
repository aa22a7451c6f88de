/**
 * Bulk loads into a table with secondary B-tree indexes pay for random index inserts on every row;
 * building the index once afterwards is several times cheaper. For large seeds on PostgreSQL we
 * drop the touchpoints/conversions secondary indexes inside the seeding transaction and recreate
 * them from their exact stored definitions before commit, so other sessions never observe the
 * table without them (DROP INDEX takes an exclusive lock that lasts until commit).
 */
import type { Queryable } from "../database.ts";

const TABLES = ["touchpoints", "conversions"];

/**
 * Run `load` with the secondary (non-primary-key) indexes of the large fact tables dropped,
 * then recreate them. Primary keys stay, so duplicate rows are still impossible.
 */
export async function withSecondaryIndexesRebuilt<T>(tx: Queryable, load: () => Promise<T>): Promise<T> {
  const indexes = await tx.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef
       FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
      ORDER BY i.indexname`,
    [TABLES],
  );
  for (const ix of indexes) await tx.exec(`DROP INDEX "${ix.indexname.replaceAll('"', '""')}"`);
  const out = await load();
  // More sort memory makes each CREATE INDEX a single in-memory or few-run sort.
  await tx.exec("SET LOCAL maintenance_work_mem = '512MB'");
  for (const ix of indexes) await tx.exec(ix.indexdef);
  return out;
}
