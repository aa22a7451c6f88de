/**
 * The one database port. Two adapters implement it: embedded PGlite (db/pglite.ts) and a `pg` pool
 * (db/postgres.ts). Everything above db/ talks to this interface with plain parameterized SQL.
 *
 * Security note: values always travel as parameters ($1, $2, ...); identifiers come only from our
 * own code or the semantic catalog, never from users or the model.
 */
import type { PoolStats } from "../lib/metrics.ts";

export type Row = Record<string, unknown>;

/** Something that runs SQL: the database itself or a transaction on it. */
export interface Queryable {
  /** Run one parameterized statement and return its rows. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Run a script of several statements without parameters. */
  exec(sql: string): Promise<void>;
  /** Bulk-load CSV text (no header) into `table(columns)` with COPY. */
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>;
  /**
   * Bulk-load rows in PostgreSQL's binary COPY format (signature, header, tuples, trailer; see
   * db/seed/binary-copy.ts). The server parses it about twice as fast as CSV.
   */
  copyBinary(table: string, columns: readonly string[], data: Uint8Array): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** Whether the pgvector extension is installed (known after migrations). */
  hasVector(): Promise<boolean>;
  /** Run `fn` in one transaction: everything or nothing. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Connection counts of the pool (PostgreSQL); absent for the embedded database, which has none. */
  poolStats?(): PoolStats;
  /** Apply the drizzle migrations in `folder` (idempotent). */
  migrate(folder: string): Promise<void>;
  close(): Promise<void>;
}

/** Postgres type OIDs we parse the same way in both adapters, so rows look identical. */
export const TYPE_OIDS = { int8: 20, numeric: 1700, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

/** Shared value parsers: bigint and numeric to number, dates as YYYY-MM-DD, timestamps as ISO UTC. */
export const valueParsers: Record<number, (text: string) => unknown> = {
  [TYPE_OIDS.int8]: (t) => Number(t),
  [TYPE_OIDS.numeric]: (t) => Number(t),
  [TYPE_OIDS.date]: (t) => t,
  [TYPE_OIDS.timestamptz]: (t) => new Date(t).toISOString(),
  [TYPE_OIDS.timestamp]: (t) => new Date(`${t.replace(" ", "T")}Z`).toISOString(),
};

/** Quote an identifier that comes from our own code (table and column names). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `COPY table (cols) FROM <source> WITH (FORMAT csv)` for either adapter. */
export function copyStatement(
  table: string,
  columns: readonly string[],
  source: string,
  format: "csv" | "binary" = "csv",
): string {
  return `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) FROM ${source} WITH (FORMAT ${format})`;
}
