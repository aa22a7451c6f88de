/**
 * Storage of exchange rates: an organization's own (`organization_currency_rates`) and global ones
 * (`currency_rates`, by base currency), loaded into a RateLookup for one import, and written from a
 * rate file (rates-csv.ts) as upserts, so importing a corrected file replaces the old rates.
 *
 * Security note: values always travel as parameters; table names are our own constants.
 */
import type { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import type { Queryable } from "../../db/database.ts";
import { AppError } from "../../lib/errors.ts";
import { RowError } from "../adapters/types.ts";
import { createRateTable, type RateLookup, type RateRow } from "./rate-table.ts";
import { parseRateLine, RATE_HEADER, type RateLine } from "./rates-csv.ts";

/** The rates an import for this organization may use: its own, then global ones against its currency. */
export async function loadRateTable(
  db: Queryable,
  organizationId: number,
  orgCurrency: string,
): Promise<RateLookup> {
  const own = await db.query<{ date: string; currency: string; rate: number }>(
    "SELECT date, currency, rate FROM organization_currency_rates WHERE organization_id = $1",
    [organizationId],
  );
  const global = await db.query<{ date: string; currency: string; rate: number }>(
    "SELECT date, currency, rate FROM currency_rates WHERE base = $1",
    [orgCurrency],
  );
  const rows: RateRow[] = [
    ...own.map((r) => ({
      date: r.date,
      currency: r.currency,
      rate: Number(r.rate),
      scope: "organization" as const,
    })),
    ...global.map((r) => ({
      date: r.date,
      currency: r.currency,
      rate: Number(r.rate),
      scope: "global" as const,
    })),
  ];
  return createRateTable(rows);
}

/** Where imported rates go: one organization's table, or the global one for a base currency. */
export type RateScope = { organizationId: number } | { base: string };

/** What a rate import did, and the first lines it refused. */
export interface RateImportResult {
  read: number;
  stored: number;
  errors: { line: number; field: string; expected: string }[];
}

/**
 * Read a rate file (`date,currency,rate`) from `input` and upsert every valid line, in one
 * transaction per 1,000 lines. A line whose currency is the scope's own currency is refused (its
 * rate is 1 by definition).
 */
/**
 * The parser's records, with a malformed file (a quote never closed, a stray quote in a field)
 * reported as the input error it is, naming the line, instead of an internal error.
 */
async function* malformedAsInvalid<T>(records: AsyncIterable<T>): AsyncIterable<T> {
  try {
    yield* records;
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const line = typeof e.lines === "number" ? e.lines : undefined;
    throw new AppError(
      "ingest.invalid",
      `csv${line ? `: line ${line}` : ""}: the file is not valid CSV (${(e as Error).message})`,
      { details: { field: "csv", ...(line ? { line } : {}) } },
    );
  }
}

export async function importRates(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  scope: RateScope,
  ownCurrency: string,
  input: Readable,
  maxErrors = 100,
): Promise<RateImportResult> {
  const parser = input.pipe(
    parse({ bom: true, skip_empty_lines: true, relax_column_count: true, info: true }),
  );
  input.once("error", (e) => parser.destroy(e));
  const result: RateImportResult = { read: 0, stored: 0, errors: [] };
  let batch: RateLine[] = [];
  let header = true;
  const flush = async () => {
    if (batch.length === 0) return;
    const lines = batch;
    batch = [];
    await db.transaction(async (tx) => {
      for (const l of lines) await upsertRate(tx, scope, l);
    });
    result.stored += lines.length;
  };
  for await (const { record, info } of malformedAsInvalid(
    parser as AsyncIterable<{ record: string[]; info: { lines: number } }>,
  )) {
    const cells = record.map((c) => c.trim());
    if (header) {
      header = false;
      if (cells.join(",").toLowerCase() !== RATE_HEADER.join(",")) {
        throw new AppError("ingest.invalid", `line 1: expected the header ${RATE_HEADER.join(",")}`, {
          details: { line: 1, field: "header" },
        });
      }
      continue;
    }
    result.read++;
    try {
      const line = parseRateLine(cells);
      if (line.currency === ownCurrency)
        throw new RowError("currency", `a currency other than ${ownCurrency}`, cells[1]);
      batch.push(line);
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      result.errors.push({ line: info.lines, field: e.field, expected: e.expected });
      if (result.errors.length >= maxErrors) break;
    }
    if (batch.length >= 1000) await flush();
  }
  await flush();
  return result;
}

async function upsertRate(tx: Queryable, scope: RateScope, l: RateLine): Promise<void> {
  if ("organizationId" in scope) {
    await tx.query(
      `INSERT INTO organization_currency_rates (organization_id, date, currency, rate) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organization_id, currency, date) DO UPDATE SET rate = excluded.rate`,
      [scope.organizationId, l.date, l.currency, l.rate],
    );
  } else {
    await tx.query(
      `INSERT INTO currency_rates (base, currency, date, rate) VALUES ($1, $2, $3, $4)
       ON CONFLICT (base, currency, date) DO UPDATE SET rate = excluded.rate`,
      [scope.base, l.currency, l.date, l.rate],
    );
  }
}
