import { Router } from "express";
import { z } from "zod";
import { deleteCustomer } from "../../ingest/gdpr/delete-customer.ts";
import { exportCustomer } from "../../ingest/gdpr/export-customer.ts";
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

/**
 * GDPR for one customer, admins only: GET /:externalId/export (everything stored, JSON) and
 * DELETE /:externalId (erasure with every derived row, attribution recomputed, audit-logged).
 */
export function customersRouter(deps: AppDeps): Router {
  const router = Router();
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
    const report = await deleteCustomer(deps.db, {
      organizationId: tenant.organizationId,
      externalId,
      actor: `key:${tenant.keyId}`,
    });
    if (!report) throw new AppError("not_found", "no such customer", { details: { path: "externalId" } });
    res.json(report);
  });
  return router;
}
