/**
 * Refreshes `attribution_results` for one organization: reads its touchpoints and conversions in
 * customer-id ranges (ordered by customer and time), builds journeys, credits every conversion under
 * every model at (channel, campaign) grain, and replaces the organization's rows in one transaction
 * with COPY. Run after seeding and after each ingestion.
 *
 * Security note: values travel as parameters or as COPY data; identifiers are our own constants.
 */
import {
  type CreditRow,
  creditRows,
  prepareJourneys,
  storedModelName,
} from "../../core/attribution/credit.ts";
import { buildCustomerJourneys, type CustomerJourneys } from "../../core/attribution/journeys.ts";
import {
  type AttributionOptions,
  attributionOptionsSchema,
  MODEL_NAMES,
  type ModelName,
} from "../../core/attribution/types.ts";
import { AppError } from "../../lib/errors.ts";
import type { Database, Queryable } from "../database.ts";
import { readCustomerRange } from "./read-journeys.ts";
import { creditRowsCsv } from "./rows-csv.ts";

/** Columns COPY fills, in CSV order. */
export const ATTRIBUTION_COLUMNS = [
  "organization_id",
  "model",
  "order_id",
  "conversion_ts",
  "channel",
  "campaign_id",
  "credit",
  "revenue",
] as const;

/**
 * Customer ids per range read (the default of `customerIdSpan`). The incremental refresh
 * (ingest/refresh/data-driven.ts) builds journeys in the same range order, so it is shared.
 */
export const CUSTOMER_ID_SPAN = 100_000;

/** What to materialize; everything but the organization has a default. */
export interface MaterializeOptions {
  organizationId: number;
  /** Lookback window in days; defaults to the organization's `attribution_lookback_days`. */
  lookbackDays?: number;
  /** Only touches after the customer's previous conversion count (default true). */
  afterPreviousConversion?: boolean;
  /** Models to refresh (default: all); only their rows are replaced. */
  models?: readonly ModelName[];
  /** Model options (half-life, position weights, Markov order, ...). */
  options?: Partial<AttributionOptions>;
  /** Customer ids read per query, so large organizations are not read in one result set. */
  customerIdSpan?: number;
}

/**
 * Recompute and store per-conversion credit for the organization; returns the rows written.
 * @example await materializeAttribution(db, { organizationId: 1 }) // { rows: 123456 }
 */
export async function materializeAttribution(
  db: Database | Queryable,
  opts: MaterializeOptions,
): Promise<{ rows: number }> {
  const models = opts.models ?? MODEL_NAMES;
  const options = attributionOptionsSchema.parse({ ...opts.options, level: "channel" });
  const lookbackDays = opts.lookbackDays ?? (await organizationLookback(db, opts.organizationId));
  const customers = await readJourneys(db, opts, lookbackDays);
  const prepared = prepareJourneys(customers);

  const write = async (tx: Queryable): Promise<number> => {
    await tx.query("DELETE FROM attribution_results WHERE organization_id = $1 AND model = ANY($2::text[])", [
      opts.organizationId,
      models.map((m) => storedModelName(m, options)),
    ]);
    let written = 0;
    for (const model of models) {
      const rows = creditRows(prepared, model, options);
      if (rows.length === 0) continue;
      // Primary-key order turns index maintenance into mostly appends: COPY is the slow step here.
      rows.sort(byPrimaryKey);
      await tx.copyCsv("attribution_results", ATTRIBUTION_COLUMNS, creditRowsCsv(opts.organizationId, rows));
      written += rows.length;
    }
    return written;
  };
  const rows = "transaction" in db ? await db.transaction(write) : await write(db);
  return { rows };
}

function byPrimaryKey(a: CreditRow, b: CreditRow): number {
  if (a.orderId !== b.orderId) return a.orderId < b.orderId ? -1 : 1;
  if (a.channel !== b.channel) return a.channel < b.channel ? -1 : 1;
  return a.campaignId - b.campaignId;
}

async function organizationLookback(db: Queryable, organizationId: number): Promise<number> {
  const rows = await db.query<{ days: number }>(
    "SELECT attribution_lookback_days AS days FROM organizations WHERE id = $1",
    [organizationId],
  );
  const days = rows[0]?.days;
  if (days === undefined) throw new AppError("not_found", `organization ${organizationId} does not exist`);
  return days;
}

/** Journeys of every customer, reading one customer-id range at a time. */
async function readJourneys(
  db: Queryable,
  opts: MaterializeOptions,
  lookbackDays: number,
): Promise<CustomerJourneys[]> {
  const span = opts.customerIdSpan ?? CUSTOMER_ID_SPAN;
  const out: CustomerJourneys[] = [];
  const journeyOpts = { lookbackDays, afterPreviousConversion: opts.afterPreviousConversion ?? true };
  // Jump to the next existing customer id each time, so sparse ids cost no empty range reads.
  for (let from = await nextCustomerId(db, opts.organizationId, -Infinity); from !== null; ) {
    const range = await readCustomerRange(db, opts.organizationId, from, from + span);
    for (const [customerId, touches] of range.touches) {
      out.push(buildCustomerJourneys(touches, range.conversions.get(customerId) ?? [], journeyOpts));
    }
    for (const [customerId, conversions] of range.conversions) {
      if (!range.touches.has(customerId)) out.push(buildCustomerJourneys([], conversions, journeyOpts));
    }
    from = await nextCustomerId(db, opts.organizationId, from + span);
  }
  return out;
}

async function nextCustomerId(
  db: Queryable,
  organizationId: number,
  atLeast: number,
): Promise<number | null> {
  const rows = await db.query<{ id: number | null }>(
    `SELECT least(
       (SELECT min(customer_id) FROM touchpoints WHERE organization_id = $1 AND customer_id >= $2),
       (SELECT min(customer_id) FROM conversions WHERE organization_id = $1 AND customer_id >= $2)) AS id`,
    [organizationId, Number.isFinite(atLeast) ? atLeast : Number.MIN_SAFE_INTEGER],
  );
  const id = rows[0]?.id;
  return id === null || id === undefined ? null : Number(id);
}
