/** alert_rules: one organization's rules; `evaluated_through` is the last data day checked. */
import type { Queryable } from "../../db/database.ts";
import type { StoredDestination } from "../delivery/destinations.ts";
import type { AlertCondition, AlertScope } from "./rule.ts";

export type AlertRuleRow = {
  organizationId: number;
  id: number;
  name: string;
  metric: string;
  condition: AlertCondition;
  scope: AlertScope | null;
  destinations: StoredDestination[];
  enabled: boolean;
  evaluatedThrough: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};

const COLUMNS = `organization_id AS "organizationId", id, name, metric, condition, scope, destinations, enabled,
  evaluated_through AS "evaluatedThrough", created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt"`;

export interface NewAlertRule {
  name: string;
  metric: string;
  condition: AlertCondition;
  scope: AlertScope | null;
  destinations: StoredDestination[];
  enabled: boolean;
  evaluatedThrough: string | null;
  createdBy: string;
}

export async function insertAlertRule(db: Queryable, organizationId: number, r: NewAlertRule, at: Date) {
  const [row] = await db.query<AlertRuleRow>(
    `INSERT INTO alert_rules (organization_id, name, metric, condition, scope, destinations, enabled, evaluated_through, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING ${COLUMNS}`,
    [
      organizationId,
      r.name,
      r.metric,
      JSON.stringify(r.condition),
      r.scope ? JSON.stringify(r.scope) : null,
      JSON.stringify(r.destinations),
      r.enabled,
      r.evaluatedThrough,
      r.createdBy,
      at.toISOString(),
    ],
  );
  return row!;
}

export async function listAlertRules(db: Queryable, organizationId: number): Promise<AlertRuleRow[]> {
  return db.query<AlertRuleRow>(`SELECT ${COLUMNS} FROM alert_rules WHERE organization_id = $1 ORDER BY id`, [
    organizationId,
  ]);
}

export async function getAlertRule(db: Queryable, organizationId: number, id: number) {
  const [row] = await db.query<AlertRuleRow>(
    `SELECT ${COLUMNS} FROM alert_rules WHERE organization_id = $1 AND id = $2`,
    [organizationId, id],
  );
  return row;
}

export async function updateAlertRule(
  db: Queryable,
  organizationId: number,
  id: number,
  patch: Partial<Omit<NewAlertRule, "createdBy" | "evaluatedThrough">>,
  at: Date,
) {
  const current = await getAlertRule(db, organizationId, id);
  if (!current) return undefined;
  const n = { ...current, ...patch };
  const [row] = await db.query<AlertRuleRow>(
    `UPDATE alert_rules SET name = $3, metric = $4, condition = $5, scope = $6, destinations = $7, enabled = $8, updated_at = $9
     WHERE organization_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [
      organizationId,
      id,
      n.name,
      n.metric,
      JSON.stringify(n.condition),
      n.scope ? JSON.stringify(n.scope) : null,
      JSON.stringify(n.destinations),
      n.enabled,
      at.toISOString(),
    ],
  );
  return row;
}

export async function deleteAlertRule(db: Queryable, organizationId: number, id: number): Promise<boolean> {
  await db.query(
    "DELETE FROM delivery_runs WHERE organization_id = $1 AND source = 'alert' AND source_id = $2",
    [organizationId, id],
  );
  const rows = await db.query("DELETE FROM alert_rules WHERE organization_id = $1 AND id = $2 RETURNING id", [
    organizationId,
    id,
  ]);
  return rows.length > 0;
}

/** Mark days up to `through` as checked. */
export async function setEvaluatedThrough(
  db: Queryable,
  organizationId: number,
  id: number,
  through: string,
) {
  await db.query("UPDATE alert_rules SET evaluated_through = $3 WHERE organization_id = $1 AND id = $2", [
    organizationId,
    id,
    through,
  ]);
}

/** Enabled rules of every organization with what evaluation needs (the scheduler's cross-tenant read). */
export async function listEnabledAlertRules(db: Queryable): Promise<AlertRuleRow[]> {
  return db.query<AlertRuleRow>(
    `SELECT ${COLUMNS} FROM alert_rules WHERE enabled ORDER BY organization_id, id`,
  );
}
