import { Router } from "express";
import { loadOrgCatalog } from "../../db/catalog/repository.ts";
import { executeMetricQuery } from "../../semantic/execute/execute.ts";
import type { AppDeps } from "../deps.ts";
import { type Tenant, tenantOf } from "../tenant.ts";

/** The compile context of a tenant: organization, time zone and attribution settings. */
export function compileContextOf(t: Tenant) {
  return {
    organizationId: t.organizationId,
    timeZone: t.timeZone,
    defaultAttributionModel: t.defaultAttributionModel,
    attributionLookbackDays: t.attributionLookbackDays,
  };
}

/**
 * POST / : MetricQuery -> result (columns, rows, totals, comparison, provenance). The organization
 * comes from authentication only; the body is parsed by the semantic layer's zod schema.
 */
export function metricsRouter(deps: AppDeps): Router {
  const router = Router();
  router.post("/", async (req, res) => {
    const tenant = tenantOf(res);
    const catalog = await loadOrgCatalog(deps.db, tenant.organizationId);
    const result = await executeMetricQuery(
      { catalog, run: (sql, params) => deps.db.query(sql, params), now: deps.now() },
      req.body,
      compileContextOf(tenant),
    );
    res.json(result);
  });
  return router;
}
