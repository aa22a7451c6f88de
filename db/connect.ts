import path from "node:path";
import { fileURLToPath } from "node:url";
import { AppError, isAppError } from "../lib/errors.ts";
import type { Logger } from "../lib/logger.ts";
import { acquireDataDirLock, type DataDirLock } from "./data-dir-lock.ts";
import type { Database } from "./database.ts";
import { createPgliteDatabase } from "./pglite.ts";
import { createPostgresDatabase } from "./postgres.ts";

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/** A database as opened by `openDatabase`: an embedded one on disk also carries its directory lock. */
export interface OpenedDatabase extends Database {
  /** The lock on DATA_DIR this process holds (embedded database on disk only); released by close(). */
  readonly dataDirLock?: DataDirLock;
}

/**
 * Open the configured database and bring its schema up to date: a `pg` pool when `databaseUrl`
 * is set, otherwise embedded PGlite under `dataDir` (or in memory when `dataDir` is ":memory:").
 * An embedded database on disk is locked for this process first (one writer per directory);
 * when another process holds it this throws `db.locked` naming that process.
 */
export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir?: string;
  logger?: Logger;
  /** Who holds the lock, shown to processes that are refused (default: this script's name). */
  command?: string;
}): Promise<OpenedDatabase> {
  const onDisk = !opts.databaseUrl && opts.dataDir !== undefined && opts.dataDir !== ":memory:";
  const lock = onDisk
    ? await acquireDataDirLock(opts.dataDir!, { command: opts.command ?? scriptName(), logger: opts.logger })
    : undefined;
  let db: Database;
  try {
    db = opts.databaseUrl
      ? await createPostgresDatabase(opts.databaseUrl, { logger: opts.logger })
      : await createPgliteDatabase(onDisk ? opts.dataDir : undefined);
  } catch (e) {
    lock?.release();
    throw new AppError("db.query_failed", `could not open the database: ${(e as Error).message}`, {
      cause: e,
    });
  }
  try {
    await migrateDatabase(db, opts.logger);
  } catch (e) {
    await db.close().catch(() => {});
    lock?.release();
    throw isAppError(e) ? e : new AppError("db.migration_failed", String(e), { cause: e });
  }
  if (!lock) return db;
  return {
    ...db,
    dataDirLock: lock,
    async close() {
      try {
        await db.close();
      } finally {
        lock.release();
      }
    },
  };
}

/** The running script relative to the working directory, e.g. "db/cli/seed.ts". */
function scriptName(): string {
  const script = process.argv[1];
  return script ? path.relative(process.cwd(), script) || script : "node";
}

/** Apply migrations; warn once when pgvector is missing (search falls back to full text). */
export async function migrateDatabase(db: Database, logger?: Logger): Promise<void> {
  try {
    await db.migrate(MIGRATIONS_FOLDER);
  } catch (e) {
    throw new AppError("db.migration_failed", `migrations failed: ${(e as Error).message}`, { cause: e });
  }
  if (!(await db.hasVector())) {
    logger?.warn(
      { database: db.kind },
      "pgvector is not installed on this server: catalog search uses full-text search and synonyms only",
    );
  }
}

/** A fresh in-memory PGlite with pgvector and every migration applied (tests). */
export function openTestDatabase(): Promise<Database> {
  return openDatabase({ dataDir: ":memory:" });
}
