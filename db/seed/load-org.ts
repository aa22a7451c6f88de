/**
 * Replace one organization's simulated data inside a transaction: upsert the organization by
 * slug, delete its existing dimension and fact rows, then COPY the plan's small tables and the
 * streamed customers, touchpoints and conversions.
 */
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { Queryable } from "../database.ts";
import { DAILY_COLUMNS, dailyTables } from "../simulator/daily-rows.ts";
import { JOURNEY_COLUMNS, JourneyGenerator, type JourneySink } from "../simulator/journeys.ts";
import type { OrgPlan } from "../simulator/plan.ts";
import type { OrgSpec } from "../simulator/spec-types.ts";
import { CopyBatcher } from "./copy-batcher.ts";
import { TouchpointBinaryEncoder } from "./touchpoint-binary.ts";

/** Tables holding one organization's simulated data, children first (delete order). */
export const SEEDED_TABLES = [
  "attribution_results",
  "touchpoints",
  "conversions",
  "customers",
  "ad_spend_daily",
  "web_sessions_daily",
  "email_daily",
  "campaigns",
  "channels",
] as const;

/** Customers generated between checks for a full COPY buffer (and an event-loop yield). */
const CUSTOMERS_PER_STEP = 1000;

/** Insert or update the organization row; returns its id and attribution lookback. */
export async function upsertOrganization(
  tx: Queryable,
  spec: OrgSpec,
): Promise<{ id: number; lookbackDays: number }> {
  const [row] = await tx.query<{ id: number; attribution_lookback_days: number }>(
    `INSERT INTO organizations (slug, name, time_zone, currency, industry)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (slug) DO UPDATE
       SET name = EXCLUDED.name, time_zone = EXCLUDED.time_zone,
           currency = EXCLUDED.currency, industry = EXCLUDED.industry
     RETURNING id, attribution_lookback_days`,
    [spec.slug, spec.name, spec.timeZone, spec.currency, spec.industry],
  );
  if (!row) throw new Error(`upsert of organization ${spec.slug} returned no row`);
  return { id: row.id, lookbackDays: row.attribution_lookback_days };
}

/** Delete every seeded row of one organization (and its earlier seed records). */
export async function deleteOrganizationData(tx: Queryable, orgId: number): Promise<void> {
  for (const table of SEEDED_TABLES) {
    await tx.query(`DELETE FROM ${table} WHERE organization_id = $1`, [orgId]);
  }
  await tx.query("DELETE FROM data_loads WHERE organization_id = $1 AND kind = 'seed'", [orgId]);
}

/**
 * Load a plan's rows for `orgId` (touchpoints in binary COPY, the rest as CSV). `onProgress` receives the number of customers generated since
 * the last call. Returns row counts per table.
 */
export async function loadPlan(
  tx: Queryable,
  plan: OrgPlan,
  orgId: number,
  opts: { batchRows?: number; onProgress?: (customers: number, touchpoints: number) => void } = {},
): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  const small = dailyTables(plan, orgId);
  for (const table of Object.keys(DAILY_COLUMNS) as (keyof typeof DAILY_COLUMNS)[]) {
    if (small[table].rows > 0) await tx.copyCsv(table, DAILY_COLUMNS[table], small[table].csv);
    rows[table] = small[table].rows;
  }
  // Touchpoints go in binary (see db/seed/binary-copy.ts for why); the rest as CSV.
  const batcher = new CopyBatcher(tx, JOURNEY_COLUMNS, opts.batchRows ?? 50_000, ["touchpoints"]);
  const touches = new TouchpointBinaryEncoder(orgId);
  const sink: JourneySink = {
    customer: (line: string) => batcher.add("customers", line),
    touchpoint: (id, customerId, epochMs, label) =>
      touches.write(batcher.writer("touchpoints"), id, customerId, epochMs, label),
    conversion: (lines: string) => batcher.add("conversions", lines, countLines(lines)),
  };
  const generator = new JourneyGenerator(plan, orgId);
  while (generator.remaining > 0) {
    const before = batcher.rows.touchpoints;
    const n = generator.generate(CUSTOMERS_PER_STEP, sink);
    await batcher.flushFull();
    opts.onProgress?.(n, batcher.rows.touchpoints - before);
    // Let the driver push the in-flight COPY to the server while we keep generating.
    await yieldToEventLoop();
  }
  await batcher.finish();
  return { ...rows, ...batcher.rows };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
