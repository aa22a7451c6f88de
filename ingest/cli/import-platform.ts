/**
 * `npm run import -- --org SLUG --kind google_ads|meta_ads|tiktok_ads|shopify_orders|
 * klaviyo_campaigns|ga4_traffic|auto --file PATH`: a platform export through its adapter. Opens the
 * database itself, or streams the file to the running service's POST /api/v1/import/:kind when
 * `npm start` holds the embedded DATA_DIR. Prints what was loaded per export kind, the rows the
 * adapter refused, and every exchange rate used.
 */
import type { Readable } from "node:stream";
import { embedderFor } from "../../db/catalog/embedder.ts";
import { openDatabase } from "../../db/connect.ts";
import { findOrganizationBySlug } from "../../db/repositories/organizations.ts";
import { findRunningService } from "../../db/running-service.ts";
import type { Env } from "../../lib/env.ts";
import { AppError } from "../../lib/errors.ts";
import { importPlatformExport } from "../adapters/import-platform-export.ts";
import { adapterKindOf, type PlatformImportKind } from "../adapters/kinds.ts";
import type { RowProblem } from "../adapters/read-export.ts";
import type { RateUsed } from "../adapters/to-export.ts";
import { refreshAfterImport } from "../refresh/refresh-derived.ts";

interface Printable {
  kind: string;
  rowsRead: number;
  rowsSkipped: number;
  problems: RowProblem[];
  jobs: { kind: string; inserted: number; updated: number; rejected: number; status: string }[];
  ratesUsed: RateUsed[];
}

function print(r: Printable): void {
  const out = process.stderr;
  out.write(
    `${r.kind}: ${r.rowsRead} rows read, ${r.rowsSkipped} skipped (totals, line items, cancelled), ${r.problems.length} refused\n`,
  );
  for (const p of r.problems.slice(0, 20))
    out.write(`  line ${p.line}, ${p.field}: expected ${p.expected}\n`);
  for (const j of r.jobs) {
    out.write(
      `  ${j.kind}: ${j.status}, ${j.inserted} inserted, ${j.updated} updated, ${j.rejected} rejected\n`,
    );
  }
  for (const x of r.ratesUsed) {
    out.write(
      `  ${x.currency} on ${x.date}: rate ${x.rate} of ${x.rateDate} (${x.scope}), ${x.amountIn} -> ${x.amountOut}\n`,
    );
  }
}

/** Import one platform export file for `org`. Throws when rows were refused or a job failed. */
export async function importPlatformFile(
  env: Env,
  values: { org: string; kind: PlatformImportKind; file: string; "max-errors": number },
  input: Readable,
): Promise<void> {
  const svc = env.DATABASE_URL ? undefined : await findRunningService(env.DATA_DIR);
  let result: Printable;
  if (svc) {
    process.stderr.write(`(through the running service '${svc.command}', pid ${svc.pid}, ${svc.url})\n`);
    const q = `org=${encodeURIComponent(values.org)}&maxErrors=${values["max-errors"]}`;
    const res = await fetch(`${svc.url}/api/v1/import/${values.kind}?${q}`, {
      method: "POST",
      headers: { authorization: `Bearer ${svc.token}`, "content-type": "text/csv" },
      body: (await import("node:stream")).Readable.toWeb(input) as ReadableStream,
      duplex: "half",
    } as RequestInit);
    const body = (await res.json()) as Omit<Printable, "jobs"> & {
      jobs: {
        kind: string;
        rowsInserted: number;
        rowsUpdated: number;
        rowsRejected: number;
        status: string;
      }[];
      error?: { message: string };
    };
    if (body.error) throw new AppError("ingest.invalid", `${body.error.message} (service at ${svc.url})`);
    result = {
      ...body,
      jobs: body.jobs.map((j) => ({
        kind: j.kind,
        inserted: j.rowsInserted,
        updated: j.rowsUpdated,
        rejected: j.rowsRejected,
        status: j.status,
      })),
    };
  } else {
    const db = await openDatabase({
      databaseUrl: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      command: "npm run import",
    });
    try {
      const org = await findOrganizationBySlug(db, values.org);
      if (!org) throw new AppError("not_found", `no organization with slug '${values.org}'`);
      const r = await importPlatformExport(db, {
        organizationId: org.id,
        input,
        source: values.file,
        kind: adapterKindOf(values.kind),
        maxErrors: values["max-errors"],
      });
      const changed = r.jobs.filter((j) => j.inserted + j.updated > 0).map((j) => j.jobId);
      if (changed.length > 0) {
        await refreshAfterImport(db, { organizationId: org.id, embedder: embedderFor(env), jobIds: changed });
      }
      result = {
        ...r,
        jobs: r.jobs.map((j) => ({ kind: j.exportKind, ...j })),
        ratesUsed: r.summary.ratesUsed,
      };
    } finally {
      await db.close();
    }
  }
  print(result);
  if (result.problems.length > 0 || result.jobs.some((j) => j.status !== "succeeded")) {
    throw new AppError("ingest.invalid", `${result.problems.length} rows refused; the others are loaded`);
  }
}
