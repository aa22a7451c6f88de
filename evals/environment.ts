/**
 * The eval environment, shared by the build step and the runner so expected values and answers
 * come from the same data: a fresh in-memory PGlite seeded with the demo organizations at a fixed
 * seed and scale, attribution materialized (api/lifecycle.ts onDataLoaded) and each organization's
 * catalog synced (as prepareOrganizations does at start), read at a fixed clock.
 */
import { onDataLoaded } from "../api/lifecycle.ts";
import { syncOrganizationCatalog } from "../db/catalog/sync.ts";
import { openTestDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { listOrganizations, type OrganizationRow } from "../db/repositories/organizations.ts";
import { seedDemo } from "../db/seed/seed-demo.ts";
import type { Logger } from "../lib/logger.ts";
import { createLocalEmbedder } from "../semantic/search/embed-local.ts";
import type { Embedder } from "../semantic/search/embedder.ts";

/** Seed of the simulated demo data every dataset is built and run at. */
export const EVAL_SEED = 42;
/**
 * Scale of the demo data. 0.25 keeps `npm run evals` in CI to about half a minute of seeding
 * (scale 1 with attribution takes about 90 s); the dataset stores the scale it was built at and
 * the runner refuses a dataset built at another one.
 */
export const EVAL_SCALE = 0.25;
/** The clock: 2026-11-01 at noon UTC (07:00 in New York, 13:00 in Berlin), as NOW=2026-11-01 pins it. */
export const EVAL_NOW = new Date("2026-11-01T12:00:00Z");
/** Bump when the case format or the value extraction changes. */
export const DATASET_VERSION = 1;

/** A seeded database with its organizations by slug. */
export interface EvalEnvironment {
  db: Database;
  embedder: Embedder;
  orgs: Map<string, OrganizationRow>;
}

/**
 * Open and seed a fresh in-memory database for evals.
 * @example const env = await openEvalEnvironment({ logger: silentLogger });
 */
export async function openEvalEnvironment(opts: {
  logger: Logger;
  seed?: number;
  scale?: number;
  progress?: boolean;
}): Promise<EvalEnvironment> {
  const db = await openTestDatabase();
  await seedDemo(db, {
    seed: opts.seed ?? EVAL_SEED,
    scale: opts.scale ?? EVAL_SCALE,
    logger: opts.logger,
    progress: opts.progress ?? false,
    afterLoad: onDataLoaded,
  });
  // The local embedder keeps catalog search deterministic and offline for both models.
  const embedder = createLocalEmbedder();
  const rows = await listOrganizations(db);
  for (const org of rows) await syncOrganizationCatalog(db, org.id, embedder);
  return { db, embedder, orgs: new Map(rows.map((o) => [o.slug, o])) };
}

/** The organization a case is asked as; throws for an unknown slug (a broken case). */
export function orgOf(env: EvalEnvironment, slug: string): OrganizationRow {
  const org = env.orgs.get(slug);
  if (!org) throw new Error(`unknown organization '${slug}' (have: ${[...env.orgs.keys()].join(", ")})`);
  return org;
}
