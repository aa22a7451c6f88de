import { Router } from "express";
import { loadOrgCatalog } from "../../db/catalog/repository.ts";
import { AppError } from "../../lib/errors.ts";
import { funnelInput } from "../../tools/funnel/definition.ts";
import { createFunnel } from "../../tools/funnel/execute.ts";
import type { AppDeps } from "../deps.ts";
import { tenantOf } from "../tenant.ts";
import { compileContextOf } from "./metrics.ts";

/** The part of AppDeps this router uses (so it mounts with any AppDeps). */
type RouteDeps = Pick<AppDeps, "db" | "now">;

/**
 * POST / {period, byChannel?, channel?} : the funnel tool's result as JSON (step counts, step
 * rates, the biggest drop, abandonment, per channel when asked), with the step definitions and
 * the SQL in `provenance`. The same executor as the agent's tool, so the API and the answers
 * cannot disagree. A missing or wrong field -> 400 naming it.
 */
export function funnelRouter(deps: RouteDeps): Router {
  const router = Router();
  router.post("/", async (req, res) => {
    const tenant = tenantOf(res);
    const body = funnelInput.parse(req.body);
    const run = createFunnel({
      db: deps.db,
      catalog: await loadOrgCatalog(deps.db, tenant.organizationId),
      tenant: { ...compileContextOf(tenant), currency: tenant.currency, industry: tenant.industry },
      now: deps.now(),
    });
    const result = await run(body);
    if (!result.ok) throw new AppError("input.invalid", result.error.message);
    res.json(result.data);
  });
  return router;
}
