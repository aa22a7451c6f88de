import { randomBytes } from "node:crypto";
import { Router } from "express";
import { z } from "zod";
import {
  type AlertRuleRow,
  deleteAlertRule,
  getAlertRule,
  insertAlertRule,
  listAlertRules,
  updateAlertRule,
} from "../../briefs/alerts/repository.ts";
import { createAlertInput, patchAlertInput } from "../../briefs/alerts/rule.ts";
import { publicDestination, withSecrets } from "../../briefs/delivery/destinations.ts";
import { listRuns } from "../../briefs/runs/repository.ts";
import { idParam } from "../../briefs/schedule/input.ts";
import { metricShape } from "../../db/analytics/shape.ts";
import { loadOrgCatalog } from "../../db/catalog/repository.ts";
import { recordAudit } from "../../db/repositories/audit-log.ts";
import { AppError } from "../../lib/errors.ts";
import { addDays } from "../../semantic/query/dates.ts";
import type { AppDeps } from "../deps.ts";
import { requireRole, type Tenant, tenantOf } from "../tenant.ts";
import { MANAGE_ROLES, showRun } from "./briefs.ts";

const randomSecret = () => randomBytes(24).toString("base64url");

function showRule(r: AlertRuleRow) {
  return {
    id: r.id,
    name: r.name,
    metric: r.metric,
    condition: r.condition,
    scope: r.scope,
    destinations: r.destinations.map(publicDestination),
    enabled: r.enabled,
    checkedThrough: r.evaluatedThrough,
    createdBy: r.createdBy,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

const ruleView = z.object({
  id: z.number().int(),
  name: z.string(),
  metric: z.string(),
  condition: z.record(z.string(), z.unknown()),
  scope: z.record(z.string(), z.unknown()).nullable(),
  destinations: z.array(z.record(z.string(), z.unknown())),
  enabled: z.boolean(),
  checkedThrough: z.string().nullable().describe("Last data day the rule has checked"),
});
/** GET /api/v1/alerts response (documented in /openapi.json). */
export const alertListResponse = z.object({ rules: z.array(ruleView) });

async function checkMetric(deps: Pick<AppDeps, "db">, t: Tenant, metric: string) {
  metricShape(await loadOrgCatalog(deps.db, t.organizationId), metric, "metric");
}

async function audit(deps: Pick<AppDeps, "db">, t: Tenant, action: string, target: number) {
  await recordAudit(deps.db, {
    organizationId: t.organizationId,
    actor: `key:${t.keyId}`,
    action,
    target: String(target),
  });
}

/**
 * /api/v1/alerts: alert rules (a metric crossing a threshold, or an anomaly from the detector, per
 * channel or campaign if asked). Rules are checked by the scheduler after each data load and daily;
 * each (rule, day) is delivered once. Every role lists; analysts and admins manage.
 */
export function alertsRouter(deps: AppDeps): Router {
  const router = Router();

  router.get("/", async (_req, res) => {
    const t = tenantOf(res);
    res.json({ rules: (await listAlertRules(deps.db, t.organizationId)).map(showRule) });
  });

  router.post("/", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, MANAGE_ROLES);
    const input = createAlertInput.parse(req.body ?? {});
    await checkMetric(deps, t, input.metric);
    const { stored, secrets } = withSecrets(input.destinations, randomSecret);
    const row = await insertAlertRule(
      deps.db,
      t.organizationId,
      {
        name: input.name,
        metric: input.metric,
        condition: input.condition,
        scope: input.scope ?? null,
        destinations: stored,
        enabled: input.enabled,
        evaluatedThrough: input.checkFrom ? addDays(input.checkFrom, -1) : null,
        createdBy: `key:${t.keyId}`,
      },
      deps.now(),
    );
    await audit(deps, t, "alert_rule.create", row.id);
    res.status(201).json({ rule: showRule(row), secrets });
  });

  router.get("/:id", async (req, res) => {
    const t = tenantOf(res);
    const { id } = idParam.parse(req.params);
    const rule = await getAlertRule(deps.db, t.organizationId, id);
    if (!rule)
      throw new AppError("not_found", `no alert rule ${id} in ${t.slug}`, { details: { path: "id" } });
    const runs = await listRuns(deps.db, t.organizationId, "alert", id, 50);
    res.json({
      rule: showRule(rule),
      alerts: runs.map((r) => ({
        ...showRun(r),
        title: r.payload?.title,
        text: r.payload?.text,
        link: r.payload?.link,
      })),
    });
  });

  router.patch("/:id", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, MANAGE_ROLES);
    const { id } = idParam.parse(req.params);
    const patch = patchAlertInput.parse(req.body ?? {});
    if (patch.metric) await checkMetric(deps, t, patch.metric);
    const { stored, secrets } = patch.destinations
      ? withSecrets(patch.destinations, randomSecret)
      : { stored: undefined, secrets: [] };
    const row = await updateAlertRule(
      deps.db,
      t.organizationId,
      id,
      { ...patch, scope: patch.scope, ...(stored ? { destinations: stored } : {}) } as Parameters<
        typeof updateAlertRule
      >[3],
      deps.now(),
    );
    if (!row)
      throw new AppError("not_found", `no alert rule ${id} in ${t.slug}`, { details: { path: "id" } });
    await audit(deps, t, "alert_rule.update", id);
    res.json({ rule: showRule(row), secrets });
  });

  router.delete("/:id", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, MANAGE_ROLES);
    const { id } = idParam.parse(req.params);
    if (!(await deleteAlertRule(deps.db, t.organizationId, id))) {
      throw new AppError("not_found", `no alert rule ${id} in ${t.slug}`, { details: { path: "id" } });
    }
    await audit(deps, t, "alert_rule.delete", id);
    res.status(204).end();
  });
  return router;
}
