/**
 * The import job table (`import_jobs`): one row per import, its progress written in the same
 * transaction as each batch (so after a crash the counts match what is stored), its per-row
 * errors, and the state of the refresh that follows.
 */
import type { Queryable } from "../../db/database.ts";

/** One refused row: where, which field, and what was expected there. */
export interface RowError {
  line: number;
  field: string;
  expected: string;
}

export type JobStatus = "running" | "succeeded" | "failed";
export type RefreshStatus = "pending" | "running" | "done" | "failed" | "none";

export interface ImportJob {
  id: number;
  kind: string;
  source: string;
  status: JobStatus;
  rowsRead: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsRejected: number;
  maxErrors: number;
  errors: RowError[];
  message: string | null;
  refreshStatus: RefreshStatus;
  refreshDone: number;
  refreshTotal: number;
  startedAt: string;
  finishedAt: string | null;
}

const SELECT = `SELECT id, kind, source, status, rows_read AS "rowsRead", rows_inserted AS "rowsInserted",
  rows_updated AS "rowsUpdated", rows_rejected AS "rowsRejected", max_errors AS "maxErrors", errors, message,
  refresh_status AS "refreshStatus", refresh_done AS "refreshDone", refresh_total AS "refreshTotal",
  started_at AS "startedAt", finished_at AS "finishedAt" FROM import_jobs`;

/** Start a job; returns its id. */
export async function createImportJob(
  db: Queryable,
  job: { organizationId: number; kind: string; source: string; maxErrors: number },
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    "INSERT INTO import_jobs (organization_id, kind, source, max_errors) VALUES ($1, $2, $3, $4) RETURNING id",
    [job.organizationId, job.kind, job.source, job.maxErrors],
  );
  return Number(row!.id);
}

/** Add one batch's counts and errors (call inside the batch's transaction). */
export async function recordBatch(
  tx: Queryable,
  organizationId: number,
  jobId: number,
  batch: { read: number; inserted: number; updated: number; rejected: number; errors: RowError[] },
): Promise<void> {
  await tx.query(
    `UPDATE import_jobs SET rows_read = rows_read + $3, rows_inserted = rows_inserted + $4,
       rows_updated = rows_updated + $5, rows_rejected = rows_rejected + $6, errors = errors || $7::jsonb
     WHERE organization_id = $1 AND id = $2`,
    [
      organizationId,
      jobId,
      batch.read,
      batch.inserted,
      batch.updated,
      batch.rejected,
      JSON.stringify(batch.errors),
    ],
  );
}

/** Mark the load finished (succeeded or failed, with a message). */
export async function finishImportJob(
  db: Queryable,
  organizationId: number,
  jobId: number,
  status: Exclude<JobStatus, "running">,
  message: string | null,
  refreshStatus?: RefreshStatus,
): Promise<void> {
  await db.query(
    `UPDATE import_jobs SET status = $3, message = $4, finished_at = now(),
       refresh_status = coalesce($5, refresh_status)
     WHERE organization_id = $1 AND id = $2`,
    [organizationId, jobId, status, message, refreshStatus ?? null],
  );
}

/** Update the refresh state and progress of a job. */
export async function updateRefresh(
  db: Queryable,
  organizationId: number,
  jobId: number,
  state: { status: RefreshStatus; done: number; total: number },
): Promise<void> {
  await db.query(
    "UPDATE import_jobs SET refresh_status = $3, refresh_done = $4, refresh_total = $5 WHERE organization_id = $1 AND id = $2",
    [organizationId, jobId, state.status, state.done, state.total],
  );
}

/** One job of an organization, or undefined. */
export async function getImportJob(
  db: Queryable,
  organizationId: number,
  jobId: number,
): Promise<ImportJob | undefined> {
  const rows = await db.query<ImportJob & Record<string, unknown>>(
    `${SELECT} WHERE organization_id = $1 AND id = $2`,
    [organizationId, jobId],
  );
  return rows[0];
}

/** The organization's latest jobs, newest first. */
export function listImportJobs(db: Queryable, organizationId: number, limit = 50): Promise<ImportJob[]> {
  return db.query<ImportJob & Record<string, unknown>>(
    `${SELECT} WHERE organization_id = $1 ORDER BY id DESC LIMIT $2`,
    [organizationId, limit],
  );
}
