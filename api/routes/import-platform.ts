/**
 * POST /api/v1/import/:kind for platform exports (google_ads, meta_ads, tiktok_ads, shopify_orders,
 * klaviyo_campaigns, ga4_traffic, or auto to detect from the header): the CSV body is streamed
 * through the adapter (ingest/adapters/import-platform-export.ts), each export kind it produced is
 * loaded as its own import job, and derived data is refreshed for every job that changed rows.
 * 200 when every row loaded; 422 with the refused rows (line of the platform file, field, what was
 * expected) otherwise.
 */
import type { Request, Response } from "express";
import { importPlatformExport } from "../../ingest/adapters/import-platform-export.ts";
import { adapterKindOf, type PlatformImportKind } from "../../ingest/adapters/kinds.ts";
import { getImportJob } from "../../ingest/import/jobs.ts";
import type { Refresher } from "../../ingest/refresh/refresher.ts";
import { AppError } from "../../lib/errors.ts";
import type { AppDeps } from "../deps.ts";

/** Handle one platform import request for the organization `on` (already authorized). */
export async function importPlatformRequest(
  deps: AppDeps,
  refresher: Refresher,
  req: Request,
  res: Response,
  on: { organizationId: number; slug: string; actor: string },
  kind: PlatformImportKind,
  opts: { maxErrors: number; wait: "load" | "refresh" },
): Promise<void> {
  if (!req.is(["text/csv", "application/csv"])) {
    const got = req.get("content-type");
    throw new AppError(
      "input.unsupported_media_type",
      `a platform export is CSV (Content-Type: text/csv), got ${got ? `'${got.slice(0, 100)}'` : "no Content-Type"}`,
      { details: { path: "content-type" } },
    );
  }
  const result = await importPlatformExport(deps.db, {
    organizationId: on.organizationId,
    input: req,
    source: `http:${kind}`,
    kind: adapterKindOf(kind),
    maxErrors: opts.maxErrors,
    actor: on.actor,
  });
  const refreshes = result.jobs
    .filter((j) => j.inserted + j.updated > 0)
    .map((j) => refresher.schedule(on.organizationId, j.jobId));
  if (opts.wait === "refresh") await Promise.all(refreshes);
  const jobs = [];
  for (const j of result.jobs) jobs.push(await getImportJob(deps.db, on.organizationId, j.jobId));
  const ok = result.problems.length === 0 && result.jobs.every((j) => j.status === "succeeded");
  res.status(ok ? 200 : 422).json({
    organization: on.slug,
    kind: result.kind,
    rowsRead: result.rowsRead,
    rowsSkipped: result.rowsSkipped,
    problems: result.problems,
    jobs,
    campaigns: result.summary.campaigns,
    ratesUsed: result.summary.ratesUsed,
  });
}
