import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTestData } from "../../api/testing.ts";
import { executeMetricQuery } from "../../semantic/execute/execute.ts";
import { createAttribution } from "../../tools/attribution/execute.ts";
import { loadDimensionValues } from "../catalog/dimension-values.ts";
import { createCustomMetric, listCustomMetrics, loadOrgCatalog } from "../catalog/repository.ts";
import { openTestDatabase } from "../connect.ts";
import type { Database } from "../database.ts";
import { exportOrganization } from "../export/export-org.ts";
import { createApiKey, findKeyOwner, listApiKeys } from "./api-keys.ts";
import { findOrganizationBySlug, type OrganizationRow } from "./organizations.ts";
import { appendMessage, createThread, findThread, listMessages } from "./threads.ts";

/**
 * Every read that takes an organization returns nothing of another organization, on data where
 * both organizations have rows in every table.
 */
describe("tenant isolation", () => {
  let db: Database;
  let acme: OrganizationRow;
  let beta: OrganizationRow;
  const NOW = new Date("2026-11-01T12:00:00Z");

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedTestData(db, 0.02);
    acme = (await findOrganizationBySlug(db, "acme"))!;
    beta = (await findOrganizationBySlug(db, "beta-bikes"))!;
    for (const org of [acme, beta]) {
      await createApiKey(db, { organizationId: org.id, role: "analyst", name: `${org.slug} key` });
      const thread = await createThread(db, {
        organizationId: org.id,
        surface: "api",
        id: `thread-${org.slug}`,
      });
      await appendMessage(db, {
        organizationId: org.id,
        threadId: thread.id,
        role: "user",
        content: `${org.slug} question`,
      });
    }
    await createCustomMetric(db, beta.id, {
      key: "beta_only_metric",
      label: "Beta only",
      description: "Custom.",
      synonyms: [],
      unit: "ratio",
      format: "decimal",
      formula: "revenue / orders",
      higherIsBetter: true,
    });
  });
  afterAll(() => db.close());

  it("gives every business table an organization_id column", async () => {
    // slack_events only records which Slack deliveries were handled (event ids, no business data);
    // currency_rates is a shared reference table of public exchange rates (docs/scaling.md).
    const tables = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
       AND table_name NOT IN ('organizations', 'agent_checkpoints', 'agent_checkpoint_writes', 'slack_events', 'currency_rates')`,
    );
    const withOrg = await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'organization_id'",
    );
    expect(tables.length).toBeGreaterThan(15);
    const have = new Set(withOrg.map((r) => r.table_name));
    expect(tables.map((t) => t.table_name).filter((t) => !have.has(t))).toEqual([]);
  });

  it("keys, threads and messages", async () => {
    expect((await listApiKeys(db, acme.id)).map((k) => k.name)).toEqual(["acme key"]);
    expect(await findThread(db, acme.id, "thread-beta-bikes")).toBeUndefined();
    expect(await listMessages(db, acme.id, "thread-beta-bikes")).toEqual([]);
    expect((await listMessages(db, acme.id, "thread-acme")).map((m) => m.content)).toEqual(["acme question"]);
    const betaKey = await createApiKey(db, { organizationId: beta.id, role: "viewer" });
    expect((await findKeyOwner(db, betaKey.key))?.organizationId).toBe(beta.id);
  });

  it("catalog, custom metrics and dimension values", async () => {
    expect(await listCustomMetrics(db, acme.id)).toEqual([]);
    expect((await loadOrgCatalog(db, acme.id)).metrics.has("beta_only_metric")).toBe(false);
    expect((await loadOrgCatalog(db, beta.id)).metrics.has("beta_only_metric")).toBe(true);
    const betaCampaigns = await db.query<{ name: string }>(
      "SELECT name FROM campaigns WHERE organization_id = $1",
      [beta.id],
    );
    const acmeValues = await loadDimensionValues(db, acme.id);
    const acmeCampaignNames = new Set(
      acmeValues.filter((v) => v.dimension === "campaign").map((v) => v.label),
    );
    for (const c of betaCampaigns) expect(acmeCampaignNames.has(c.name)).toBe(false);
  });

  it("metric queries and attribution read only the tenant's facts", async () => {
    const tenant = { ...acme, organizationId: acme.id };
    const catalog = await loadOrgCatalog(db, acme.id);
    const result = await executeMetricQuery(
      { catalog, run: (sql, params) => db.query(sql, params), now: NOW },
      {
        metrics: ["spend", "revenue"],
        dimensions: ["campaign"],
        timeRange: { from: "2025-11-01", to: "2026-10-31" },
      },
      tenant,
    );
    const betaIds = new Set(
      (await db.query<{ id: number }>("SELECT id FROM campaigns WHERE organization_id = $1", [beta.id])).map(
        (r) => r.id,
      ),
    );
    const [acmeSpend] = await db.query<{ s: number }>(
      "SELECT sum(spend)::float8 AS s FROM ad_spend_daily WHERE organization_id = $1",
      [acme.id],
    );
    expect(result.rows.some((r) => betaIds.has(r.campaign as number))).toBe(false);
    expect(result.totals.spend).toBeCloseTo(acmeSpend!.s, 6);
    const attribution = await createAttribution({ db, catalog, tenant, now: NOW })({
      models: ["linear"],
      period: { from: "2025-11-01", to: "2026-10-31" },
      level: "campaign",
    });
    expect(attribution.ok).toBe(true);
    if (attribution.ok) {
      for (const row of attribution.data.models[0]!.rows) expect(betaIds.has(row.key as number)).toBe(false);
    }
  });

  it("exports only the tenant's rows", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "export-"));
    try {
      await exportOrganization(db, { org: "acme", outDir: dir });
      const orders = readFileSync(path.join(dir, "conversions.csv"), "utf8").trim().split("\n").slice(1);
      const [count] = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM conversions WHERE organization_id = $1",
        [acme.id],
      );
      expect(orders).toHaveLength(count!.n);
      expect(orders.every((line) => line.endsWith(",USD,true") || line.endsWith(",USD,false"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
