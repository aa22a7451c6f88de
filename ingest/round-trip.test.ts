/**
 * The round trip of issue #16: `npm run export` of a demo organization, imported unchanged into a
 * new organization, gives the same numbers: every catalog metric by day and channel, every
 * attribution model's credit per conversion, and 30 eval questions' answers.
 */
import { createReadStream } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onDataLoaded } from "../api/lifecycle.ts";
import { runMetricQuery } from "../db/analytics/deps.ts";
import { loadOrgCatalog } from "../db/catalog/repository.ts";
import { syncOrganizationCatalog } from "../db/catalog/sync.ts";
import { openTestDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { exportOrganization } from "../db/export/export-org.ts";
import { createOrganization } from "../db/repositories/create-organization.ts";
import { findOrganizationBySlug, type OrganizationRow } from "../db/repositories/organizations.ts";
import { insertPlannedChanges, listPlannedChanges } from "../db/repositories/planned-changes.ts";
import { seedDemo } from "../db/seed/seed-demo.ts";
import { DATA_THROUGH, FIRST_DAY } from "../db/simulator/calendar.ts";
import { createEvalAgent } from "../evals/ask.ts";
import { DATASET_DIR } from "../evals/build.ts";
import { EVAL_NOW } from "../evals/environment.ts";
import { readJsonl } from "../evals/jsonl.ts";
import type { BuiltCase } from "../evals/types.ts";
import { silentLogger } from "../lib/logger.ts";
import { createLocalEmbedder } from "../semantic/search/embed-local.ts";
import { checkHeader, importRecords } from "./import/import-records.ts";
import { IMPORT_KINDS } from "./import/kinds.ts";
import { csvRecords } from "./import/source.ts";
import { refreshAfterImport } from "./refresh/refresh-derived.ts";

describe("export -> import round trip", () => {
  let db: Database;
  let dir: string;
  let acme: OrganizationRow;
  let copy: OrganizationRow;
  const embedder = createLocalEmbedder();

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDemo(db, {
      seed: 42,
      scale: 0.05,
      logger: silentLogger,
      only: ["acme"],
      afterLoad: onDataLoaded,
    });
    acme = (await findOrganizationBySlug(db, "acme"))!;
    await syncOrganizationCatalog(db, acme.id, embedder);
    dir = await mkdtemp(path.join(tmpdir(), "round-trip-"));
    await exportOrganization(db, { org: "acme", outDir: dir });
    const created = await createOrganization(
      db,
      {
        slug: "acme-copy",
        name: acme.name,
        timeZone: acme.timeZone,
        currency: acme.currency,
        industry: acme.industry,
      },
      "test",
    );
    copy = created.organization;
    for (const kind of IMPORT_KINDS) {
      const result = await importRecords(db, {
        organizationId: copy.id,
        kind,
        records: csvRecords(createReadStream(path.join(dir, `${kind}.csv`)), (h) => checkHeader(kind, h)),
        source: `${kind}.csv`,
        batchRows: 5_000,
      });
      expect(result, kind).toMatchObject({ status: "succeeded", rejected: 0, updated: 0 });
    }
    // Planned budget tests are the team's own notes (entered through /api/v1/planned-changes), not
    // exported data; the anomaly scans read them, so the copy gets the same ones, as a team moving
    // its data would enter them again.
    const planned = await listPlannedChanges(db, acme.id);
    await insertPlannedChanges(
      db,
      copy.id,
      planned.map(({ channel, campaignId, from, to, expectedChangePercent, note, createdBy }) => ({
        channel,
        campaignId,
        from,
        to,
        expectedChangePercent,
        note,
        createdBy,
      })),
      new Date(),
    );
    await refreshAfterImport(db, { organizationId: copy.id, embedder });
  });
  afterAll(async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("imported every exported file and re-importing them adds nothing", async () => {
    expect((await readdir(dir)).sort()).toEqual(IMPORT_KINDS.map((k) => `${k}.csv`).sort());
    for (const kind of ["touchpoints", "conversions"] as const) {
      const again = await importRecords(db, {
        organizationId: copy.id,
        kind,
        records: csvRecords(createReadStream(path.join(dir, `${kind}.csv`))),
        source: `${kind}.csv`,
      });
      expect(again).toMatchObject({ inserted: 0, updated: 0 });
      expect(again.read).toBeGreaterThan(100);
    }
  });

  it("gives every attribution model the same credit per conversion, channel and campaign", async () => {
    const credit = (org: number) =>
      db.query(
        `SELECT model, order_id, channel, campaign_id, credit, revenue FROM attribution_results
         WHERE organization_id = $1 ORDER BY model, order_id, channel, campaign_id`,
        [org],
      );
    const [a, b] = [await credit(acme.id), await credit(copy.id)];
    expect(new Set(a.map((r) => r.model)).size).toBe(12);
    expect(a.length).toBeGreaterThan(1000);
    expect(b).toEqual(a);
  });

  it("gives every catalog metric the same value by day and channel", async () => {
    const catalog = await loadOrgCatalog(db, acme.id);
    const ctx = (o: OrganizationRow) => ({
      db,
      catalog,
      now: EVAL_NOW,
      tenant: {
        organizationId: o.id,
        timeZone: o.timeZone,
        defaultAttributionModel: o.defaultAttributionModel,
        attributionLookbackDays: o.attributionLookbackDays,
      },
    });
    let compared = 0;
    for (const [key, metric] of catalog.metrics) {
      const dimensions = metric.supportedDimensions.includes("channel") ? ["date", "channel"] : ["date"];
      const query = {
        metrics: [key],
        dimensions,
        filters: [],
        timeRange: { from: FIRST_DAY, to: DATA_THROUGH },
        limit: 10_000,
      };
      const a = await runMetricQuery(ctx(acme), query);
      const b = await runMetricQuery(ctx(copy), query);
      expect(b.rows, `${key} by ${dimensions.join(", ")}`).toEqual(a.rows);
      expect(b.totals, key).toEqual(a.totals);
      expect(a.rows.length, key).toBeGreaterThan(0);
      compared++;
    }
    expect(compared).toBe(catalog.metrics.size);
    expect(compared).toBeGreaterThan(20);
    // Customers' states travel in customers.csv: every metric that splits by state splits the same.
    let byState = 0;
    for (const [key, metric] of catalog.metrics) {
      if (!metric.supportedDimensions.includes("region")) continue;
      const query = {
        metrics: [key],
        dimensions: ["region"],
        filters: [],
        timeRange: { from: FIRST_DAY, to: DATA_THROUGH },
        limit: 1_000,
      };
      const [a, b] = [await runMetricQuery(ctx(acme), query), await runMetricQuery(ctx(copy), query)];
      expect(b.rows, `${key} by region`).toEqual(a.rows);
      expect(a.rows.length, `${key} by region`).toBeGreaterThan(5);
      byState++;
    }
    expect(byState).toBeGreaterThan(2);
  });

  it("answers 30 eval questions the same for both organizations", async () => {
    const cases: BuiltCase[] = [];
    for (const file of ["analysis.jsonl", "data.jsonl"]) {
      const [, ...rest] = await readJsonl(path.join(DATASET_DIR, file));
      cases.push(...(rest as BuiltCase[]).filter((c) => c.org === "acme" && c.turns.length === 1));
    }
    const picked = cases.filter((_, i) => i % Math.floor(cases.length / 30) === 0).slice(0, 30);
    expect(picked).toHaveLength(30);
    const agent = createEvalAgent({ db, embedder, orgs: new Map() }, { logger: silentLogger });
    let withNumbers = 0;
    for (const c of picked) {
      const question = c.turns[0]!.question;
      const [a, b] = [
        await agent.ask(acme, { question, now: EVAL_NOW }),
        await agent.ask(copy, { question, now: EVAL_NOW }),
      ];
      expect(b.answer.answer, question).toBe(a.answer.answer);
      expect(b.answer.data, question).toEqual(a.answer.data);
      expect(b.answer.toolCalls, question).toEqual(a.answer.toolCalls);
      if (/\d/.test(a.answer.answer)) withNumbers++;
    }
    expect(withNumbers).toBeGreaterThan(20);
  });
});
