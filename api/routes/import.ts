/**
 * /api/v1/import: bulk import of the export format, streamed. The body is never buffered: it is
 * mounted before the JSON body parser (1 MB cap) and read as CSV (`Content-Type: text/csv`) or
 * NDJSON (`application/x-ndjson`) batch by batch (ingest/import). The response comes when every
 * batch is committed; the refresh of derived data then runs in the background, its progress on
 * the job (`GET /api/v1/import/jobs/:id`). Admins and analysts; the local operator token with
 * `?org=` (the CLI through the running service).
 */
import { type Request, type Response, Router } from "express";
import { z } from "zod";
import { findOrganizationBySlug } from "../../db/repositories/organizations.ts";
import { isPlatformImportKind } from "../../ingest/adapters/kinds.ts";
import { checkHeader, importRecords } from "../../ingest/import/import-records.ts";
import { getImportJob, listImportJobs } from "../../ingest/import/jobs.ts";
import { importKindSchema } from "../../ingest/import/kinds.ts";
import { csvRecords, ndjsonRecords } from "../../ingest/import/source.ts";
import { sharedRefresher } from "../../ingest/refresh/refresher.ts";
import { AppError } from "../../lib/errors.ts";
import type { AppDeps } from "../deps.ts";
import { isOperator } from "../middleware/operator-auth.ts";
import { requireRole, tenantOf } from "../tenant.ts";
import { importPlatformRequest } from "./import-platform.ts";

export const importQuery = z
  .object({
    org: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/, "expected an organization slug, e.g. acme")
      .optional()
      .describe("Operator token only: the organization to import into."),
    maxErrors: z.coerce
      .number({ error: "expected a whole number of rejected rows to tolerate, e.g. 100" })
      .int("expected a whole number")
      .min(0)
      .max(100_000)
      .default(100)
      .describe("Rejected rows tolerated before the import stops."),
    wait: z
      .enum(["load", "refresh"])
      .default("load")
      .describe("Answer after the load, or after the refresh too."),
  })
  .strict();

const jobIdParam = z.object({
  id: z.coerce.number({ error: "expected a job id" }).int().positive().max(Number.MAX_SAFE_INTEGER),
});

/** The organization an import request acts on. */
async function importingInto(deps: AppDeps, res: Response, org: string | undefined) {
  if (isOperator(res.locals)) {
    if (!org)
      throw new AppError("input.invalid", "org: the operator token must name an organization (?org=)");
    const found = await findOrganizationBySlug(deps.db, org);
    if (!found)
      throw new AppError("not_found", `no organization with slug '${org}'`, { details: { path: "org" } });
    return { organizationId: found.id, slug: found.slug };
  }
  const t = tenantOf(res);
  requireRole(t, ["admin", "analyst"]);
  if (org !== undefined && org !== t.slug) {
    throw new AppError("auth.forbidden", "an API key imports into its own organization only");
  }
  return { organizationId: t.organizationId, slug: t.slug };
}

function formatOf(req: Request): "csv" | "ndjson" {
  if (req.is(["text/csv", "application/csv"])) return "csv";
  if (req.is(["application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines"]))
    return "ndjson";
  const got = req.get("content-type");
  throw new AppError(
    "input.unsupported_media_type",
    `the body must be CSV (Content-Type: text/csv) or NDJSON (application/x-ndjson), got ${got ? `'${got.slice(0, 100)}'` : "no Content-Type"}`,
    { details: { path: "content-type" } },
  );
}

/** The import routes (mounted at /api/v1/import, before the JSON body parser). */
export function importRouter(deps: AppDeps): Router {
  const router = Router();
  const refresher = sharedRefresher({ db: deps.db, embedder: deps.embedder, logger: deps.logger });

  router.get("/jobs", async (req, res) => {
    const on = await importingInto(deps, res, importQuery.pick({ org: true }).parse(req.query).org);
    res.json({ organization: on.slug, jobs: await listImportJobs(deps.db, on.organizationId) });
  });

  router.get("/jobs/:id", async (req, res) => {
    const on = await importingInto(deps, res, importQuery.pick({ org: true }).parse(req.query).org);
    const { id } = jobIdParam.parse(req.params);
    const job = await getImportJob(deps.db, on.organizationId, id);
    if (!job)
      throw new AppError("not_found", `no import job ${id} in ${on.slug}`, { details: { path: "id" } });
    res.json({ organization: on.slug, job });
  });

  router.post("/:kind", async (req, res) => {
    const query = importQuery.parse(req.query);
    const on = await importingInto(deps, res, query.org);
    // Platform and shop exports (google_ads, ..., auto) go through their adapter.
    if (isPlatformImportKind(req.params.kind)) {
      const actor = isOperator(res.locals) ? "operator" : `key:${tenantOf(res).keyId}`;
      await importPlatformRequest(deps, refresher, req, res, { ...on, actor }, req.params.kind, query);
      return;
    }
    const parsedKind = importKindSchema.safeParse(req.params.kind);
    if (!parsedKind.success) {
      throw new AppError("input.invalid", `kind: ${parsedKind.error.issues[0]?.message}`, {
        details: { path: "kind" },
      });
    }
    const kind = parsedKind.data;
    const format = formatOf(req);
    const records = format === "csv" ? csvRecords(req, (h) => checkHeader(kind, h)) : ndjsonRecords(req);
    const result = await importRecords(deps.db, {
      organizationId: on.organizationId,
      kind,
      records,
      source: `http:${format}`,
      maxErrors: query.maxErrors,
    });
    const changed = result.inserted + result.updated > 0;
    const refresh = changed ? refresher.schedule(on.organizationId, result.jobId) : undefined;
    if (query.wait === "refresh") await refresh;
    const job = await getImportJob(deps.db, on.organizationId, result.jobId);
    res
      .status(result.status === "succeeded" ? 200 : 422)
      .json({ organization: on.slug, job, days: result.days });
  });
  return router;
}
