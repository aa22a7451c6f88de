/**
 * Adds the exchange rates behind an answer's figures to its receipt (provenance). Amounts in another
 * currency were converted when imported; for each provenance entry with a period (`timeRange`,
 * `period`, `comparisonRange`), the rates imports applied on those days are listed under
 * `currencyRates` (db/repositories/currency-receipt.ts). When the entry shows the SQL it ran, only
 * the converted tables that SQL reads count (a sessions answer read no converted amount); an entry
 * without SQL lists every converted table of its period. Entries without a period are left alone.
 */
import type { Queryable } from "../../db/database.ts";
import { type ConvertedTable, currencyReceipt } from "../../db/repositories/currency-receipt.ts";
import type { AgentAnswer } from "../contract.ts";

const TABLES: readonly ConvertedTable[] = ["ad_spend_daily", "conversions"];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** The days an entry's figures cover: the union of its periods, or undefined. */
function daysOf(entry: Record<string, unknown>): { from: string; to: string } | undefined {
  let from: string | undefined;
  let to: string | undefined;
  for (const key of ["timeRange", "period", "comparisonRange"]) {
    const r = entry[key] as { from?: unknown; to?: unknown } | undefined;
    if (!r || typeof r.from !== "string" || typeof r.to !== "string") continue;
    if (!ISO_DAY.test(r.from) || !ISO_DAY.test(r.to)) continue;
    const f = r.from.slice(0, 10);
    const t = r.to.slice(0, 10);
    if (!from || f < from) from = f;
    if (!to || t > to) to = t;
  }
  return from && to ? { from, to } : undefined;
}

/** The converted tables an entry read, when it says (its SQL); undefined means "any". */
function tablesOf(entry: Record<string, unknown>): ConvertedTable[] | undefined {
  const sql = entry.sql;
  const text = typeof sql === "string" ? sql : Array.isArray(sql) ? sql.join("\n") : undefined;
  return text === undefined ? undefined : TABLES.filter((t) => text.includes(t));
}

/**
 * The answer with `currencyRates` on every provenance entry whose figures include converted amounts.
 * @example await withCurrencyReceipt(db, 1, "USD", answer)
 */
export async function withCurrencyReceipt(
  db: Queryable,
  organizationId: number,
  currency: string,
  answer: AgentAnswer,
): Promise<AgentAnswer> {
  let changed = false;
  const provenance = [];
  for (const entry of answer.provenance) {
    const days = daysOf(entry);
    const tables = days ? tablesOf(entry) : undefined;
    if (!days || (tables && tables.length === 0)) {
      provenance.push(entry);
      continue;
    }
    const lines = await currencyReceipt(db, organizationId, currency, { ...days, tables });
    if (lines.length === 0) {
      provenance.push(entry);
      continue;
    }
    changed = true;
    provenance.push({ ...entry, currencyRates: lines });
  }
  return changed ? { ...answer, provenance } : answer;
}
