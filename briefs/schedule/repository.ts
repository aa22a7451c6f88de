/** brief_schedules: one organization's schedules (every statement names organization_id). */
import type { Queryable } from "../../db/database.ts";
import type { StoredDestination } from "../delivery/destinations.ts";

export type ScheduleKind = "brief" | "report";

export type ScheduleRow = {
  organizationId: number;
  id: number;
  name: string;
  kind: ScheduleKind;
  target: Record<string, unknown>;
  cron: string;
  destinations: StoredDestination[];
  enabled: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};

const COLUMNS = `organization_id AS "organizationId", id, name, kind, target, cron, destinations, enabled,
  created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt"`;

export interface NewSchedule {
  name: string;
  kind: ScheduleKind;
  target: Record<string, unknown>;
  cron: string;
  destinations: StoredDestination[];
  enabled: boolean;
  createdBy: string;
}

/** Insert a schedule; `at` is its created/updated time (the scheduler fires only after it). */
export async function insertSchedule(db: Queryable, organizationId: number, s: NewSchedule, at: Date) {
  const [row] = await db.query<ScheduleRow>(
    `INSERT INTO brief_schedules (organization_id, name, kind, target, cron, destinations, enabled, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING ${COLUMNS}`,
    [
      organizationId,
      s.name,
      s.kind,
      JSON.stringify(s.target),
      s.cron,
      JSON.stringify(s.destinations),
      s.enabled,
      s.createdBy,
      at.toISOString(),
    ],
  );
  return row!;
}

export async function listSchedules(db: Queryable, organizationId: number): Promise<ScheduleRow[]> {
  return db.query<ScheduleRow>(
    `SELECT ${COLUMNS} FROM brief_schedules WHERE organization_id = $1 ORDER BY id`,
    [organizationId],
  );
}

export async function getSchedule(db: Queryable, organizationId: number, id: number) {
  const [row] = await db.query<ScheduleRow>(
    `SELECT ${COLUMNS} FROM brief_schedules WHERE organization_id = $1 AND id = $2`,
    [organizationId, id],
  );
  return row;
}

/** Replace the changed fields; bumps updated_at so missed fires before the change are not sent. */
export async function updateSchedule(
  db: Queryable,
  organizationId: number,
  id: number,
  patch: Partial<Omit<NewSchedule, "createdBy">>,
  at: Date,
) {
  const current = await getSchedule(db, organizationId, id);
  if (!current) return undefined;
  const next = { ...current, ...patch };
  const [row] = await db.query<ScheduleRow>(
    `UPDATE brief_schedules SET name = $3, kind = $4, target = $5, cron = $6, destinations = $7, enabled = $8, updated_at = $9
     WHERE organization_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [
      organizationId,
      id,
      next.name,
      next.kind,
      JSON.stringify(next.target),
      next.cron,
      JSON.stringify(next.destinations),
      next.enabled,
      at.toISOString(),
    ],
  );
  return row;
}

/** Delete a schedule and its runs (runs have no foreign key: they also serve alert rules). */
export async function deleteSchedule(db: Queryable, organizationId: number, id: number): Promise<boolean> {
  await db.query(
    "DELETE FROM delivery_runs WHERE organization_id = $1 AND source = 'schedule' AND source_id = $2",
    [organizationId, id],
  );
  const rows = await db.query(
    "DELETE FROM brief_schedules WHERE organization_id = $1 AND id = $2 RETURNING id",
    [organizationId, id],
  );
  return rows.length > 0;
}

/** Every enabled schedule with its organization's time zone (the scheduler's one cross-tenant read). */
export async function listEnabledSchedules(db: Queryable): Promise<(ScheduleRow & { timeZone: string })[]> {
  return db.query<ScheduleRow & { timeZone: string }>(
    `SELECT s.organization_id AS "organizationId", s.id, s.name, s.kind, s.target, s.cron, s.destinations, s.enabled,
            s.created_by AS "createdBy", s.created_at AS "createdAt", s.updated_at AS "updatedAt", o.time_zone AS "timeZone"
     FROM brief_schedules s JOIN organizations o ON o.id = s.organization_id WHERE s.enabled ORDER BY s.organization_id, s.id`,
  );
}
