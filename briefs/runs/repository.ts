/**
 * delivery_runs and delivery_attempts. The unique (organization, source, source id, period) index
 * is the claim: `insertRun` returns undefined when another replica (or an earlier tick) already
 * inserted that period. `claimDueRun` moves one due run to `sending` in a single UPDATE, so two
 * replicas never both work on it (FOR UPDATE SKIP LOCKED; a crashed sender's lease expires).
 */
import type { Queryable } from "../../db/database.ts";
import type { DeliveryMessage } from "../delivery/message.ts";

export type RunStatus = "pending" | "sending" | "retrying" | "delivered" | "failed";
export type RunSource = "schedule" | "alert";

export type RunRow = {
  organizationId: number;
  id: number;
  source: RunSource;
  sourceId: number;
  periodKey: string;
  scheduledFor: string;
  status: RunStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
  payload: DeliveryMessage | null;
  deliveredTo: number[];
  deliveredAt: string | null;
  createdAt: string;
};

const COLUMNS = `organization_id AS "organizationId", id, source, source_id AS "sourceId", period_key AS "periodKey",
  scheduled_for AS "scheduledFor", status, attempts, last_error AS "lastError", next_attempt_at AS "nextAttemptAt",
  payload, delivered_to AS "deliveredTo", delivered_at AS "deliveredAt", created_at AS "createdAt"`;

/** Claim a period: the run row, or undefined when it already exists. */
export async function insertRun(
  db: Queryable,
  run: {
    organizationId: number;
    source: RunSource;
    sourceId: number;
    periodKey: string;
    scheduledFor: Date;
    payload?: DeliveryMessage;
    now: Date;
  },
): Promise<RunRow | undefined> {
  const [row] = await db.query<RunRow>(
    `INSERT INTO delivery_runs (organization_id, source, source_id, period_key, scheduled_for, status, next_attempt_at, payload, created_at)
     VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7, $6)
     ON CONFLICT (organization_id, source, source_id, period_key) DO NOTHING RETURNING ${COLUMNS}`,
    [
      run.organizationId,
      run.source,
      run.sourceId,
      run.periodKey,
      run.scheduledFor.toISOString(),
      run.now.toISOString(),
      run.payload ? JSON.stringify(run.payload) : null,
    ],
  );
  return row;
}

/**
 * Take one due run (pending, retrying and due, or sending with an expired lease) and mark it
 * sending with a new attempt number. `only` restricts the claim to one run (send now).
 */
export async function claimDueRun(
  db: Queryable,
  now: Date,
  leaseMs: number,
  only?: { organizationId: number; id: number },
): Promise<RunRow | undefined> {
  const params: unknown[] = [now.toISOString(), new Date(now.getTime() + leaseMs).toISOString()];
  let filter = "";
  if (only) {
    params.push(only.organizationId, only.id);
    filter = "AND organization_id = $3 AND id = $4";
  }
  const [row] = await db.query<RunRow>(
    `UPDATE delivery_runs SET status = 'sending', attempts = attempts + 1, lease_until = $2
     WHERE (organization_id, id) IN (
       SELECT organization_id, id FROM delivery_runs
       WHERE ((status IN ('pending', 'retrying') AND next_attempt_at <= $1) OR (status = 'sending' AND lease_until < $1)) ${filter}
       ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
     RETURNING ${COLUMNS}`,
    params,
  );
  return row;
}

/** Store the produced message once, so every retry re-sends exactly the same content. */
export async function savePayload(db: Queryable, run: RunRow, payload: DeliveryMessage): Promise<void> {
  await db.query("UPDATE delivery_runs SET payload = $3 WHERE organization_id = $1 AND id = $2", [
    run.organizationId,
    run.id,
    JSON.stringify(payload),
  ]);
}

/** One attempt at one destination. */
export async function recordAttempt(
  db: Queryable,
  a: {
    organizationId: number;
    runId: number;
    attempt: number;
    destination: string;
    ok: boolean;
    httpStatus?: number;
    error?: string;
    at: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO delivery_attempts (organization_id, run_id, attempt, destination, ok, http_status, error, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      a.organizationId,
      a.runId,
      a.attempt,
      a.destination,
      a.ok,
      a.httpStatus ?? null,
      a.error?.slice(0, 500) ?? null,
      a.at.toISOString(),
    ],
  );
}

/** Finish an attempt: delivered, retry at `retryAt`, or failed for good. */
export async function finishAttempt(
  db: Queryable,
  run: RunRow,
  outcome: { deliveredTo: number[]; error?: string; retryAt?: Date; at: Date },
): Promise<RunStatus> {
  const status: RunStatus =
    outcome.error === undefined ? "delivered" : outcome.retryAt ? "retrying" : "failed";
  await db.query(
    `UPDATE delivery_runs SET status = $3, delivered_to = $4, last_error = $5, next_attempt_at = COALESCE($6, next_attempt_at),
       delivered_at = CASE WHEN $3 = 'delivered' THEN $7::timestamptz ELSE NULL END, lease_until = NULL
     WHERE organization_id = $1 AND id = $2`,
    [
      run.organizationId,
      run.id,
      status,
      JSON.stringify(outcome.deliveredTo),
      outcome.error ?? null,
      outcome.retryAt?.toISOString() ?? null,
      outcome.at.toISOString(),
    ],
  );
  return status;
}

export async function getRun(db: Queryable, organizationId: number, id: number): Promise<RunRow | undefined> {
  const [row] = await db.query<RunRow>(
    `SELECT ${COLUMNS} FROM delivery_runs WHERE organization_id = $1 AND id = $2`,
    [organizationId, id],
  );
  return row;
}

/** Runs of one schedule or rule, newest first. */
export async function listRuns(
  db: Queryable,
  organizationId: number,
  source: RunSource,
  sourceId: number,
  limit = 50,
): Promise<RunRow[]> {
  return db.query<RunRow>(
    `SELECT ${COLUMNS} FROM delivery_runs WHERE organization_id = $1 AND source = $2 AND source_id = $3
     ORDER BY scheduled_for DESC, id DESC LIMIT $4`,
    [organizationId, source, sourceId, limit],
  );
}

export type AttemptRow = {
  attempt: number;
  destination: string;
  ok: boolean;
  httpStatus: number | null;
  error: string | null;
  at: string;
};

export async function listAttempts(
  db: Queryable,
  organizationId: number,
  runId: number,
): Promise<AttemptRow[]> {
  return db.query<AttemptRow>(
    `SELECT attempt, destination, ok, http_status AS "httpStatus", error, at FROM delivery_attempts
     WHERE organization_id = $1 AND run_id = $2 ORDER BY id`,
    [organizationId, runId],
  );
}
