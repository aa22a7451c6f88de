/**
 * The currency lines of an answer's receipt: the rates imports applied (`currency_conversions`,
 * written by ingest/currency/receipt.ts) on the days of a period, grouped per table and currency:
 * the currency pair, the days converted, the rate (or the lowest and highest rate), the days the
 * rates are from, and the rate table they came from.
 */
import type { Queryable } from "../database.ts";

/** Tables whose amounts an import converts. */
export type ConvertedTable = "ad_spend_daily" | "conversions";

/** One receipt line: the conversions of one currency into one table over the answer's period. */
export interface CurrencyReceiptLine {
  /** "EUR/USD": 1 EUR = rate USD. */
  pair: string;
  table: ConvertedTable;
  /** First and last day with converted amounts inside the period. */
  from: string;
  to: string;
  /** The one rate used, or the lowest and highest when they differ by day. */
  rate: number | { min: number; max: number };
  /** Days the rates are from (a weekend day uses the last rate before it). */
  rateDates: { from: string; to: string };
  /** Where the rates came from: organization_currency_rates and/or currency_rates. */
  sourceTables: string[];
  /** The imports that converted them (meta_ads, shopify_orders, ...). */
  imports: string[];
  days: number;
}

/**
 * The receipt lines for days `from`..`to` (inclusive, ISO dates) of `tables`, in the organization's
 * currency `base`.
 * @example await currencyReceipt(db, 1, "USD", { from: "2026-03-01", to: "2026-03-31" })
 */
export async function currencyReceipt(
  db: Queryable,
  organizationId: number,
  base: string,
  range: { from: string; to: string; tables?: readonly ConvertedTable[] },
): Promise<CurrencyReceiptLine[]> {
  const rows = await db.query<{
    table: ConvertedTable;
    currency: string;
    from: string;
    to: string;
    min: string;
    max: string;
    rateFrom: string;
    rateTo: string;
    sources: string[];
    imports: string[];
    days: number;
  }>(
    `SELECT table_name AS "table", currency, min(date)::text AS "from", max(date)::text AS "to",
       min(rate)::text AS min, max(rate)::text AS max, min(rate_date)::text AS "rateFrom",
       max(rate_date)::text AS "rateTo", array_agg(DISTINCT source_table ORDER BY source_table) AS sources,
       array_agg(DISTINCT import_kind ORDER BY import_kind) AS imports, count(*)::int AS days
     FROM currency_conversions
     WHERE organization_id = $1 AND date BETWEEN $2::date AND $3::date
       AND ($4::text[] IS NULL OR table_name = ANY($4::text[]))
     GROUP BY table_name, currency ORDER BY table_name, currency`,
    [organizationId, range.from, range.to, range.tables ? [...range.tables] : null],
  );
  return rows.map((r) => {
    const min = Number(r.min);
    const max = Number(r.max);
    return {
      pair: `${r.currency}/${base}`,
      table: r.table,
      from: r.from,
      to: r.to,
      rate: min === max ? min : { min, max },
      rateDates: { from: r.rateFrom, to: r.rateTo },
      sourceTables: r.sources,
      imports: r.imports,
      days: r.days,
    };
  });
}
