import { Router } from "express";
import { z } from "zod";
import { idParam } from "../../briefs/schedule/input.ts";
import { recordAudit } from "../../db/repositories/audit-log.ts";
import {
  deletePlannedChange,
  getPlannedChange,
  insertPlannedChanges,
  listPlannedChanges,
  type PlannedChangeRow,
} from "../../db/repositories/planned-changes.ts";
import { AppError } from "../../lib/errors.ts";
import type { AppDeps } from "../deps.ts";
import { requireRole, type Tenant, tenantOf } from "../tenant.ts";
import { MANAGE_ROLES } from "./briefs.ts";
import { createPlannedChangeInput } from "./planned-change-input.ts";

const plannedChangeView = z.object({
  id: z.number().int(),
  channel: z.string(),
  campaignId: z.number().int().nullable(),
  campaign: z.string().nullable(),
  from: z.string(),
  to: z.string().nullable(),
  kind: z.enum(["temporary", "lasting"]),
  expectedChangePercent: z.number().nullable(),
  note: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
/** GET /api/v1/planned-changes response (documented in /openapi.json). */
export const plannedChangeListResponse = z.object({ plannedChanges: z.array(plannedChangeView) });
/** POST /api/v1/planned-changes response. */
export const plannedChangeResponse = z.object({ plannedChange: plannedChangeView });

/** A planned change as the API shows it. */
export function showPlannedChange(p: PlannedChangeRow): z.infer<typeof plannedChangeView> {
  return {
    id: p.id,
    channel: p.channel,
    campaignId: p.campaignId,
    campaign: p.campaign,
    from: p.from,
    to: p.to,
    kind: p.to === null ? "lasting" : "temporary",
    expectedChangePercent: p.expectedChangePercent,
    note: p.note,
    createdBy: p.createdBy,
    createdAt: String(p.createdAt),
  };
}

const invalid = (path: string, message: string) =>
  new AppError("input.invalid", `${path}: ${message}`, { details: { path } });

/**
 * /api/v1/planned-changes: the organization's planned paid-media changes (budget flights, holdout
 * weeks, lasting budget changes). The anomaly detector and alert rules treat them as known, so a
 * planned test is not an alarm. Every role lists; analysts and admins create and delete.
 */
export function plannedChangesRouter(deps: AppDeps): Router {
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
    res.json({
      plannedChanges: (await listPlannedChanges(deps.db, t.organizationId)).map(showPlannedChange),
    });
  });

  router.post("/", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, MANAGE_ROLES);
    const input = createPlannedChangeInput.parse(req.body ?? {});
    let channel = input.channel;
    if (input.campaignId !== undefined) {
      const [campaign] = await deps.db.query<{ channel: string }>(
        "SELECT channel FROM campaigns WHERE organization_id = $1 AND id = $2",
        [t.organizationId, input.campaignId],
      );
      if (!campaign) throw invalid("campaignId", `no campaign ${input.campaignId} in ${t.slug}`);
      if (channel !== undefined && channel !== campaign.channel)
        throw invalid("channel", `campaign ${input.campaignId} is in ${campaign.channel}, not ${channel}`);
      channel = campaign.channel;
    } else {
      const [known] = await deps.db.query<{ key: string }>(
        "SELECT key FROM channels WHERE organization_id = $1 AND key = $2",
        [t.organizationId, channel],
      );
      if (!known) throw invalid("channel", `'${channel}' is not a channel of ${t.slug}`);
    }
    const [id] = await insertPlannedChanges(
      deps.db,
      t.organizationId,
      [
        {
          channel: channel!,
          campaignId: input.campaignId ?? null,
          from: input.from,
          to: input.to,
          expectedChangePercent: input.expectedChangePercent,
          note: input.note,
          createdBy: `key:${t.keyId}`,
        },
      ],
      deps.now(),
    );
    await audit(t, "planned_change.create", id!);
    const row = await getPlannedChange(deps.db, t.organizationId, id!);
    res.status(201).json({ plannedChange: showPlannedChange(row!) });
  });

  router.delete("/:id", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, MANAGE_ROLES);
    const { id } = idParam.parse(req.params);
    if (!(await deletePlannedChange(deps.db, t.organizationId, id)))
      throw new AppError("not_found", `no planned change ${id} in ${t.slug}`, { details: { path: "id" } });
    await audit(t, "planned_change.delete", id);
    res.status(204).end();
  });
  return router;
}
