/**
 * `npm run bench -- refresh [--scale=0.25]`: the refresh after importing one new day, against a
 * full recompute, on the same in-memory database. Seeds the Acme demo (attribution materialized),
 * imports one new day of touchpoints and orders for existing customers (the export format, through
 * importRecords), then times refreshAfterImport (queued customers only under the path models, the
 * data-driven models in full) and materializeAttribution of every model for the whole organization.
 */
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { onDataLoaded } from "../api/lifecycle.ts";
import { materializeAttribution } from "../db/attribution/materialize.ts";
import { openTestDatabase } from "../db/connect.ts";
import { findOrganizationBySlug } from "../db/repositories/organizations.ts";
import { seedDemo } from "../db/seed/seed-demo.ts";
import { checkHeader, importRecords } from "../ingest/import/import-records.ts";
import { csvRecords } from "../ingest/import/source.ts";
import { refreshAfterImport } from "../ingest/refresh/refresh-derived.ts";
import { silentLogger } from "../lib/logger.ts";

/** Run the benchmark (see module doc). */
export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { scale: { type: "string", default: "0.25" } } });
  const db = await openTestDatabase();
  try {
    await seedDemo(db, {
      seed: 42,
      scale: Number(values.scale),
      logger: silentLogger,
      only: ["acme"],
      afterLoad: onDataLoaded,
    });
    const org = (await findOrganizationBySlug(db, "acme"))!;
    const [totals] = await db.query<{ t: number; c: number; customers: number }>(
      `SELECT (SELECT count(*)::int FROM touchpoints WHERE organization_id = $1) AS t,
         (SELECT count(*)::int FROM conversions WHERE organization_id = $1) AS c,
         (SELECT count(DISTINCT customer_id)::int FROM touchpoints WHERE organization_id = $1) AS customers`,
      [org.id],
    );
    // One new day (2026-11-01): a touch for 1 in 50 customers, an order for 1 in 5 of those.
    const customers = await db.query<{ id: number }>(
      "SELECT DISTINCT customer_id AS id FROM touchpoints WHERE organization_id = $1 ORDER BY 1",
      [org.id],
    );
    const picked = customers.filter((_, i) => i % 50 === 0).map((r) => Number(r.id));
    const [maxId] = await db.query<{ id: number }>(
      "SELECT max(id)::bigint AS id FROM touchpoints WHERE organization_id = $1",
      [org.id],
    );
    let touches = "touchpoint_id,customer_id,ts,channel,platform,campaign_id,source,medium\n";
    let orders = "order_id,customer_id,ts,revenue,currency,is_new_customer\n";
    picked.forEach((c, i) => {
      const hour = String(8 + (i % 12)).padStart(2, "0");
      touches += `${Number(maxId!.id) + i + 1},${c},2026-11-01T${hour}:00:00.000Z,email,,,newsletter,email\n`;
      if (i % 5 === 0) orders += `N-${i},${c},2026-11-01T${hour}:30:00.000Z,80.00,${org.currency},false\n`;
    });
    const t0 = performance.now();
    for (const [kind, text] of [
      ["touchpoints", touches],
      ["conversions", orders],
    ] as const) {
      await importRecords(db, {
        organizationId: org.id,
        kind,
        records: csvRecords(Readable.from([text]), (h) => checkHeader(kind, h)),
        source: `${kind}.csv`,
      });
    }
    const importSeconds = (performance.now() - t0) / 1000;
    const refresh = await refreshAfterImport(db, { organizationId: org.id });
    const t1 = performance.now();
    const full = await materializeAttribution(db, { organizationId: org.id });
    const fullSeconds = (performance.now() - t1) / 1000;
    const p = (s: string) => process.stdout.write(`${s}\n`);
    p(
      `acme at scale ${values.scale}: ${totals!.t} touchpoints, ${totals!.c} conversions, ${totals!.customers} customers`,
    );
    p(
      `one new day: ${picked.length} touchpoints, ${Math.ceil(picked.length / 5)} orders imported in ${importSeconds.toFixed(2)} s`,
    );
    p(
      `incremental refresh: ${refresh.customers} customers, path models ${refresh.pathRows} rows in ${refresh.seconds.customers.toFixed(2)} s; data-driven models in full ${refresh.dataDrivenRows} rows in ${refresh.seconds.dataDriven.toFixed(2)} s; catalog+statistics ${(refresh.seconds.catalog + refresh.seconds.statistics).toFixed(2)} s; total ${refresh.seconds.total.toFixed(2)} s`,
    );
    p(`full recompute (every model, every customer): ${full.rows} rows in ${fullSeconds.toFixed(2)} s`);
    p(
      `path models: ${(refresh.seconds.customers / fullSeconds).toFixed(3)} of the full recompute; whole refresh: ${(refresh.seconds.total / fullSeconds).toFixed(3)}`,
    );
  } finally {
    await db.close();
  }
}
