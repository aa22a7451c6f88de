import { Router } from "express";
import { explainChange } from "../../core/explain/contribution.ts";
import { explainChangeRequestSchema } from "../../core/explain/schemas.ts";
import type { AnalyticsDeps } from "../../db/analytics/deps.ts";
import { contributionInput, readMemberSums } from "../../db/analytics/member-sums.ts";
import { loadOrgCatalog } from "../../db/catalog/repository.ts";
import type { AppDeps } from "../deps.ts";
import { tenantOf } from "../tenant.ts";
import { compileContextOf } from "./metrics.ts";

/** The part of AppDeps this router uses (so it mounts with any AppDeps). */
type RouteDeps = Pick<AppDeps, "db" | "now">;

/**
 * POST / {metric, dimension, basePeriod, currentPeriod, limit?} : the metric's total change and
 * each member's contribution, largest first (rate and mix effects for ratio metrics; the
 * contributions sum to the total change). Unknown metric or dimension -> 400 naming the field.
 */
export function explainChangeRouter(deps: RouteDeps): Router {
  const router = Router();
  router.post("/", async (req, res) => {
    const tenant = tenantOf(res);
    const body = explainChangeRequestSchema.parse(req.body);
    const analytics: AnalyticsDeps = {
      db: deps.db,
      catalog: await loadOrgCatalog(deps.db, tenant.organizationId),
      tenant: compileContextOf(tenant),
      now: deps.now(),
    };
    const sums = await readMemberSums(analytics, {
      metric: body.metric,
      dimension: body.dimension,
      base: body.basePeriod,
      current: body.currentPeriod,
    });
    const explanation = explainChange(contributionInput(sums, body.limit));
    res.json({
      metric: body.metric,
      dimension: body.dimension,
      basePeriod: body.basePeriod,
      currentPeriod: body.currentPeriod,
      timeZone: tenant.timeZone,
      ...explanation,
      labels: sums.labels,
      provenance: {
        shape: sums.shape,
        definitions: sums.provenance.current.definitions,
        attribution: sums.provenance.current.attribution,
      },
    });
  });
  return router;
}
