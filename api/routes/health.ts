import { Router } from "express";
import { dataFreshness } from "../../db/repositories/organizations.ts";
import type { AppDeps } from "../deps.ts";

/**
 * GET /health: no auth, for load balancers and operators. 200 when the database answers, 503
 * otherwise; includes per-organization data freshness so a stale load is visible.
 */
export function healthRouter(deps: AppDeps): Router {
  const router = Router();
  router.get("/", async (_req, res) => {
    try {
      const organizations = await dataFreshness(deps.db);
      res.json({
        status: "ok",
        version: deps.version,
        database: { kind: deps.db.kind, status: "ok", vector: await deps.db.hasVector() },
        organizations,
      });
    } catch (err) {
      deps.logger.error({ err }, "health check failed");
      res.status(503).json({
        status: "unavailable",
        version: deps.version,
        database: { kind: deps.db.kind, status: "error" },
      });
    }
  });
  return router;
}
