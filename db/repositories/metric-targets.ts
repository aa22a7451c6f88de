/** metric_targets: one organization's per-metric targets (every statement names organization_id). */
import type { MetricTarget, TargetDirection, TargetPeriod } from "../../core/targets/compare.ts";
import type { Queryable } from "../database.ts";

/** A stored target with who set it and when. */
export type MetricTargetRow = MetricTarget & {
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};

/** What a new target needs. */
export interface NewMetricTarget {
  metric: string;
  filterDimension: string | null;
  filterValue: string | null;
  target: number;
  direction: TargetDirection;
  period: TargetPeriod;
  createdBy: string;
}

const COLUMNS = `id::int AS id, metric, filter_dimension AS "filterDimension", filter_value AS "filterValue",
  target::float8 AS target, direction, period, created_by AS "createdBy", created_at AS "createdAt",
  updated_at AS "updatedAt"`;

/** Insert a target; undefined when one already exists for the same metric and filter. */
export async function insertMetricTarget(
  db: Queryable,
  organizationId: number,
  t: NewMetricTarget,
  at: Date,
): Promise<MetricTargetRow | undefined> {
  const [row] = await db.query<MetricTargetRow>(
    `INSERT INTO metric_targets (organization_id, metric, filter_dimension, filter_value, target, direction, period, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
     ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
    [
      organizationId,
      t.metric,
      t.filterDimension,
      t.filterValue,
      t.target,
      t.direction,
      t.period,
      t.createdBy,
      at.toISOString(),
    ],
  );
  return row;
}

/** Every target of the organization, optionally only for these metrics. */
export async function listMetricTargets(
  db: Queryable,
  organizationId: number,
  metrics?: readonly string[],
): Promise<MetricTargetRow[]> {
  if (metrics && !metrics.length) return [];
  return db.query<MetricTargetRow>(
    `SELECT ${COLUMNS} FROM metric_targets WHERE organization_id = $1
     ${metrics ? "AND metric = ANY($2::text[])" : ""} ORDER BY metric, id`,
    metrics ? [organizationId, [...metrics]] : [organizationId],
  );
}

export async function getMetricTarget(db: Queryable, organizationId: number, id: number) {
  const [row] = await db.query<MetricTargetRow>(
    `SELECT ${COLUMNS} FROM metric_targets WHERE organization_id = $1 AND id = $2`,
    [organizationId, id],
  );
  return row;
}

/** Change a target's value, direction or period; undefined when there is no such target. */
export async function updateMetricTarget(
  db: Queryable,
  organizationId: number,
  id: number,
  patch: Partial<Pick<NewMetricTarget, "target" | "direction" | "period">>,
  at: Date,
): Promise<MetricTargetRow | undefined> {
  const current = await getMetricTarget(db, organizationId, id);
  if (!current) return undefined;
  const next = { ...current, ...patch };
  const [row] = await db.query<MetricTargetRow>(
    `UPDATE metric_targets SET target = $3, direction = $4, period = $5, updated_at = $6
     WHERE organization_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [organizationId, id, next.target, next.direction, next.period, at.toISOString()],
  );
  return row;
}

export async function deleteMetricTarget(
  db: Queryable,
  organizationId: number,
  id: number,
): Promise<boolean> {
  const rows = await db.query<{ id: number }>(
    "DELETE FROM metric_targets WHERE organization_id = $1 AND id = $2 RETURNING id",
    [organizationId, id],
  );
  return rows.length > 0;
}
