import { randomBytes } from "node:crypto";
import { Router } from "express";
import { z } from "zod";
import { publicDestination, withSecrets } from "../../briefs/delivery/destinations.ts";
import { listAttempts, listRuns, type RunRow } from "../../briefs/runs/repository.ts";
import { nextFires } from "../../briefs/schedule/cron.ts";
import {
  createScheduleInput,
  idParam,
  patchScheduleInput,
  previewInput,
} from "../../briefs/schedule/input.ts";
import {
  deleteSchedule,
  getSchedule,
  insertSchedule,
  listSchedules,
  type ScheduleRow,
  updateSchedule,
} from "../../briefs/schedule/repository.ts";
import { createScheduling, type Scheduling } from "../../briefs/service.ts";
import { recordAudit } from "../../db/repositories/audit-log.ts";
import { AppError } from "../../lib/errors.ts";
import type { AppDeps } from "../deps.ts";
import { requireRole, type Tenant, tenantOf } from "../tenant.ts";

/** Roles that create, change, delete and send schedules and alert rules. */
export const MANAGE_ROLES = ["admin", "analyst"] as const;

const randomSecret = () => randomBytes(24).toString("base64url");

/** The scheduling service of the app, or one over its database with safe defaults (tests, tools). */
export function schedulingOf(deps: Pick<AppDeps, "db" | "logger" | "now" | "scheduling">): Scheduling {
  return (
    deps.scheduling ??
    createScheduling(deps, { appUrl: "http://localhost:3000", allowPrivateWebhooks: false })
  );
}

function showSchedule(s: ScheduleRow, t: Tenant, now: Date) {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    target: s.target,
    cron: s.cron,
    timeZone: t.timeZone,
    destinations: s.destinations.map(publicDestination),
    enabled: s.enabled,
    createdBy: s.createdBy,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    nextRunAt: s.enabled ? (nextFires(s.cron, t.timeZone, now)[0]?.toISOString() ?? null) : null,
  };
}

/** A run as the API shows it (attempts included when asked). */
export function showRun(r: RunRow) {
  return {
    id: r.id,
    period: r.periodKey,
    scheduledFor: r.scheduledFor,
    status: r.status,
    attempts: r.attempts,
    lastError: r.lastError,
    nextAttemptAt: r.status === "retrying" ? r.nextAttemptAt : null,
    deliveredAt: r.deliveredAt,
  };
}

const scheduleView = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(["brief", "report"]),
  target: z.record(z.string(), z.unknown()),
  cron: z.string(),
  timeZone: z.string(),
  destinations: z
    .array(z.record(z.string(), z.unknown()))
    .describe("Webhook secrets are never shown after creation"),
  enabled: z.boolean(),
  nextRunAt: z.string().nullable(),
});
/** GET /api/v1/briefs response (documented in /openapi.json). */
export const scheduleListResponse = z.object({ schedules: z.array(scheduleView) });
/** POST /api/v1/briefs response. */
export const createdScheduleResponse = z.object({
  schedule: scheduleView,
  secrets: z
    .array(z.object({ destination: z.number().int(), secret: z.string() }))
    .describe("Webhook signing secrets, shown this once"),
});

async function audit(deps: Pick<AppDeps, "db">, t: Tenant, action: string, target: number, details?: object) {
  await recordAudit(deps.db, {
    organizationId: t.organizationId,
    actor: `key:${t.keyId}`,
    action,
    target: String(target),
    details: details as Record<string, unknown> | undefined,
  });
}

async function found(deps: Pick<AppDeps, "db">, t: Tenant, id: number) {
  const s = await getSchedule(deps.db, t.organizationId, id);
  if (!s) throw new AppError("not_found", `no schedule ${id} in ${t.slug}`, { details: { path: "id" } });
  return s;
}

/**
 * /api/v1/briefs: scheduled deliveries of briefs and saved reports. Every role lists and previews;
 * analysts and admins create, change, delete and send. Everything is scoped to the key's
 * organization (another organization's schedule id is a 404).
 */
export function briefsRouter(deps: AppDeps): Router {
  const router = Router();
  const scheduling = () => schedulingOf(deps);

  router.get("/", async (_req, res) => {
    const t = tenantOf(res);
    const rows = await listSchedules(deps.db, t.organizationId);
    res.json({ schedules: rows.map((s) => showSchedule(s, t, deps.now())) });
  });

  router.post("/preview", async (req, res) => {
    const t = tenantOf(res);
    const input = previewInput.parse(req.body ?? {});
    const producer = scheduling().producers[input.kind];
    if (!producer)
      throw new AppError("input.invalid", `kind: '${input.kind}' schedules are not available in this build`);
    const firedAt = input.at ? new Date(input.at) : deps.now();
    const message = await producer({
      db: deps.db,
      organizationId: t.organizationId,
      timeZone: t.timeZone,
      firedAt,
      periodKey: "preview",
      target: input.target,
    });
    res.json({ firedAt: firedAt.toISOString(), message });
  });

  router.post("/", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, MANAGE_ROLES);
    const input = createScheduleInput.parse(req.body ?? {});
    const { stored, secrets } = withSecrets(input.destinations, randomSecret);
    const row = await insertSchedule(
      deps.db,
      t.organizationId,
      { ...input, destinations: stored, createdBy: `key:${t.keyId}` },
      deps.now(),
    );
    await audit(deps, t, "schedule.create", row.id, { kind: row.kind, cron: row.cron });
    res.status(201).json({ schedule: showSchedule(row, t, deps.now()), secrets });
  });

  router.get("/:id", async (req, res) => {
    const t = tenantOf(res);
    const { id } = idParam.parse(req.params);
    const s = await found(deps, t, id);
    const runs = await listRuns(deps.db, t.organizationId, "schedule", id, 20);
    res.json({ schedule: showSchedule(s, t, deps.now()), runs: runs.map(showRun) });
  });

  router.patch("/:id", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, MANAGE_ROLES);
    const { id } = idParam.parse(req.params);
    const patch = patchScheduleInput.parse(req.body ?? {});
    const current = await found(deps, t, id);
    if (
      (patch.kind ?? current.kind) === "report" &&
      (patch.target ?? current.target).reportId === undefined
    ) {
      throw new AppError("input.invalid", "target.reportId: a report schedule needs target.reportId");
    }
    const { stored, secrets } = patch.destinations
      ? withSecrets(patch.destinations, randomSecret)
      : { stored: undefined, secrets: [] };
    const row = await updateSchedule(
      deps.db,
      t.organizationId,
      id,
      { ...patch, ...(stored ? { destinations: stored } : {}) } as Parameters<typeof updateSchedule>[3],
      deps.now(),
    );
    await audit(deps, t, "schedule.update", id, { fields: Object.keys(patch) });
    res.json({ schedule: showSchedule(row!, t, deps.now()), secrets });
  });

  router.delete("/:id", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, MANAGE_ROLES);
    const { id } = idParam.parse(req.params);
    if (!(await deleteSchedule(deps.db, t.organizationId, id))) {
      throw new AppError("not_found", `no schedule ${id} in ${t.slug}`, { details: { path: "id" } });
    }
    await audit(deps, t, "schedule.delete", id);
    res.status(204).end();
  });

  router.post("/:id/send", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, MANAGE_ROLES);
    const { id } = idParam.parse(req.params);
    await found(deps, t, id);
    const run = await scheduling().scheduler.sendNow(t.organizationId, id);
    if (!run) throw new AppError("internal", "the run could not be created");
    const attempts = await listAttempts(deps.db, t.organizationId, run.id);
    res.json({ run: showRun(run), attempts });
  });
  return router;
}
