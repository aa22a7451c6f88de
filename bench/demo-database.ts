/**
 * The database a benchmark runs on: PostgreSQL when `--database-url` or DATABASE_URL is given,
 * otherwise embedded PGlite under `tmp/bench-data` (or `--data-dir`), created on first use. Either
 * gets the demo organizations seeded as `npm start` does (seed 42, scale 1) when it has none, and
 * their catalogs synced, so every benchmark runs from a fresh clone with nothing prepared.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { prepareOrganizations } from "../api/lifecycle.ts";
import { openDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { listOrganizations } from "../db/repositories/organizations.ts";
import { refreshDerivedData } from "../db/seed/derived-data.ts";
import { seedDemo } from "../db/seed/seed-demo.ts";
import { loadEnv } from "../lib/env.ts";
import { silentLogger } from "../lib/logger.ts";
import type { Embedder } from "../semantic/search/embedder.ts";

/** Where embedded benchmark data lives unless `--data-dir` says otherwise (gitignored). */
export const DEFAULT_BENCH_DATA_DIR = "tmp/bench-data";

/** A benchmark database and a label for the figures it prints. */
export interface BenchDatabase {
  db: Database;
  label: string;
}

/**
 * Open (and seed when empty) the benchmark database. A PostgreSQL database that already has
 * organizations is used as it is: the demo data is only added to an empty one, so a benchmark
 * never writes demo organizations beside a team's real data.
 */
export async function openBenchDatabase(
  opts: { databaseUrl?: string; dataDir?: string },
  embedder: Embedder,
): Promise<BenchDatabase> {
  const databaseUrl = opts.databaseUrl ?? loadEnv().DATABASE_URL;
  let db: Database;
  let label: string;
  if (databaseUrl) {
    db = await openDatabase({ databaseUrl });
    label = `PostgreSQL ${new URL(databaseUrl).host}`;
  } else {
    const dataDir = path.resolve(opts.dataDir ?? DEFAULT_BENCH_DATA_DIR);
    // PGlite creates only the last path segment; a fresh clone has no tmp/ yet.
    await mkdir(dataDir, { recursive: true });
    db = await openDatabase({ dataDir });
    label = `embedded PGlite ${path.relative(process.cwd(), dataDir) || dataDir}`;
  }
  try {
    const orgs = await listOrganizations(db);
    if (orgs.length === 0) {
      process.stdout.write(`preparing demo data in ${label} (first run only; takes a minute)...\n`);
      await seedDemo(db, { seed: 42, scale: 1, logger: silentLogger, afterLoad: refreshDerivedData });
    }
    await prepareOrganizations(db, silentLogger, await listOrganizations(db), embedder);
  } catch (e) {
    await db.close();
    throw e;
  }
  return { db, label };
}
