import type { Queryable } from "../database.ts";

/** One operator-visible change, e.g. `api_key.revoke` of key 7 by `key:3` or `operator`. */
export interface AuditEntry {
  organizationId: number;
  /** Who did it: `key:<id>` for an API key, `operator` for the local operator token or CLI. */
  actor: string;
  action: string;
  target?: string;
  details?: Record<string, unknown>;
}

/** Append to the organization's audit log (call inside the change's transaction). */
export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    "INSERT INTO audit_log (organization_id, actor, action, target, details) VALUES ($1, $2, $3, $4, $5::jsonb)",
    [
      entry.organizationId,
      entry.actor,
      entry.action,
      entry.target ?? null,
      entry.details ? JSON.stringify(entry.details) : null,
    ],
  );
}
