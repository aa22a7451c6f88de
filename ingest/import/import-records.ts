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
import type { Database, Queryable } from "../../db/database.ts";
import { csvField } from "../../db/simulator/csv.ts";
import { AppError } from "../../lib/errors.ts";
import type { FastCheck } from "./fields.ts";
import { createImportJob, finishImportJob, type JobStatus, type RowError, recordBatch } from "./jobs.ts";
import { type Cell, type ImportKind, type KindDef, kindDef } from "./kinds.ts";
import type { SourceRecord } from "./source.ts";
import { type UpsertPlan, upsertBatch } from "./upsert.ts";

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

interface References {
  campaigns?: Set<number>;
  channels?: Set<string>;
}

async function loadReferences(db: Queryable, organizationId: number, def: KindDef): Promise<References> {
  const refs: References = {};
  if (def.references?.campaign) {
    const rows = await db.query<{ id: number }>("SELECT id FROM campaigns WHERE organization_id = $1", [
      organizationId,
    ]);
    refs.campaigns = new Set(rows.map((r) => Number(r.id)));
  }
  if (def.references?.channel || def.kind === "campaigns") {
    const rows = await db.query<{ key: string }>("SELECT key FROM channels WHERE organization_id = $1", [
      organizationId,
    ]);
    refs.channels = new Set(rows.map((r) => r.key));
    refs.campaigns ??= new Set();
  }
  return refs;
}

function referenceErrors(
  def: KindDef,
  refs: References,
  row: Record<string, Cell | undefined>,
  line: number,
): RowError[] | undefined {
  const campaign = def.references?.campaign;
  if (campaign && refs.campaigns && !refs.campaigns.has(Number(row[campaign]))) {
    return [
      {
        line,
        field: campaign,
        expected: "expected the id of a campaign imported before (import campaigns first)",
      },
    ];
  }
  const channel = def.references?.channel;
  if (channel && refs.channels && !refs.channels.has(String(row[channel]))) {
    return [
      {
        line,
        field: channel,
        expected: `expected one of the organization's channels: ${[...refs.channels].sort().join(", ")}`,
      },
    ];
  }
  return undefined;
}

/**
 * Columns of a table as they exist now (a later migration may have added optional ones), with
 * their PostgreSQL type names (int8, date, ...).
 */
async function existingColumns(db: Queryable, table: string): Promise<Map<string, string>> {
  const rows = await db.query<{ name: string; type: string }>(
    "SELECT column_name AS name, udt_name AS type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1",
    [table],
  );
  return new Map(rows.map((r) => [r.name, r.type]));
}

/** What a job writes: the upsert plan plus the header of each column, looked up once. */
interface JobPlan {
  upsert: UpsertPlan;
  /** Header of each column after organization_id, in COPY order. */
  headers: readonly string[];
  keyHeaders: readonly string[];
}

/** The job's column list: required columns, plus optional ones both the file and the table have. */
function planFor(def: KindDef, first: Readonly<Record<string, string>>, table: Map<string, string>): JobPlan {
  const included = def.columns.filter((c) => !c.optional || (c.header in first && table.has(c.column)));
  return {
    upsert: {
      table: def.table,
      columns: ["organization_id", ...included.map((c) => c.column)],
      keys: def.keys,
      customerColumn: def.customerColumn,
    },
    headers: included.map((c) => c.header),
    keyHeaders: def.keys.map((k) => def.columns.find((c) => c.column === k)!.header),
  };
}

/** What the fast path needs, by column index in the file (which is the plan's order). */
interface FastPlan {
  checks: readonly FastCheck[];
  keys: readonly number[];
  /** Index of the customer column, or -1. */
  customer: number;
  day: number;
}

/**
 * The fast path's plan. Its keys and day are the cells' text: a cell passes its fast check only
 * when it is exactly what the parsed value prints (ingest/import/fields.ts), so keys agree with
 * keyOf's on the parsed row and a corrected row in a later batch still replaces the first.
 */
function fastPlanOf(def: KindDef, plan: JobPlan): FastPlan | undefined {
  const checks = plan.headers.map((h) => def.fast[h]);
  if (checks.some((c) => c === undefined)) return undefined;
  const customerHeader = def.columns.find((c) => c.column === def.customerColumn)?.header;
  return {
    checks: checks as FastCheck[],
    keys: plan.keyHeaders.map((h) => plan.headers.indexOf(h)),
    customer: customerHeader ? plan.headers.indexOf(customerHeader) : -1,
    day: plan.headers.indexOf(def.dayHeader),
  };
}

function passes(checks: readonly FastCheck[], cells: readonly string[]): boolean {
  for (let i = 0; i < checks.length; i++) if (!checks[i]!(cells[i]!)) return false;
  return true;
}

function fastKey(fastPlan: FastPlan, cells: readonly string[]): string {
  if (fastPlan.keys.length === 1) return cells[fastPlan.keys[0]!]!;
  return fastPlan.keys.map((i) => cells[i]).join("\u0001");
}

function rowOfCells(headers: readonly string[], cells: readonly string[]): Record<string, string> {
  const row: Record<string, string> = {};
  for (let i = 0; i < headers.length; i++) row[headers[i]!] = cells[i]!;
  return row;
}

interface KeyRange {
  min: string | undefined;
  max: string | undefined;
}

/**
 * A total order of keys that agrees with equality: shorter first, then by code unit. For the
 * canonical whole numbers of an id column it is numeric order, so consecutive batches of a file
 * in id order have disjoint ranges.
 */
function keyOrder(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether two batches (rows by natural key, with their key ranges) share a key. */
function sharesKey(
  a: ReadonlyMap<string, string>,
  aRange: KeyRange,
  b: ReadonlyMap<string, string>,
  bRange: KeyRange,
): boolean {
  if (aRange.min === undefined || bRange.min === undefined) return false;
  if (keyOrder(aRange.max!, bRange.min) < 0 || keyOrder(bRange.max!, aRange.min) < 0) return false;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const key of small.keys()) if (large.has(key)) return true;
  return false;
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((h, i) => h === b[i]);
}

function keyOf(plan: JobPlan, row: Record<string, Cell | undefined>): string {
  if (plan.keyHeaders.length === 1) return String(row[plan.keyHeaders[0]!]);
  return plan.keyHeaders.map((h) => String(row[h])).join("\u0001");
}

function csvRow(plan: JobPlan, organizationId: number, row: Record<string, Cell | undefined>): string {
  let line = String(organizationId);
  for (const header of plan.headers) {
    const v = row[header];
    line += `,${typeof v === "boolean" ? (v ? "t" : "f") : csvField(v ?? null)}`;
  }
  return `${line}\n`;
}

function campaignIdOf(csvLine: string): number {
  // campaigns rows are "org,id,..." (the id is the first column after the organization).
  return Number(csvLine.split(",", 2)[1]);
}
