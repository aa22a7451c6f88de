import path from "node:path";
import { fileURLToPath } from "node:url";
import { AppError } from "../lib/errors.ts";
import type { Logger } from "../lib/logger.ts";
import type { Database } from "./database.ts";
import { createPgliteDatabase } from "./pglite.ts";
import { createPostgresDatabase } from "./postgres.ts";

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/**
 * Open the configured database and bring its schema up to date: a `pg` pool when `databaseUrl`
 * is set, otherwise embedded PGlite under `dataDir` (or in memory when `dataDir` is ":memory:").
 */
export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir?: string;
  logger?: Logger;
}): Promise<Database> {
  let db: Database;
  try {
    db = opts.databaseUrl
      ? await createPostgresDatabase(opts.databaseUrl, { logger: opts.logger })
      : await createPgliteDatabase(opts.dataDir === ":memory:" ? undefined : opts.dataDir);
  } catch (e) {
    throw new AppError("db.query_failed", `could not open the database: ${(e as Error).message}`, {
      cause: e,
    });
  }
  await migrateDatabase(db, opts.logger);
  return db;
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
