/**
 * Seed the demo organizations (Acme Outdoor and Beta Bikes) with simulated data. Idempotent: an
 * organization that already has a `seed` data load is skipped unless `force`; otherwise its data
 * is replaced in one transaction, so running the seed twice never duplicates rows and a failed
 * seed leaves the previous data intact.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import cliProgress from "cli-progress";
import type { Logger } from "../../lib/logger.ts";
import type { Database, Queryable } from "../database.ts";
import { DATA_THROUGH } from "../simulator/calendar.ts";
import { groundTruthOfPlan } from "../simulator/ground-truth.ts";
import { buildOrgPlan } from "../simulator/plan.ts";
import type { OrgSpec } from "../simulator/spec-types.ts";
import { ACME } from "../simulator/specs/acme.ts";
import { BETA_BIKES } from "../simulator/specs/beta-bikes.ts";
import { fillFunnelSteps } from "./funnel-steps.ts";
import { withIndexesAndKeysRebuilt } from "./index-swap.ts";
import { deleteOrganizationData, loadPlan, upsertOrganization } from "./load-org.ts";
import { seedPlannedChanges } from "./planned-changes.ts";

/** The demo organizations, in seeding order. */
export const DEMO_ORGS: readonly OrgSpec[] = [ACME, BETA_BIKES];

/**
 * Above this many expected touchpoints, seeds rebuild indexes and keys after loading (acme at
 * scale 3 on PGlite: 9.5-10.3 s against 14.4-17.0 s; PostgreSQL gains more).
 */
const INDEX_REBUILD_MIN_TOUCHPOINTS = 1_000_000;

export interface SeedOptions {
  seed: number;
  /** Multiplies customers and every volume (budgets, curves, sessions). */
  scale: number;
  logger: Logger;
  /** Show a cli-progress bar (pass isInteractive()). */
  progress?: boolean;
  /** Re-seed organizations that are already seeded. */
  force?: boolean;
  /** Only these slugs (default: all demo organizations). */
  only?: readonly string[];
  /** Where `<slug>.json` ground truth files go; none written when undefined. */
  groundTruthDir?: string;
  /** COPY batch size in rows (default 50k). */
  batchRows?: number;
  /**
   * Drop and rebuild the customers/touchpoints/conversions indexes and keys around the load
   * (db/seed/index-swap.ts). "auto" (default) does it above 1M expected touchpoints, where it is
   * measurably faster.
   */
  rebuildIndexes?: boolean | "auto";
  /** Called inside the seeding transaction after the data is loaded (e.g. attribution). */
  afterLoad?: (tx: Queryable, org: { id: number; slug: string; lookbackDays: number }) => Promise<void>;
}

export interface OrgSeedResult {
  slug: string;
  organizationId: number;
  skipped: boolean;
  /** Rows loaded per table (empty when skipped). */
  rows: Record<string, number>;
  seconds: number;
  groundTruthPath?: string;
}

export interface SeedReport {
  seed: number;
  scale: number;
  orgs: OrgSeedResult[];
}

/** Seed every demo organization (see module doc for idempotence). */
export async function seedDemo(db: Database, opts: SeedOptions): Promise<SeedReport> {
  const specs = DEMO_ORGS.filter((s) => !opts.only || opts.only.includes(s.slug));
  const unknown = (opts.only ?? []).filter((slug) => !DEMO_ORGS.some((s) => s.slug === slug));
  if (unknown.length > 0) throw new Error(`unknown demo organization: ${unknown.join(", ")}`);
  const report: SeedReport = { seed: opts.seed, scale: opts.scale, orgs: [] };
  for (const spec of specs) report.orgs.push(await seedOrg(db, spec, opts));
  return report;
}

async function seedOrg(db: Database, spec: OrgSpec, opts: SeedOptions): Promise<OrgSeedResult> {
  const started = performance.now();
  // Two statements, the second pinned to the organization, so each stays on one shard on Citus.
  const [org] = await db.query<{ id: number }>("SELECT id FROM organizations WHERE slug = $1", [spec.slug]);
  const existing = org
    ? await db.query<{ id: number }>(
        "SELECT organization_id AS id FROM data_loads WHERE organization_id = $1 AND kind = 'seed' LIMIT 1",
        [org.id],
      )
    : [];
  if (existing[0] && !opts.force) {
    opts.logger.info(
      { org: spec.slug },
      "demo organization already seeded; skipping (use --force to re-seed)",
    );
    return { slug: spec.slug, organizationId: existing[0].id, skipped: true, rows: {}, seconds: 0 };
  }
  const plan = buildOrgPlan(spec, opts.seed, opts.scale);
  const bar = opts.progress ? progressBar(spec.slug, plan.customers) : undefined;
  let touchpoints = 0;
  const onProgress = (customers: number, touches: number) => {
    touchpoints += touches;
    bar?.increment(customers, { touchpoints: touchpoints.toLocaleString("en-US") });
  };
  const expectedTouchpoints = 8 * plan.customers;
  const mode = opts.rebuildIndexes ?? "auto";
  const rebuild = mode === "auto" ? expectedTouchpoints >= INDEX_REBUILD_MIN_TOUCHPOINTS : mode;
  let orgId = 0;
  let rows: Record<string, number> = {};
  try {
    await db.transaction(async (tx) => {
      const org = await upsertOrganization(tx, spec);
      orgId = org.id;
      await deleteOrganizationData(tx, org.id);
      const load = () => loadPlan(tx, plan, org.id, { batchRows: opts.batchRows, onProgress });
      rows = rebuild ? await withIndexesAndKeysRebuilt(tx, load) : await load();
      // The flights and budget changes the history follows, known to the anomaly detector.
      await seedPlannedChanges(tx, org.id, plan);
      await tx.query(
        `INSERT INTO data_loads (organization_id, kind, seed, scale, rows, data_through)
         VALUES ($1, 'seed', $2, $3, $4::jsonb, $5)`,
        [org.id, opts.seed, opts.scale, JSON.stringify(rows), DATA_THROUGH],
      );
      await opts.afterLoad?.(tx, { id: org.id, slug: spec.slug, lookbackDays: org.lookbackDays });
      // Carts and checkouts hold each channel's last-touch orders, so they come after attribution.
      await fillFunnelSteps(tx, { id: org.id, slug: spec.slug, seed: opts.seed, timeZone: spec.timeZone });
    });
  } finally {
    bar?.stop();
  }
  let groundTruthPath: string | undefined;
  if (opts.groundTruthDir) {
    await mkdir(opts.groundTruthDir, { recursive: true });
    groundTruthPath = path.join(opts.groundTruthDir, `${spec.slug}.json`);
    await writeFile(groundTruthPath, `${JSON.stringify(groundTruthOfPlan(plan), null, 2)}\n`);
  }
  const seconds = (performance.now() - started) / 1000;
  opts.logger.info(
    { org: spec.slug, organizationId: orgId, rows, seconds: Math.round(seconds * 10) / 10 },
    "seeded",
  );
  return { slug: spec.slug, organizationId: orgId, skipped: false, rows, seconds, groundTruthPath };
}

function progressBar(slug: string, total: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    {
      format: `seeding ${slug} [{bar}] {percentage}% | {value}/{total} customers | {touchpoints} touchpoints | ETA {eta_formatted}`,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { touchpoints: "0" });
  return bar;
}
