/**
 * Test support for db/analytics, its routes and tools: an in-memory database seeded with the demo
 * organizations (seed 42, scale 0.05) and the Acme tenant as authentication would set it.
 */
import { silentLogger } from "../../lib/logger.ts";
import type { CompileContext } from "../../semantic/compile/plan.ts";
import { loadOrgCatalog } from "../catalog/repository.ts";
import { openTestDatabase } from "../connect.ts";
import type { Database } from "../database.ts";
import { seedDemo } from "../seed/seed-demo.ts";
import type { AnalyticsDeps } from "./deps.ts";

/** The request clock in tests: the day after the simulated data ends. */
export const TEST_NOW = new Date("2026-11-01T12:00:00Z");

/** A seeded database and the Acme organization's tenant facts. */
export interface SeededAnalytics {
  db: Database;
  deps: AnalyticsDeps & { tenant: CompileContext & { currency: string; industry: string } };
  /** Everything api/tenant.ts's Tenant carries, for route tests. */
  tenant: {
    organizationId: number;
    slug: string;
    name: string;
    timeZone: string;
    currency: string;
    industry: string;
    defaultAttributionModel: string;
    attributionLookbackDays: number;
    role: "analyst";
    keyId: number;
  };
}

/** Open an in-memory database, seed the demo organizations, and describe Acme. */
export async function openSeededAnalytics(): Promise<SeededAnalytics> {
  const db = await openTestDatabase();
  await seedDemo(db, { seed: 42, scale: 0.05, logger: silentLogger, only: ["acme"] });
  const [org] = await db.query<{
    id: number;
    slug: string;
    name: string;
    time_zone: string;
    currency: string;
    industry: string;
    default_attribution_model: string;
    attribution_lookback_days: number;
  }>("SELECT * FROM organizations WHERE slug = 'acme'");
  if (!org) throw new Error("the demo seed did not create the acme organization");
  const tenant = {
    organizationId: org.id,
    slug: org.slug,
    name: org.name,
    timeZone: org.time_zone,
    currency: org.currency,
    industry: org.industry,
    defaultAttributionModel: org.default_attribution_model,
    attributionLookbackDays: org.attribution_lookback_days,
    role: "analyst" as const,
    keyId: 1,
  };
  const catalog = await loadOrgCatalog(db, org.id);
  return {
    db,
    tenant,
    deps: {
      db,
      catalog,
      now: TEST_NOW,
      tenant: {
        organizationId: org.id,
        timeZone: org.time_zone,
        defaultAttributionModel: org.default_attribution_model,
        attributionLookbackDays: org.attribution_lookback_days,
        currency: org.currency,
        industry: org.industry,
      },
    },
  };
}
