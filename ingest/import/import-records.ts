/**
 * The import pipeline: records (from a CSV/NDJSON source or an adapter) -> optional transform ->
 * zod per row (or, for a plain CSV line, the kind's fast checks: see fastPlanOf) -> batches upserted
 * on their natural keys, each batch in its own transaction together with the job's progress.
 * Memory stays flat: one batch of parsed rows is held while up to `writers` earlier ones are
 * written (two on PostgreSQL, each on its own connection).
 *
 * Re-running a file is always safe: rows already stored with the same values are left alone, so a
 * job that died half way (or was stopped by bad rows) is finished by importing the file again.
 */
import type { Database } from "../../db/database.ts";
import { AppError } from "../../lib/errors.ts";
import {
  campaignIdOf,
  csvRow,
  type FastPlan,
  fastKey,
  fastPlanOf,
  type JobPlan,
  type KeyRange,
  keyOf,
  keyOrder,
  passes,
  planFor,
  rowOfCells,
  sameColumns,
  sharesKey,
} from "./job-plan.ts";
import { createImportJob, finishImportJob, type JobStatus, type RowError, recordBatch } from "./jobs.ts";
import { type Cell, type ImportKind, kindDef } from "./kinds.ts";
import { existingColumns, loadReferences, referenceErrors } from "./references.ts";
import type { SourceRecord } from "./source.ts";
import { upsertBatch } from "./upsert.ts";

/** Turns one record into another before validation (adapters, currency conversion); null drops it. */
export type RecordTransform = (record: SourceRecord) => SourceRecord | null;

export interface ImportProgress {
  read: number;
  inserted: number;
  updated: number;
  rejected: number;
}

export interface ImportOptions {
  organizationId: number;
  kind: ImportKind;
  records: AsyncIterable<SourceRecord>;
  /** File name or "http", stored on the job. */
  source: string;
  /** Rejected rows tolerated; one more stops the import (default 100). */
  maxErrors?: number;
  /** Rows per batch and transaction (default 20,000). */
  batchRows?: number;
  /**
   * Batches written at once, each on its own connection and in its own transaction (default 2 on
   * PostgreSQL, 1 on PGlite, which has one connection). See `flush` in importRecords for why the
   * result is the same as writing them one after another.
   */
  writers?: number;
  /**
   * Hook between the source and validation: the platform adapters and the currency conversion
   * (amounts in another currency -> the organization's, with a daily rate table) plug in here.
   */
  transform?: RecordTransform;
  /** Called after each committed batch with the running totals. */
  onProgress?: (p: ImportProgress) => void;
  /** Called once the job row exists (so an HTTP caller can learn its id early). */
  onJob?: (jobId: number) => void;
}

export interface ImportResult extends ImportProgress {
  jobId: number;
  status: Exclude<JobStatus, "running">;
  message: string | null;
  /** The first errors (up to maxErrors). */
  errors: RowError[];
  /** First and last day the accepted rows are about, or null when none were accepted. */
  days: { from: string; to: string } | null;
  /**
   * Seconds spent writing batches, summed over batches (the rest is reading and validating); with
   * two writers the sum can reach twice the time they overlap.
   */
  writeSeconds: number;
}

/**
 * Import `records` of one kind into an organization; returns once every batch is committed
 * (or the import stopped). Derived data is refreshed separately (ingest/refresh).
 * @example await importRecords(db, { organizationId: 3, kind: "touchpoints", records: csvRecords(file), source: "touchpoints.csv" })
 */
export async function importRecords(db: Database, opts: ImportOptions): Promise<ImportResult> {
  const def = kindDef(opts.kind);
  const maxErrors = opts.maxErrors ?? 100;
  const batchRows = opts.batchRows ?? 20_000;
  const jobId = await createImportJob(db, {
    organizationId: opts.organizationId,
    kind: opts.kind,
    source: opts.source.slice(0, 300),
    maxErrors,
  });
  opts.onJob?.(jobId);
  const refs = await loadReferences(db, opts.organizationId, def);
  const tableColumns = await existingColumns(db, def.table);
  const customerHeader = def.columns.find((c) => c.column === def.customerColumn)?.header;
  const totals: ImportProgress = { read: 0, inserted: 0, updated: 0, rejected: 0 };
  const allErrors: RowError[] = [];
  let plan: JobPlan | undefined;
  /** Whether the source's columns are exactly the plan's, in order (see SourceRecord.raw). */
  let rawFits = false;
  /** Set once the plan is known and the file's columns are the plan's (see fastPlanOf). */
  let fastPlan: FastPlan | undefined;
  const fastReferenceError = (cells: readonly string[]) =>
    referenceErrors(def, refs, rowOfCells(plan!.headers, cells), 0) !== undefined;
  const orgPrefix = `${opts.organizationId},`;
  let batch = new Map<string, string>();
  /** The batch's smallest and largest key in keyOrder (most batches share no key range at all). */
  let keyRange: KeyRange = { min: undefined, max: undefined };
  const addRow = (key: string, line: string) => {
    batch.set(key, line);
    if (keyRange.min === undefined || keyOrder(key, keyRange.min) < 0) keyRange.min = key;
    if (keyRange.max === undefined || keyOrder(key, keyRange.max) > 0) keyRange.max = key;
  };
  let batchCustomers = new Set<number>();
  let batchErrors: RowError[] = [];
  let batchRead = 0;
  let batchRejected = 0;
  const writers = Math.max(1, opts.writers ?? (db.kind === "postgres" ? 2 : 1));
  /** Batches being written: their rows by natural key, and the write's promise. */
  const writing = new Set<{ rows: Map<string, string>; range: KeyRange; done: Promise<void> }>();
  /** The first failed write; the import stops at the next batch boundary. */
  let writeFailure: { error: unknown } | undefined;
  /** Whether the next batch tries a straight COPY first (ingest/import/upsert.ts). */
  let tryDirect = true;
  /** Time spent writing batches (for the benchmark: parsing vs database). */
  let writeMs = 0;
  let from: string | undefined;
  let to: string | undefined;

  const throwIfFailed = () => {
    if (writeFailure) throw writeFailure.error;
  };
  /**
   * Start writing the current batch, once a writer is free. Up to `writers` batches are written at
   * once, on separate connections, each in its own transaction: one PostgreSQL backend checking
   * the key and index of every row is what caps a single writer, and the machine's other core does
   * that too. Writing them concurrently leaves the result as if written in file order because
   * (1) a batch that shares a natural key with one still being written waits for it to commit, so
   * a corrected row in a later batch still lands last; (2) every batch queues its customers in
   * `refresh_queue` in ascending order (ingest/import/upsert.ts), so two batches that share a
   * customer wait for each other in one direction only, never in a cycle (no deadlock); (3) the
   * job row is updated last in each transaction, so a batch that waits for it holds nothing the
   * other waits for. A crash may leave a later batch committed and an earlier one not: importing
   * the file again stores the missing rows and leaves the others alone, as after any crash.
   */
  const flush = async () => {
    throwIfFailed();
    for (const w of [...writing]) if (sharesKey(batch, keyRange, w.rows, w.range)) await w.done;
    while (writing.size >= writers) await Promise.race([...writing].map((w) => w.done));
    throwIfFailed();
    const rows = batch;
    const range = keyRange;
    const customers = [...batchCustomers];
    const errors = batchErrors;
    const counts = { read: batchRead, rejected: batchRejected };
    batch = new Map();
    keyRange = { min: undefined, max: undefined };
    batchCustomers = new Set();
    batchErrors = [];
    batchRead = 0;
    batchRejected = 0;
    const entry = { rows, range, done: Promise.resolve() };
    entry.done = (async () => {
      const t0 = performance.now();
      const result = await db.transaction(async (tx) => {
        const r =
          rows.size > 0
            ? await upsertBatch(
                tx,
                plan!.upsert,
                opts.organizationId,
                {
                  csv: [...rows.values()].join(""),
                  rows: rows.size,
                  customers,
                },
                tryDirect,
              )
            : { inserted: 0, updated: 0, direct: tryDirect };
        await recordBatch(tx, opts.organizationId, jobId, { ...counts, ...r, errors });
        return r;
      });
      writeMs += performance.now() - t0;
      tryDirect = result.direct;
      totals.read += counts.read;
      totals.rejected += counts.rejected;
      totals.inserted += result.inserted;
      totals.updated += result.updated;
      if (def.kind === "campaigns") for (const line of rows.values()) refs.campaigns?.add(campaignIdOf(line));
      opts.onProgress?.({ ...totals });
    })()
      .catch((error: unknown) => {
        writeFailure ??= { error };
      })
      .finally(() => writing.delete(entry));
    writing.add(entry);
  };
  /** Wait for every batch being written; rethrows the first failure. */
  const drain = async () => {
    await Promise.all([...writing].map((w) => w.done));
    throwIfFailed();
  };

  let status: Exclude<JobStatus, "running"> = "succeeded";
  let message: string | null = null;
  try {
    for await (const raw of opts.records) {
      const record = opts.transform ? opts.transform(raw) : raw;
      if (!record) continue;
      batchRead++;
      // The fast path (see fastPlanOf): an untransformed CSV line in the plan's column order whose
      // every cell passes its fast check goes to COPY as read, without zod.
      const cells = fastPlan && record === raw && record.raw !== undefined ? record.cells : undefined;
      if (cells && passes(fastPlan!.checks, cells) && !(def.references && fastReferenceError(cells))) {
        addRow(fastKey(fastPlan!, cells), `${orgPrefix}${record.raw}\n`);
        if (fastPlan!.customer >= 0) batchCustomers.add(Number(cells[fastPlan!.customer]));
        const day = cells[fastPlan!.day]!.slice(0, 10);
        if (day < from!) from = day;
        if (day > to!) to = day;
      } else {
        const rowErrors = record.error
          ? [{ line: record.line, field: "(line)", expected: record.error }]
          : undefined;
        const parsed = rowErrors ? undefined : def.row.safeParse(record.values);
        let errors: RowError[] | undefined = rowErrors;
        if (parsed && !parsed.success) {
          errors = parsed.error.issues.map((i) => ({
            line: record.line,
            field: i.path.map(String).join(".") || "(row)",
            expected:
              i.code === "invalid_type" && record.values[String(i.path[0])] === undefined
                ? `expected a value in column ${String(i.path[0])} (the column is missing)`
                : i.message,
          }));
        } else if (parsed?.success) {
          errors = referenceErrors(def, refs, parsed.data, record.line);
        }
        if (errors && errors.length > 0) {
          batchRejected++;
          if (totals.rejected + batchRejected > maxErrors) {
            status = "failed";
            message = `stopped at line ${record.line}: more than ${maxErrors} rejected rows (max errors); the batches before it are stored`;
            break;
          }
          batchErrors.push(...errors);
          allErrors.push(...errors);
          continue;
        }
        const row = parsed!.data as Record<string, Cell | undefined>;
        if (!plan) {
          plan = planFor(def, record.values, tableColumns);
          rawFits = sameColumns(Object.keys(record.values), plan.headers);
          fastPlan = rawFits ? fastPlanOf(def, plan) : undefined;
        }
        // The line as read is COPY-ready when it is the untransformed record, in the plan's column
        // order, and zod accepted it (every cell then reads in PostgreSQL as the parsed value does).
        const line =
          rawFits && record === raw && record.raw !== undefined
            ? `${orgPrefix}${record.raw}\n`
            : csvRow(plan, opts.organizationId, row);
        addRow(keyOf(plan, row), line);
        if (customerHeader) batchCustomers.add(Number(row[customerHeader]));
        const day = String(row[def.dayHeader]).slice(0, 10);
        if (from === undefined || day < from) from = day;
        if (to === undefined || day > to) to = day;
      }
      // Batches are written while the next one is parsed; never more than `writers` at once.
      if (batch.size >= batchRows) await flush();
    }
    if (status === "succeeded") await flush();
    await drain();
  } catch (e) {
    await Promise.all([...writing].map((w) => w.done));
    status = "failed";
    message = e instanceof Error ? e.message : String(e);
    await finishImportJob(db, opts.organizationId, jobId, status, message.slice(0, 2000), "none").catch(
      () => {},
    );
    throw e instanceof AppError
      ? e
      : new AppError("ingest.invalid", `import job ${jobId} failed: ${message}`, { cause: e });
  }
  const changed = totals.inserted + totals.updated > 0;
  await finishImportJob(db, opts.organizationId, jobId, status, message, changed ? "pending" : "none");
  return {
    jobId,
    status,
    message,
    ...totals,
    errors: allErrors.slice(0, maxErrors),
    days: from && to ? { from, to } : null,
    writeSeconds: Math.round(writeMs) / 1000,
  };
}

/** Check a CSV header against a kind: every required column present, no unknown column. */
export function checkHeader(kind: ImportKind, header: readonly string[]): void {
  const def = kindDef(kind);
  const known = new Set(def.columns.map((c) => c.header));
  const missing = def.columns.filter((c) => !c.optional && !header.includes(c.header)).map((c) => c.header);
  const unknown = header.filter((h) => !known.has(h));
  if (missing.length || unknown.length) {
    const parts = [
      missing.length ? `missing column(s) ${missing.join(", ")}` : "",
      unknown.length ? `unknown column(s) ${unknown.join(", ")}` : "",
    ].filter(Boolean);
    throw new AppError(
      "ingest.invalid",
      `header: ${parts.join("; ")}; expected the ${kind} export header: ${def.columns.map((c) => c.header).join(",")}`,
      { details: { path: "header" } },
    );
  }
}
