/**
 * pgvector values on both adapters, through the `pgvector` package: embeddings are serialized with
 * its `toSql` (the `[1,2,3]` text form both drivers send as a parameter) and `vector` columns are
 * read back as `number[]` with its `fromSql`. The type's OID is only known once the extension
 * exists, so each adapter registers the parser when `hasVector()` first finds the extension.
 */
import pgvector from "pgvector";
import type { Queryable } from "./database.ts";

/**
 * An embedding as a `vector` parameter (use it as `$n::vector`). A non-finite component, which no
 * embedder should produce, is sent as 0 because pgvector rejects NaN and Infinity.
 * @example toVectorParam([0.5, -1]) // "[0.5,-1]"
 */
export function toVectorParam(embedding: readonly number[]): string {
  return pgvector.toSql(embedding.map((x) => (Number.isFinite(x) ? x : 0))) as string;
}

/** Parse a `vector` column's text form into numbers (pgvector's parser). */
export function parseVector(text: string): number[] {
  return pgvector.fromSql(text) as number[];
}

/** The OID of the `vector` type, or undefined where the extension is not installed. */
export async function vectorTypeOid(db: Pick<Queryable, "query">): Promise<number | undefined> {
  const [row] = await db.query<{ oid: number }>(
    "SELECT t.oid::int AS oid FROM pg_type t JOIN pg_extension e ON e.extname = 'vector' AND e.extnamespace = t.typnamespace WHERE t.typname = 'vector'",
  );
  return row?.oid;
}
