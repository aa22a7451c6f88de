/**
 * The truth checks' environment: an in-memory database seeded with both demo organizations exactly
 * as `npm start` does (api/testing.ts seedTestData: seed 42, attribution materialized, catalog
 * synced), the tool dependencies of one organization as authentication would set them, and that
 * organization's ground truth for the same seed and scale.
 */
import { seedTestData } from "../../api/testing.ts";
import { loadOrgCatalog } from "../../db/catalog/repository.ts";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { DEMO_ORGS } from "../../db/seed/seed-demo.ts";
import { buildGroundTruth, type GroundTruth } from "../../db/simulator/ground-truth.ts";
import type { OrgSpec } from "../../db/simulator/spec-types.ts";
import type { ToolDeps } from "../../tools/shared/deps.ts";

/** The seed seedTestData uses (and so the ground truth must use). */
export const TRUTH_SEED = 42;
/** The request clock: the day after the simulated year ends (noon UTC). */
export const TRUTH_NOW = new Date("2026-11-01T12:00:00Z");

/** Open an in-memory database and seed both demo organizations at `scale` (and `seed`). */
export async function openTruthDatabase(scale: number, seed = TRUTH_SEED): Promise<Database> {
  const db = await openTestDatabase();
  await seedTestData(db, scale, seed);
  return db;
}

/** A demo organization's spec by slug. */
export function demoSpec(slug: string): OrgSpec {
  const spec = DEMO_ORGS.find((s) => s.slug === slug);
  if (!spec) throw new Error(`unknown demo organization '${slug}'`);
  return spec;
}

/** Tool dependencies of one seeded organization, and its ground truth at `scale`. */
export async function truthContext(
  db: Database,
  slug: string,
  scale: number,
  seed = TRUTH_SEED,
): Promise<{ deps: ToolDeps; truth: GroundTruth; spec: OrgSpec }> {
  const [org] = await db.query<{
    id: number;
    time_zone: string;
    currency: string;
    industry: string;
    default_attribution_model: string;
    attribution_lookback_days: number;
  }>("SELECT * FROM organizations WHERE slug = $1", [slug]);
  if (!org) throw new Error(`organization '${slug}' is not seeded`);
  const spec = demoSpec(slug);
  const deps: ToolDeps = {
    db,
    catalog: await loadOrgCatalog(db, org.id),
    now: TRUTH_NOW,
    tenant: {
      organizationId: org.id,
      timeZone: org.time_zone,
      defaultAttributionModel: org.default_attribution_model,
      attributionLookbackDays: org.attribution_lookback_days,
      currency: org.currency,
      industry: org.industry,
    },
  };
  return { deps, truth: buildGroundTruth(spec, { seed, scale }), spec };
}
