import { Router } from "express";
import { z } from "zod";
import { idParam } from "../../briefs/schedule/input.ts";
import { loadOrgCatalog } from "../../db/catalog/repository.ts";
import { recordAudit } from "../../db/repositories/audit-log.ts";
import {
  deleteMetricTarget,
  insertMetricTarget,
  listMetricTargets,
  type MetricTargetRow,
  updateMetricTarget,
} from "../../db/repositories/metric-targets.ts";
import { AppError } from "../../lib/errors.ts";
import type { AppDeps } from "../deps.ts";
import { requireRole, type Tenant, tenantOf } from "../tenant.ts";
import { MANAGE_ROLES } from "./briefs.ts";
import { createTargetInput, patchTargetInput, targetDirection, targetPeriod } from "./target-input.ts";

const targetView = z.object({
  id: z.number().int(),
  metric: z.string(),
  filter: z.object({ dimension: z.string(), value: z.string() }).nullable(),
  target: z.number(),
  direction: targetDirection,
  period: targetPeriod,
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
/** GET /api/v1/targets response (documented in /openapi.json). */
export const targetListResponse = z.object({ targets: z.array(targetView) });
/** POST and PATCH /api/v1/targets response. */
export const targetResponse = z.object({ target: targetView });

/** A target as the API shows it. */
export function showTarget(t: MetricTargetRow): z.infer<typeof targetView> {
  return {
    id: t.id,
    metric: t.metric,
    filter:
      t.filterDimension && t.filterValue ? { dimension: t.filterDimension, value: t.filterValue } : null,
    target: t.target,
    direction: t.direction,
    period: t.period,
    createdBy: t.createdBy,
    createdAt: String(t.createdAt),
    updatedAt: String(t.updatedAt),
  };
}

const notFound = (t: Tenant, id: number) =>
  new AppError("not_found", `no target ${id} in ${t.slug}`, { details: { path: "id" } });

/**
 * /api/v1/targets: per-metric targets (target CPA, ROAS at least 2 on paid social). Answers about a
 * metric with a target say whether it is met; `target` alert rules fire when it is missed. Every
 * role lists; analysts and admins create, change and delete. One target per metric and filter.
 */
export function targetsRouter(deps: AppDeps): Router {
  const router = Router();
  const audit = (t: Tenant, action: string, id: number) =>
    recordAudit(deps.db, {
      organizationId: t.organizationId,
      actor: `key:${t.keyId}`,
      action,
      target: String(id),
    });

  router.get("/", async (_req, res) => {
    const t = tenantOf(res);
    res.json({ targets: (await listMetricTargets(deps.db, t.organizationId)).map(showTarget) });
  });

  router.post("/", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, MANAGE_ROLES);
    const input = createTargetInput.parse(req.body ?? {});
    const catalog = await loadOrgCatalog(deps.db, t.organizationId);
    const def = catalog.metrics.get(input.metric);
    if (!def)
      throw new AppError("input.invalid", `metric: '${input.metric}' is not a metric in the catalog`, {
        details: { path: "metric" },
      });
    if (input.filter && !def.supportedDimensions.includes(input.filter.dimension))
      throw new AppError(
        "input.invalid",
        `filter.dimension: ${def.label} cannot be broken down by ${input.filter.dimension}`,
        { details: { path: "filter.dimension" } },
      );
    const row = await insertMetricTarget(
      deps.db,
      t.organizationId,
      {
        metric: input.metric,
        filterDimension: input.filter?.dimension ?? null,
        filterValue: input.filter?.value ?? null,
        target: input.target,
        direction: input.direction ?? (def.higherIsBetter ? "at_least" : "at_most"),
        period: input.period,
        createdBy: `key:${t.keyId}`,
      },
      deps.now(),
    );
    if (!row)
      throw new AppError(
        "input.invalid",
        "metric: this metric already has a target for that filter; change it with PATCH /api/v1/targets/:id",
        { details: { path: "metric" } },
      );
    await audit(t, "target.create", row.id);
    res.status(201).json({ target: showTarget(row) });
  });

  router.patch("/:id", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, MANAGE_ROLES);
    const { id } = idParam.parse(req.params);
    const patch = patchTargetInput.parse(req.body ?? {});
    const row = await updateMetricTarget(deps.db, t.organizationId, id, patch, deps.now());
    if (!row) throw notFound(t, id);
    await audit(t, "target.update", id);
    res.json({ target: showTarget(row) });
  });

  router.delete("/:id", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, MANAGE_ROLES);
    const { id } = idParam.parse(req.params);
    if (!(await deleteMetricTarget(deps.db, t.organizationId, id))) throw notFound(t, id);
    await audit(t, "target.delete", id);
    res.status(204).end();
  });
  return router;
}
