/**
 * `npm run import -- --org SLUG --kind KIND --file PATH [--format csv|ndjson] [--max-errors N]`
 * Imports one file in the export format with a progress bar (bytes of the file, rows, rows/s),
 * then refreshes derived data for what changed (a second bar). When `npm start` holds the embedded
 * DATA_DIR the file is streamed to its POST /api/v1/import/:kind with the local operator token and
 * the refresh progress is read from the job; otherwise the command opens the database itself.
 * Exit code 1 when the import stopped (too many bad rows, bad header); the rows of committed
 * batches stay, and running the same command again completes it without doubling anything.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import cliProgress from "cli-progress";
import { z } from "zod";
import { embedderFor } from "../../db/catalog/embedder.ts";
import { openDatabase } from "../../db/connect.ts";
import { findOrganizationBySlug } from "../../db/repositories/organizations.ts";
import { findRunningService, type RunningService } from "../../db/running-service.ts";
import { parseCli, runCli } from "../../lib/cli.ts";
import { isInteractive, loadEnv } from "../../lib/env.ts";
import { AppError } from "../../lib/errors.ts";
import { isPlatformImportKind, PLATFORM_IMPORT_KINDS } from "../adapters/kinds.ts";
import { checkHeader, importRecords } from "../import/import-records.ts";
import type { ImportJob } from "../import/jobs.ts";
import { IMPORT_KINDS, type ImportKind } from "../import/kinds.ts";
import { csvRecords, ndjsonRecords, SOURCE_FORMATS } from "../import/source.ts";
import { refreshAfterImport } from "../refresh/refresh-derived.ts";
import { importPlatformFile } from "./import-platform.ts";

const flags = z.object({
  org: z
    .string({ error: "expected an organization slug, e.g. --org acme" })
    .regex(/^[a-z0-9-]{1,64}$/, "expected an organization slug, e.g. --org acme"),
  // The export format's kinds, or a platform export (google_ads, ..., auto) read by its adapter.
  kind: z.enum([...IMPORT_KINDS, ...PLATFORM_IMPORT_KINDS], {
    error: `expected one of: ${[...IMPORT_KINDS, ...PLATFORM_IMPORT_KINDS].join(", ")}`,
  }),
  file: z.string({ error: "expected a file path, e.g. --file export/touchpoints.csv" }).min(1),
  format: z.enum(SOURCE_FORMATS, { error: "expected csv or ndjson" }).optional(),
  "max-errors": z.coerce.number({ error: "expected a whole number" }).int().min(0).max(100_000).default(100),
  "batch-rows": z.coerce
    .number({ error: "expected a whole number" })
    .int()
    .min(100)
    .max(1_000_000)
    .optional(),
});
type Flags = z.infer<typeof flags> & { kind: ImportKind };

runCli(async () => {
  const { values } = parseCli(
    process.argv.slice(2),
    {
      org: { type: "string" },
      kind: { type: "string" },
      file: { type: "string" },
      format: { type: "string" },
      "max-errors": { type: "string" },
      "batch-rows": { type: "string" },
    },
    flags,
  );
  const size = (await stat(values.file).catch(() => undefined))?.size;
  if (size === undefined) throw new AppError("input.invalid", `--file: cannot read ${values.file}`);
  const format = values.format ?? (/\.(nd)?jsonl?$/i.test(values.file) ? "ndjson" : "csv");
  const env = loadEnv();
  const kind = values.kind;
  if (isPlatformImportKind(kind))
    return importPlatformFile(env, { ...values, kind }, createReadStream(values.file));
  const bar = progressBar(size);
  const counted = countBytes(createReadStream(values.file), (n) => bar.update(n));
  const started = performance.now();
  const svc = env.DATABASE_URL ? undefined : await findRunningService(env.DATA_DIR);
  if (svc) {
    process.stderr.write(`(through the running service '${svc.command}', pid ${svc.pid}, ${svc.url})\n`);
    return throughService(svc, { ...values, kind }, format, counted, bar, started);
  }
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    command: "npm run import",
  });
  try {
    const org = await findOrganizationBySlug(db, values.org);
    if (!org) throw new AppError("not_found", `no organization with slug '${values.org}'`);
    const result = await importRecords(db, {
      organizationId: org.id,
      kind,
      records: format === "csv" ? csvRecords(counted, (h) => checkHeader(kind, h)) : ndjsonRecords(counted),
      source: values.file,
      maxErrors: values["max-errors"],
      batchRows: values["batch-rows"],
      onProgress: (p) => bar.update({ rows: p.read.toLocaleString("en-US"), rate: rate(p.read, started) }),
    }).finally(() => bar.stop());
    const seconds = (performance.now() - started) / 1000;
    printSummary({ ...result, seconds });
    if (result.inserted + result.updated > 0) {
      const rbar = refreshBar();
      const report = await refreshAfterImport(db, {
        organizationId: org.id,
        embedder: embedderFor(env),
        jobIds: [result.jobId],
        onProgress: (p) => {
          rbar.setTotal(p.total);
          rbar.update(p.done, { phase: p.phase });
        },
      }).finally(() => rbar.stop());
      process.stderr.write(
        `refreshed ${report.customers} customers (${report.pathRows} path-model rows in ${report.seconds.customers}s; data-driven models ${report.dataDrivenRows} rows in ${report.seconds.dataDriven}s; total ${report.seconds.total}s)\n`,
      );
    }
    if (result.status !== "succeeded")
      throw new AppError("ingest.invalid", result.message ?? "import failed");
  } finally {
    await db.close();
  }
});

async function throughService(
  svc: RunningService,
  values: Flags,
  format: "csv" | "ndjson",
  body: Readable,
  bar: cliProgress.SingleBar,
  started: number,
): Promise<void> {
  const q = `org=${encodeURIComponent(values.org)}&maxErrors=${values["max-errors"]}`;
  let res: Response;
  try {
    res = await fetch(`${svc.url}/api/v1/import/${values.kind}?${q}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${svc.token}`,
        "content-type": format === "csv" ? "text/csv" : "application/x-ndjson",
      },
      body: Readable.toWeb(body) as ReadableStream,
      duplex: "half",
    } as RequestInit);
  } finally {
    bar.stop();
  }
  const out = (await res.json().catch(() => ({}))) as { job?: ImportJob; error?: { message?: string } };
  if (!out.job)
    throw new AppError(
      "ingest.invalid",
      `${out.error?.message ?? `HTTP ${res.status}`} (service at ${svc.url})`,
    );
  const seconds = (performance.now() - started) / 1000;
  const job = out.job;
  printSummary({
    jobId: job.id,
    read: job.rowsRead,
    inserted: job.rowsInserted,
    updated: job.rowsUpdated,
    rejected: job.rowsRejected,
    errors: job.errors,
    status: job.status === "running" ? "failed" : job.status,
    message: job.message,
    seconds,
  });
  if (job.refreshStatus !== "none") {
    const rbar = refreshBar();
    let current = job;
    try {
      while (current.refreshStatus === "pending" || current.refreshStatus === "running") {
        await new Promise((r) => setTimeout(r, 500));
        const r = await fetch(
          `${svc.url}/api/v1/import/jobs/${job.id}?org=${encodeURIComponent(values.org)}`,
          {
            headers: { authorization: `Bearer ${svc.token}` },
          },
        );
        current = ((await r.json()) as { job: ImportJob }).job;
        rbar.setTotal(Math.max(1, current.refreshTotal));
        rbar.update(current.refreshDone, { phase: current.refreshStatus });
      }
    } finally {
      rbar.stop();
    }
    process.stderr.write(`refresh ${current.refreshStatus}\n`);
  }
  if (job.status !== "succeeded") throw new AppError("ingest.invalid", job.message ?? "import failed");
}

function printSummary(r: {
  jobId: number;
  read: number;
  inserted: number;
  updated: number;
  rejected: number;
  errors: readonly { line: number; field: string; expected: string }[];
  status: string;
  message: string | null;
  seconds: number;
}): void {
  for (const e of r.errors.slice(0, 20)) process.stderr.write(`line ${e.line}, ${e.field}: ${e.expected}\n`);
  if (r.errors.length > 20)
    process.stderr.write(`... and ${r.errors.length - 20} more errors on job ${r.jobId}\n`);
  process.stdout.write(
    `job ${r.jobId} ${r.status}: read ${r.read}, inserted ${r.inserted}, updated ${r.updated}, unchanged ${r.read - r.rejected - r.inserted - r.updated}, rejected ${r.rejected} in ${r.seconds.toFixed(1)} s (${Math.round(r.read / Math.max(r.seconds, 0.001))} rows/s)\n`,
  );
}

function rate(rows: number, started: number): string {
  return Math.round(rows / Math.max((performance.now() - started) / 1000, 0.001)).toLocaleString("en-US");
}

/** Pass bytes through, reporting how many went by (the bar's position). */
function countBytes(input: Readable, onBytes: (total: number) => void): Readable {
  let total = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      total += chunk.length;
      onBytes(total);
      cb(null, chunk);
    },
  });
  input.once("error", (e) => counter.destroy(e));
  return input.pipe(counter);
}

function progressBar(bytes: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    {
      format: "importing [{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}",
      hideCursor: true,
      noTTYOutput: !isInteractive(),
      notTTYSchedule: 5000,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(bytes, 0, { rows: "0", rate: "0" });
  return bar;
}

function refreshBar(): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    {
      format: "refreshing [{bar}] {value}/{total} steps | {phase}",
      hideCursor: true,
      noTTYOutput: !isInteractive(),
      notTTYSchedule: 5000,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0, { phase: "customers" });
  return bar;
}
