/**
 * After an import: bring derived data up to date for what changed, not for everything.
 *
 * - Attribution under the path models (first/last touch, linear, time decay, position based, ...):
 *   a conversion's credit depends only on its own customer's journey, so only the customers in
 *   `refresh_queue` (written by the import in the same transaction as their rows) are re-read and
 *   re-credited, chunk by chunk, each chunk in one transaction that also dequeues it.
 * - The data-driven models (Markov, Shapley, counterfactual) learn their weights from every
 *   journey: they run on every journey once per refresh when some customer changed, but from the
 *   customers' rows this process keeps (updated with the queued customers' rows read above), not a
 *   full read of the tables, and only the conversions whose credit changed are rewritten
 *   (data-driven.ts; the same numbers as a full recompute, bit for bit).
 * - Catalog dimension values (new campaigns, e-mail campaigns) are synced; the sync embeds only
 *   documents that changed.
 * - A `data_loads` row records the load: /health and the planner's per-organization cache read
 *   its time as the data's freshness.
 *
 * Currency conversion happens before rows are stored (the import's transform hook), so nothing
 * here depends on rates.
 */
import { creditRows, prepareJourneys, storedModelName } from "../../core/attribution/credit.ts";
import { buildCustomerJourneys } from "../../core/attribution/journeys.ts";
import {
  attributionOptionsSchema,
  DATA_DRIVEN_MODELS,
  MODEL_NAMES,
  type ModelName,
} from "../../core/attribution/types.ts";
import { ATTRIBUTION_COLUMNS } from "../../db/attribution/materialize.ts";
import { creditRowsCsv } from "../../db/attribution/rows-csv.ts";
import { syncOrganizationCatalog } from "../../db/catalog/sync.ts";
import type { Database, Queryable } from "../../db/database.ts";
import type { Embedder } from "../../semantic/search/embedder.ts";
import {
  type CustomerRows,
  checkKept,
  type DataDrivenReport,
  forgetKept,
  markKept,
  refreshDataDriven,
  updateKept,
} from "./data-driven.ts";

/** Models whose credit for a conversion depends only on that customer's journey. */
export const PATH_MODELS: readonly ModelName[] = MODEL_NAMES.filter((m) => !DATA_DRIVEN_MODELS.includes(m));

export interface RefreshProgress {
  /** Steps done and in all: customer chunks, then data-driven models, catalog, statistics. */
  done: number;
  total: number;
  phase: "customers" | "data_driven" | "catalog" | "statistics";
}

export interface RefreshReport {
  customers: number;
  /** Attribution rows written for the queued customers' conversions (path models). */
  pathRows: number;
  /** Attribution rows the data-driven models wrote (0 when they did not run or nothing changed). */
  dataDrivenRows: number;
  /**
   * How the data-driven models ran: from the rows this process keeps ("incremental") or after
   * reading every customer ("full", with why), and how many conversions each model rewrote.
   */
  dataDriven?: Pick<DataDrivenReport, "mode" | "reason" | "rewritten" | "seconds">;
  seconds: { customers: number; dataDriven: number; catalog: number; statistics: number; total: number };
}

export interface RefreshOptions {
  organizationId: number;
  /** Syncs catalog dimension values when given. */
  embedder?: Embedder;
  /** Customers per chunk (one read, one transaction). */
  chunkCustomers?: number;
  /** Skip the data-driven models (they are then stale until the next full refresh). */
  skipDataDriven?: boolean;
  /** Recompute the data-driven models even when no customer is queued (a deferred pass). */
  forceDataDriven?: boolean;
  /**
   * Skip the catalog sync and ANALYZE: a tracking batch adds a few rows and no campaign, and
   * ANALYZE of the fact tables costs seconds at demo scale.
   */
  light?: boolean;
  /** Recorded in the `data_loads` row. */
  jobIds?: readonly number[];
  onProgress?: (p: RefreshProgress) => void;
}

/**
 * Refresh derived data for the customers queued by imports; see the module note for what runs.
 * @example await refreshAfterImport(db, { organizationId: 3, embedder })
 */
export async function refreshAfterImport(db: Database, opts: RefreshOptions): Promise<RefreshReport> {
  const t0 = performance.now();
  const org = opts.organizationId;
  const [o] = await db.query<{ days: number }>(
    "SELECT attribution_lookback_days AS days FROM organizations WHERE id = $1",
    [org],
  );
  const lookbackDays = o?.days ?? 30;
  const queued = (
    await db.query<{ id: number }>(
      "SELECT customer_id AS id FROM refresh_queue WHERE organization_id = $1 ORDER BY customer_id",
      [org],
    )
  ).map((r) => Number(r.id));
  const chunk = opts.chunkCustomers ?? 20_000;
  const chunks = Math.ceil(queued.length / chunk);
  const runDataDriven = (queued.length > 0 || opts.forceDataDriven === true) && !opts.skipDataDriven;
  const total = chunks + (runDataDriven ? 1 : 0) + 2;
  let done = 0;
  const step = (phase: RefreshProgress["phase"]) => opts.onProgress?.({ done: ++done, total, phase });
  opts.onProgress?.({ done, total, phase: "customers" });

  let pathRows = 0;
  let dataDriven: DataDrivenReport | undefined;
  // What this process keeps for the data-driven models is checked first, then kept up to date
  // with the queued customers' rows as they are read (see data-driven.ts).
  const notKept = await checkKept(db, org, lookbackDays);
  try {
    for (let i = 0; i < queued.length; i += chunk) {
      const ids = queued.slice(i, i + chunk);
      const read = await readCustomersOf(db, org, ids);
      pathRows += await refreshCustomers(db, org, ids, read, lookbackDays);
      updateKept(db, org, ids, read);
      step("customers");
    }
  } catch (e) {
    forgetKept(db, org);
    throw e;
  }
  const t1 = performance.now();
  if (runDataDriven) {
    dataDriven = await refreshDataDriven(db, org, lookbackDays);
    step("data_driven");
  }
  const t2 = performance.now();
  if (opts.embedder && !opts.light) await syncOrganizationCatalog(db, org, opts.embedder);
  step("catalog");
  const t3 = performance.now();
  // Embedded PGlite has no autovacuum: fresh statistics keep the planner on the indexes.
  if (!opts.light) {
    await db.exec(
      "ANALYZE ad_spend_daily, touchpoints, conversions, attribution_results, campaigns, web_sessions_daily, email_daily",
    );
  }
  const dataDrivenRows = dataDriven?.rows ?? 0;
  const loadId = await recordLoad(db, org, {
    jobIds: opts.jobIds ?? [],
    customers: queued.length,
    pathRows,
    dataDrivenRows,
  });
  markKept(db, org, loadId);
  step("statistics");
  const t4 = performance.now();
  const s = (ms: number) => Math.round(ms) / 1000;
  return {
    customers: queued.length,
    pathRows,
    dataDrivenRows,
    ...(dataDriven
      ? {
          dataDriven: {
            mode: dataDriven.mode,
            ...(dataDriven.mode === "full" ? { reason: notKept ?? dataDriven.reason ?? "" } : {}),
            rewritten: dataDriven.rewritten,
            seconds: dataDriven.seconds,
          },
        }
      : {}),
    seconds: {
      customers: s(t1 - t0),
      dataDriven: s(t2 - t1),
      catalog: s(t3 - t2),
      statistics: s(t4 - t3),
      total: s(t4 - t0),
    },
  };
}

/** Re-credit the conversions of `ids` under the path models, and dequeue them, in one transaction. */
async function refreshCustomers(
  db: Database,
  org: number,
  ids: number[],
  read: Map<number, CustomerRows>,
  lookbackDays: number,
): Promise<number> {
  const options = attributionOptionsSchema.parse({ level: "channel" });
  const journeyOpts = { lookbackDays, afterPreviousConversion: true };
  const prepared = prepareJourneys(
    [...read.values()].map((c) => buildCustomerJourneys(c.touches, c.conversions, journeyOpts)),
  );
  return db.transaction(async (tx) => {
    await tx.query(
      `DELETE FROM attribution_results WHERE organization_id = $1 AND model = ANY($2::text[])
         AND order_id IN (SELECT order_id FROM conversions WHERE organization_id = $1 AND customer_id = ANY($3::bigint[]))`,
      [org, PATH_MODELS.map((m) => storedModelName(m, options)), ids],
    );
    let written = 0;
    for (const model of PATH_MODELS) {
      const rows = creditRows(prepared, model, options);
      if (rows.length === 0) continue;
      await tx.copyCsv("attribution_results", ATTRIBUTION_COLUMNS, creditRowsCsv(org, rows));
      written += rows.length;
    }
    await tx.query(
      "DELETE FROM refresh_queue WHERE organization_id = $1 AND customer_id = ANY($2::bigint[])",
      [org, ids],
    );
    return written;
  });
}

/** The rows of some customers, read and ordered exactly as the full materialization reads them. */
async function readCustomersOf(
  db: Queryable,
  org: number,
  ids: number[],
): Promise<Map<number, CustomerRows>> {
  const touches = await db.query<{
    customer_id: number;
    ts: string;
    channel: string;
    campaign_id: number | null;
  }>(
    `SELECT customer_id, ts, channel, campaign_id FROM touchpoints
     WHERE organization_id = $1 AND customer_id = ANY($2::bigint[]) ORDER BY customer_id, ts, id`,
    [org, ids],
  );
  const conversions = await db.query<{ customer_id: number; ts: string; order_id: string; revenue: number }>(
    `SELECT customer_id, ts, order_id, revenue FROM conversions
     WHERE organization_id = $1 AND customer_id = ANY($2::bigint[]) ORDER BY customer_id, ts, order_id`,
    [org, ids],
  );
  const byCustomer = new Map<number, CustomerRows>();
  const entry = (id: number) => {
    const found = byCustomer.get(id);
    if (found) return found;
    const fresh: CustomerRows = { touches: [], conversions: [] };
    byCustomer.set(id, fresh);
    return fresh;
  };
  for (const r of touches)
    entry(Number(r.customer_id)).touches.push({
      ts: Date.parse(r.ts),
      channel: r.channel,
      campaignId: r.campaign_id,
    });
  for (const r of conversions)
    entry(Number(r.customer_id)).conversions.push({
      orderId: r.order_id,
      ts: Date.parse(r.ts),
      revenue: Number(r.revenue),
    });
  return byCustomer;
}

async function recordLoad(
  db: Queryable,
  org: number,
  rows: { jobIds: readonly number[]; customers: number; pathRows: number; dataDrivenRows: number },
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO data_loads (organization_id, kind, rows, data_through)
     VALUES ($1, 'import', $2::jsonb, coalesce(
       (SELECT max(date) FROM ad_spend_daily WHERE organization_id = $1),
       (SELECT max(ts)::date FROM conversions WHERE organization_id = $1),
       current_date))
     RETURNING id`,
    [org, JSON.stringify(rows)],
  );
  return Number(row!.id);
}
