/**
 * `npm run bench -- refresh [--scale=0.25]`: the refresh after importing one new day, against a
 * full recompute, on the same in-memory database. Seeds the Acme demo (attribution materialized),
 * imports one new day of touchpoints and orders for existing customers (the export format, through
 * importRecords) and refreshes, twice: the first refresh in a process reads every customer for the
 * data-driven models (and keeps their rows), the second refreshes them from what it keeps. Then
 * times materializeAttribution of every model for the whole organization, and checks that the
 * incremental refresh left exactly the rows the full recompute writes.
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
import { type RefreshReport, refreshAfterImport } from "../ingest/refresh/refresh-derived.ts";
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
    // One new day at a time: a touch for 1 in 50 customers, an order for 1 in 5 of those. The
    // first day's refresh is this process's first (it reads everything and keeps it); the second
    // is the one a running server does after each import.
    const customers = await db.query<{ id: number }>(
      "SELECT DISTINCT customer_id AS id FROM touchpoints WHERE organization_id = $1 ORDER BY 1",
      [org.id],
    );
    const importDay = async (day: string, offset: number) => {
      const picked = customers.filter((_, i) => i % 50 === offset).map((r) => Number(r.id));
      const [maxId] = await db.query<{ id: number }>(
        "SELECT max(id)::bigint AS id FROM touchpoints WHERE organization_id = $1",
        [org.id],
      );
      let touches = "touchpoint_id,customer_id,ts,channel,platform,campaign_id,source,medium\n";
      let orders = "order_id,customer_id,ts,revenue,currency,is_new_customer\n";
      picked.forEach((c, i) => {
        const hour = String(8 + (i % 12)).padStart(2, "0");
        touches += `${Number(maxId!.id) + i + 1},${c},${day}T${hour}:00:00.000Z,email,,,newsletter,email\n`;
        if (i % 5 === 0)
          orders += `N-${day}-${i},${c},${day}T${hour}:30:00.000Z,80.00,${org.currency},false\n`;
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
      return { picked: picked.length, seconds: (performance.now() - t0) / 1000 };
    };
    const p = (s: string) => process.stdout.write(`${s}\n`);
    const describe = (r: RefreshReport) =>
      `${r.customers} customers, path models ${r.pathRows} rows in ${r.seconds.customers.toFixed(2)} s; ` +
      `data-driven models (${r.dataDriven?.mode}${r.dataDriven?.reason ? `: ${r.dataDriven.reason}` : ""}) ` +
      `${r.dataDrivenRows} rows in ${r.seconds.dataDriven.toFixed(2)} s, conversions rewritten ${JSON.stringify(r.dataDriven?.rewritten)}, seconds ${JSON.stringify(r.dataDriven?.seconds)}; ` +
      `catalog+statistics ${(r.seconds.catalog + r.seconds.statistics).toFixed(2)} s; total ${r.seconds.total.toFixed(2)} s`;
    p(
      `acme at scale ${values.scale}: ${totals!.t} touchpoints, ${totals!.c} conversions, ${totals!.customers} customers`,
    );
    const day1 = await importDay("2026-11-01", 0);
    p(
      `day 1: ${day1.picked} touchpoints, ${Math.ceil(day1.picked / 5)} orders imported in ${day1.seconds.toFixed(2)} s`,
    );
    const first = await refreshAfterImport(db, { organizationId: org.id });
    p(`  first refresh in this process: ${describe(first)}`);
    const day2 = await importDay("2026-11-02", 1);
    p(
      `day 2: ${day2.picked} touchpoints, ${Math.ceil(day2.picked / 5)} orders imported in ${day2.seconds.toFixed(2)} s`,
    );
    const refresh = await refreshAfterImport(db, { organizationId: org.id });
    p(`  incremental refresh: ${describe(refresh)}`);
    const snapshot = () =>
      db.query(
        "SELECT model, order_id, channel, campaign_id, credit, revenue, conversion_ts FROM attribution_results WHERE organization_id = $1 ORDER BY model, order_id, channel, campaign_id",
        [org.id],
      );
    const before = await snapshot();
    const t1 = performance.now();
    const full = await materializeAttribution(db, { organizationId: org.id });
    const fullSeconds = (performance.now() - t1) / 1000;
    const after = await snapshot();
    const same = JSON.stringify(before) === JSON.stringify(after);
    p(`full recompute (every model, every customer): ${full.rows} rows in ${fullSeconds.toFixed(2)} s`);
    p(
      `attribution rows after the incremental refresh vs the full recompute: ${before.length} vs ${after.length}, ${same ? "identical (every model, credit and revenue)" : "DIFFERENT"}`,
    );
    p(
      `incremental refresh / full recompute: path models ${(refresh.seconds.customers / fullSeconds).toFixed(3)}, data-driven models ${(refresh.seconds.dataDriven / fullSeconds).toFixed(3)}, whole refresh ${(refresh.seconds.total / fullSeconds).toFixed(3)} (first refresh in the process: ${(first.seconds.total / fullSeconds).toFixed(3)})`,
    );
    if (!same) process.exitCode = 1;
  } finally {
    await db.close();
  }
}
