/**
 * The data-driven models (Markov, Shapley, counterfactual) refreshed without reading every
 * journey again.
 *
 * Their weights come from every journey, but what they read is small next to the database: each
 * customer's touches and conversions. A full recompute spends most of its time reading every
 * touchpoint back (11 of 13 s for one model at demo scale 0.25 on PGlite); the models themselves
 * take well under a second. So each process keeps, per organization, every customer's rows as the
 * full read returns them, and a refresh only replaces the rows of the customers in
 * `refresh_queue` (which it reads anyway for the path models). The models then run on all journeys,
 * built in the same customer order as materializeAttribution's read, so their input, and hence
 * every credit, is bit for bit what a full recompute gives. Only the conversions whose rows
 * changed are written: Shapley's credit depends on the conversion's own path, counterfactual's on
 * the statistics of its path and its shortened paths, Markov's on every path (new data moves its
 * removal effects, so most multi-channel conversions are rewritten, but none is read back).
 *
 * When the kept rows could be stale the refresh falls back to the full read (and keeps the result):
 * on the first refresh in a process, when another process refreshed the organization since (the
 * newest `data_loads` row is not the one this process wrote), when the lookback changed, or when
 * the kept rows do not add up to the table's counts (a writer that bypassed `refresh_queue`).
 */
import {
  type CreditRow,
  creditRows,
  prepareJourneys,
  storedModelName,
} from "../../core/attribution/credit.ts";
import {
  buildCustomerJourneys,
  type CustomerJourneys,
  type JourneyConversion,
  type JourneyTouch,
} from "../../core/attribution/journeys.ts";
import { attributionOptionsSchema, DATA_DRIVEN_MODELS } from "../../core/attribution/types.ts";
import { ATTRIBUTION_COLUMNS, CUSTOMER_ID_SPAN } from "../../db/attribution/materialize.ts";
import { readCustomerRange } from "../../db/attribution/read-journeys.ts";
import { creditRowsCsv } from "../../db/attribution/rows-csv.ts";
import type { Database, Queryable } from "../../db/database.ts";

/** One customer's stored rows, each list in the order the full read returns it. */
export interface CustomerRows {
  touches: JourneyTouch[];
  conversions: JourneyConversion[];
}

/** What a process keeps about one organization (see the module note). */
interface KeptOrganization {
  lookbackDays: number;
  /** Id of the `data_loads` row of the last refresh that kept these rows up to date. */
  loadId: number | null;
  customers: Map<number, CustomerRows>;
  /** The data-driven rows last written, per stored model name and order (null: not written yet). */
  written: Map<string, Map<string, CreditRow[]>> | null;
}

const kept = new WeakMap<Database, Map<number, KeptOrganization>>();

/** Most touchpoints an organization's kept rows may hold (about 1M rows: a few hundred MB of heap). */
export const KEPT_TOUCH_LIMIT = 1_000_000;

function keptOf(db: Database): Map<number, KeptOrganization> {
  let found = kept.get(db);
  if (!found) {
    found = new Map();
    kept.set(db, found);
  }
  return found;
}

/** How the last data-driven refresh ran, for the report and the benchmark. */
export interface DataDrivenReport {
  rows: number;
  /** "incremental": from the kept rows; "full": every customer read again. */
  mode: "incremental" | "full";
  /** Why the kept rows were not used (full mode). */
  reason?: string;
  /** Conversions whose rows were rewritten, per stored model name. */
  rewritten: Record<string, number>;
  /** Seconds reading (full mode only), running the models, and writing the changed rows. */
  seconds: { read: number; models: number; write: number };
}

/**
 * Check the kept rows of an organization before a refresh uses them: dropped (so the refresh reads
 * everything) when another process refreshed since or the lookback changed. Returns why, or null.
 */
export async function checkKept(db: Database, org: number, lookbackDays: number): Promise<string | null> {
  const mine = keptOf(db).get(org);
  if (!mine) return "nothing kept in this process yet";
  const [latest] = await db.query<{ id: number | null }>(
    "SELECT max(id)::bigint AS id FROM data_loads WHERE organization_id = $1",
    [org],
  );
  const latestId = latest?.id === null || latest?.id === undefined ? null : Number(latest.id);
  const reason =
    mine.lookbackDays !== lookbackDays
      ? "the lookback changed"
      : latestId !== mine.loadId
        ? "another process refreshed the organization since"
        : null;
  if (reason) keptOf(db).delete(org);
  return reason;
}

/** Replace some customers' kept rows with what was just read (absent from `rows`: none left). */
export function updateKept(
  db: Database,
  org: number,
  ids: readonly number[],
  rows: Map<number, CustomerRows>,
) {
  const mine = keptOf(db).get(org);
  if (!mine) return;
  for (const id of ids) {
    const r = rows.get(id);
    if (r) mine.customers.set(id, r);
    else mine.customers.delete(id);
  }
}

/** After the refresh recorded its load: the kept rows are current as of that load. */
export function markKept(db: Database, org: number, loadId: number): void {
  const mine = keptOf(db).get(org);
  if (mine) mine.loadId = loadId;
}

/** Forget an organization (a refresh failed half way: what is kept may not match the tables). */
export function forgetKept(db: Database, org: number): void {
  keptOf(db).delete(org);
}

/**
 * Recompute the data-driven models and write the rows that changed (every row when nothing usable
 * is kept). Call after the queued customers' rows were passed to updateKept.
 * @example await refreshDataDriven(db, 3, 30)
 */
export async function refreshDataDriven(
  db: Database,
  org: number,
  lookbackDays: number,
): Promise<DataDrivenReport> {
  const t0 = performance.now();
  let mine = keptOf(db).get(org);
  let reason = mine ? await countsDiffer(db, org, mine) : "nothing kept in this process yet";
  if (mine && reason) keptOf(db).delete(org);
  if (!mine || reason) {
    mine = { lookbackDays, loadId: null, customers: await readAllCustomers(db, org), written: null };
    keptOf(db).set(org, mine);
  } else {
    reason = null;
  }
  const t1 = performance.now();
  const options = attributionOptionsSchema.parse({ level: "channel" });
  const prepared = prepareJourneys(journeysInReadOrder(mine.customers, lookbackDays));
  const computed = new Map<string, Map<string, CreditRow[]>>();
  for (const model of DATA_DRIVEN_MODELS) {
    computed.set(storedModelName(model, options), byOrder(creditRows(prepared, model, options)));
  }
  const previous = mine.written;
  const t2 = performance.now();
  const rewritten: Record<string, number> = {};
  let rows = 0;
  try {
    await db.transaction(async (tx) => {
      for (const [model, orders] of computed) {
        if (!previous) {
          await tx.query("DELETE FROM attribution_results WHERE organization_id = $1 AND model = $2", [
            org,
            model,
          ]);
          rows += await copyRows(tx, org, orders, orders.keys());
          rewritten[model] = orders.size;
          continue;
        }
        const before = previous.get(model) ?? new Map<string, CreditRow[]>();
        const changed: string[] = [];
        for (const [orderId, now] of orders) if (!sameRows(before.get(orderId), now)) changed.push(orderId);
        for (const orderId of before.keys()) if (!orders.has(orderId)) changed.push(orderId);
        rewritten[model] = changed.length;
        if (changed.length === 0) continue;
        await tx.query(
          "DELETE FROM attribution_results WHERE organization_id = $1 AND model = $2 AND order_id = ANY($3::text[])",
          [org, model, changed],
        );
        rows += await copyRows(tx, org, orders, changed);
      }
    });
  } catch (e) {
    keptOf(db).delete(org);
    throw e;
  }
  mine.written = computed;
  // Kept rows cost memory in proportion to the organization's touchpoints: past the limit they are
  // dropped after use, and the next refresh reads everything again (the old, slower path).
  let touches = 0;
  for (const c of mine.customers.values()) touches += c.touches.length;
  if (touches > KEPT_TOUCH_LIMIT) keptOf(db).delete(org);
  const s = (ms: number) => Math.round(ms) / 1000;
  return {
    rows,
    mode: reason ? "full" : "incremental",
    ...(reason ? { reason } : {}),
    rewritten,
    seconds: { read: s(t1 - t0), models: s(t2 - t1), write: s(performance.now() - t2) },
  };
}

/** Why the kept rows do not match the tables' counts (a writer bypassed refresh_queue), or null. */
async function countsDiffer(db: Queryable, org: number, mine: KeptOrganization): Promise<string | null> {
  let touches = 0;
  let conversions = 0;
  for (const c of mine.customers.values()) {
    touches += c.touches.length;
    conversions += c.conversions.length;
  }
  const [n] = await db.query<{ t: number; c: number }>(
    `SELECT (SELECT count(*)::int FROM touchpoints WHERE organization_id = $1) AS t,
            (SELECT count(*)::int FROM conversions WHERE organization_id = $1) AS c`,
    [org],
  );
  return n && n.t === touches && n.c === conversions ? null : "the kept rows do not match the tables' counts";
}

/** Every customer's rows, read by customer-id range exactly as materializeAttribution reads them. */
async function readAllCustomers(db: Queryable, org: number): Promise<Map<number, CustomerRows>> {
  const out = new Map<number, CustomerRows>();
  for (let from = await nextCustomerId(db, org, Number.MIN_SAFE_INTEGER); from !== null; ) {
    const range = await readCustomerRange(db, org, from, from + CUSTOMER_ID_SPAN);
    for (const [id, touches] of range.touches) {
      out.set(Number(id), { touches, conversions: range.conversions.get(id) ?? [] });
    }
    for (const [id, conversions] of range.conversions) {
      if (!range.touches.has(id)) out.set(Number(id), { touches: [], conversions });
    }
    from = await nextCustomerId(db, org, from + CUSTOMER_ID_SPAN);
  }
  return out;
}

async function nextCustomerId(db: Queryable, org: number, atLeast: number): Promise<number | null> {
  const [row] = await db.query<{ id: number | null }>(
    `SELECT least(
       (SELECT min(customer_id) FROM touchpoints WHERE organization_id = $1 AND customer_id >= $2),
       (SELECT min(customer_id) FROM conversions WHERE organization_id = $1 AND customer_id >= $2)) AS id`,
    [org, atLeast],
  );
  return row?.id === null || row?.id === undefined ? null : Number(row.id);
}

/**
 * Journeys in materializeAttribution's order: customer-id ranges of CUSTOMER_ID_SPAN, each starting
 * at the first id at or after the previous range's end; within a range the customers with touches
 * by id, then those with only conversions by id. The Markov chain numbers its states by first
 * appearance, so the same order is what makes the solve, and every credit, identical.
 */
export function journeysInReadOrder(
  customers: Map<number, CustomerRows>,
  lookbackDays: number,
): CustomerJourneys[] {
  const ids = [...customers.keys()].sort((a, b) => a - b);
  const opts = { lookbackDays, afterPreviousConversion: true };
  const out: CustomerJourneys[] = [];
  const onlyConversions: CustomerRows[] = [];
  let end = Number.NEGATIVE_INFINITY;
  const flush = () => {
    for (const c of onlyConversions) out.push(buildCustomerJourneys([], c.conversions, opts));
    onlyConversions.length = 0;
  };
  for (const id of ids) {
    if (id >= end) {
      flush();
      end = id + CUSTOMER_ID_SPAN;
    }
    const c = customers.get(id)!;
    if (c.touches.length > 0) out.push(buildCustomerJourneys(c.touches, c.conversions, opts));
    else if (c.conversions.length > 0) onlyConversions.push(c);
  }
  flush();
  return out;
}

function byOrder(rows: CreditRow[]): Map<string, CreditRow[]> {
  const out = new Map<string, CreditRow[]>();
  for (const r of rows) {
    const list = out.get(r.orderId);
    if (list) list.push(r);
    else out.set(r.orderId, [r]);
  }
  return out;
}

function sameRows(a: readonly CreditRow[] | undefined, b: readonly CreditRow[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.channel !== y.channel ||
      x.campaignId !== y.campaignId ||
      x.credit !== y.credit ||
      x.revenue !== y.revenue ||
      x.conversionTs !== y.conversionTs
    )
      return false;
  }
  return true;
}

/** COPY the rows of some orders, in primary-key order (as materializeAttribution writes them). */
async function copyRows(
  tx: Queryable,
  org: number,
  orders: Map<string, CreditRow[]>,
  ids: Iterable<string>,
): Promise<number> {
  const rows: CreditRow[] = [];
  for (const id of ids) rows.push(...(orders.get(id) ?? []));
  if (rows.length === 0) return 0;
  rows.sort(byPrimaryKey);
  await tx.copyCsv("attribution_results", ATTRIBUTION_COLUMNS, creditRowsCsv(org, rows));
  return rows.length;
}

function byPrimaryKey(a: CreditRow, b: CreditRow): number {
  if (a.orderId !== b.orderId) return a.orderId < b.orderId ? -1 : 1;
  if (a.channel !== b.channel) return a.channel < b.channel ? -1 : 1;
  return a.campaignId - b.campaignId;
}
