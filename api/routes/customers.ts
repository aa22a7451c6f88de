import { Router } from "express";
import { z } from "zod";
import { deleteCustomer } from "../../ingest/gdpr/delete-customer.ts";
import { exportCustomer } from "../../ingest/gdpr/export-customer.ts";
import { getImportJob } from "../../ingest/import/jobs.ts";
import { sharedRefresher } from "../../ingest/refresh/refresher.ts";
import { AppError } from "../../lib/errors.ts";
import { safeText } from "../../lib/safe-text.ts";
import type { AppDeps } from "../deps.ts";
import { requireRole, tenantOf } from "../tenant.ts";

/** `:externalId`: the id the site knows the customer by (digits address an imported customer). */
export const customerParam = z.object({
  externalId: safeText({ max: 128, min: 1 }).describe(
    "The customer's external id, e.g. 'cust-42' (or 'anon:<anonymousId>'; digits for an imported customer).",
  ),
});

/** `?wait=refresh` answers after the background recompute too (scripts and tests). */
export const customerDeleteQuery = z
  .object({
    wait: z
      .enum(["delete", "refresh"])
      .default("delete")
      .describe("Answer once the rows are erased (202), or after the attribution refresh too (200)."),
  })
  .strict();

/**
 * GDPR for one customer, admins only: GET /:externalId/export (everything stored, JSON) and
 * DELETE /:externalId (erasure of the customer and every derived row in one transaction, answered
 * at once with 202 and a job; the data-driven attribution models are recomputed in the background,
 * progress at `GET /api/v1/import/jobs/:id`; audit-logged without personal data).
 */
export function customersRouter(deps: AppDeps): Router {
  const router = Router();
  const refresher = sharedRefresher({ db: deps.db, embedder: deps.embedder, logger: deps.logger });
  router.get("/:externalId/export", async (req, res) => {
    const tenant = tenantOf(res);
    requireRole(tenant, ["admin"]);
    const { externalId } = customerParam.parse(req.params);
    res.json(await exportCustomer(deps.db, tenant.organizationId, externalId));
  });
  router.delete("/:externalId", async (req, res) => {
    const tenant = tenantOf(res);
    requireRole(tenant, ["admin"]);
    const { externalId } = customerParam.parse(req.params);
    const { wait } = customerDeleteQuery.parse(req.query);
    const report = await deleteCustomer(deps.db, {
      organizationId: tenant.organizationId,
      externalId,
      actor: `key:${tenant.keyId}`,
    });
    if (!report) throw new AppError("not_found", "no such customer", { details: { path: "externalId" } });
    const refresh = refresher.schedule(tenant.organizationId, report.jobId);
    if (wait === "refresh") await refresh;
    const job = await getImportJob(deps.db, tenant.organizationId, report.jobId);
    res.status(wait === "refresh" ? 200 : 202).json({
      ...report,
      job,
      jobUrl: `/api/v1/import/jobs/${report.jobId}`,
    });
  });
  return router;
}
