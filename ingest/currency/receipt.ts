/**
 * Records the exchange rates a platform import applied (`currency_conversions`, per table, day and
 * currency): amounts are converted to the organization's currency as they are imported, so a stored
 * figure no longer says it was in euros; an answer's receipt lists these rates for its period
 * (db/repositories/currency-receipt.ts, called from agent/answer/currency-receipt.ts).
 */
import type { Queryable } from "../../db/database.ts";
import type { ConvertedTable } from "../../db/repositories/currency-receipt.ts";
import type { RateUsed } from "../adapters/to-export.ts";

/**
 * Record the rates one platform import applied (replaces what an earlier import of the same days
 * recorded).
 */
export async function recordRatesUsed(
  db: Queryable,
  organizationId: number,
  opts: { table: ConvertedTable; importKind: string; ratesUsed: readonly RateUsed[] },
): Promise<void> {
  if (opts.ratesUsed.length === 0) return;
  const r = opts.ratesUsed;
  await db.query(
    `INSERT INTO currency_conversions (organization_id, table_name, date, currency, rate_date, rate, source_table,
       import_kind, rows)
     SELECT $1, $2, u.date, u.currency, u.rate_date, u.rate, u.source_table, $3, u.rows
     FROM unnest($4::date[], $5::text[], $6::date[], $7::numeric[], $8::text[], $9::int[])
       AS u(date, currency, rate_date, rate, source_table, rows)
     ON CONFLICT (organization_id, table_name, date, currency) DO UPDATE SET rate_date = excluded.rate_date,
       rate = excluded.rate, source_table = excluded.source_table, import_kind = excluded.import_kind,
       rows = excluded.rows, recorded_at = now()`,
    [
      organizationId,
      opts.table,
      opts.importKind,
      r.map((x) => x.date),
      r.map((x) => x.currency),
      r.map((x) => x.rateDate),
      r.map((x) => String(x.rate)),
      r.map((x) => (x.scope === "organization" ? "organization_currency_rates" : "currency_rates")),
      r.map((x) => x.rows),
    ],
  );
}
