/**
 * The scheduler in the service process. Each tick, with the injected clock:
 *  1. for every enabled schedule, the latest fire time at or before now (in the organization's time
 *     zone) that is after the schedule was created or last changed gets a run row. The insert is
 *     the claim (unique per schedule and period), so replicas sharing one PostgreSQL create it once.
 *     Only the latest fire is considered: after downtime the most recent missed period is caught
 *     up once; older missed periods are skipped, not delivered late in a burst.
 *  2. alert rules are evaluated on the days of data they have not checked yet (briefs/alerts).
 *  3. due runs are claimed one at a time (an atomic UPDATE) and delivered to every destination;
 *     each destination's attempt is recorded; a failure is retried with exponential backoff
 *     (next_attempt_at) until maxAttempts, and a retry skips destinations already delivered.
 * Delivery is at most once per destination while the lease holds; a process killed between a
 * receiver's 2xx and the status update re-sends after the lease expires, so receivers should
 * dedupe on X-Delivery-Id (the run id).
 */
import type { Database } from "../db/database.ts";
import type { Logger } from "../lib/logger.ts";
import { getAlertRule } from "./alerts/repository.ts";
import type { Deliver } from "./delivery/deliver.ts";
import { destinationLabel, type StoredDestination } from "./delivery/destinations.ts";
import type { DeliveryMessage } from "./delivery/message.ts";
import {
  claimDueRun,
  finishAttempt,
  getRun,
  insertRun,
  type RunRow,
  recordAttempt,
  savePayload,
} from "./runs/repository.ts";
import { latestFire, localMinute } from "./schedule/cron.ts";
import type { Producers } from "./schedule/producers.ts";
import { getSchedule, listEnabledSchedules } from "./schedule/repository.ts";

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 60_000, maxDelayMs: 3_600_000 };

export interface SchedulerDeps {
  db: Database;
  now: () => Date;
  logger: Logger;
  deliver: Deliver;
  producers: Producers;
  /** Evaluates alert rules and inserts their runs; called every tick (it skips checked days). */
  evaluateAlerts?: (now: Date) => Promise<number>;
  retry?: RetryPolicy;
  /** How long a claimed run is ours before another replica may take it over (default 5 min). */
  leaseMs?: number;
}

export interface TickReport {
  enqueued: number;
  alerts: number;
  processed: { runId: number; status: string }[];
}

/** Delay before attempt n+1 after n failed attempts: base * 2^(n-1), capped. */
export function backoffMs(policy: RetryPolicy, attempts: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

export interface Scheduler {
  tick(): Promise<TickReport>;
  /** Produce and deliver a schedule now, outside its cron (POST /api/v1/briefs/:id/send). */
  sendNow(organizationId: number, scheduleId: number): Promise<RunRow | undefined>;
  /** Tick now (catch-up) and every `intervalMs`; ticks never overlap. */
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const retry = deps.retry ?? DEFAULT_RETRY;
  const leaseMs = deps.leaseMs ?? 5 * 60_000;

  async function enqueueSchedules(now: Date): Promise<number> {
    let enqueued = 0;
    for (const s of await listEnabledSchedules(deps.db)) {
      const fire = latestFire(s.cron, s.timeZone, now);
      if (!fire || fire.getTime() < new Date(s.updatedAt).getTime()) continue;
      const run = await insertRun(deps.db, {
        organizationId: s.organizationId,
        source: "schedule",
        sourceId: s.id,
        periodKey: localMinute(fire, s.timeZone),
        scheduledFor: fire,
        now,
      });
      if (run) enqueued++;
    }
    return enqueued;
  }

  /** The destinations and message of a run, or why it cannot be sent. */
  async function prepare(
    run: RunRow,
  ): Promise<
    { destinations: StoredDestination[]; message: DeliveryMessage } | { error: string; final: boolean }
  > {
    if (run.source === "alert") {
      const rule = await getAlertRule(deps.db, run.organizationId, run.sourceId);
      if (!rule) return { error: "the alert rule was deleted", final: true };
      if (!run.payload) return { error: "alert run without a message", final: true };
      return { destinations: rule.destinations, message: run.payload };
    }
    const schedule = await getSchedule(deps.db, run.organizationId, run.sourceId);
    if (!schedule) return { error: "the schedule was deleted", final: true };
    if (run.payload) return { destinations: schedule.destinations, message: run.payload };
    const producer = deps.producers[schedule.kind];
    if (!producer)
      return { error: `no producer for '${schedule.kind}' schedules in this service`, final: true };
    const tz = await deps.db.query<{ time_zone: string }>(
      "SELECT time_zone FROM organizations WHERE id = $1",
      [run.organizationId],
    );
    try {
      const message = await producer({
        db: deps.db,
        organizationId: run.organizationId,
        timeZone: tz[0]?.time_zone ?? "UTC",
        firedAt: new Date(run.scheduledFor),
        periodKey: run.periodKey,
        target: schedule.target,
      });
      await savePayload(deps.db, run, message);
      return { destinations: schedule.destinations, message };
    } catch (e) {
      return { error: `producing the ${schedule.kind} failed: ${(e as Error).message}`, final: false };
    }
  }

  async function process(run: RunRow): Promise<string> {
    const prepared = await prepare(run);
    const delivered = new Set(run.deliveredTo);
    const errors: string[] = [];
    if ("error" in prepared) {
      await recordAttempt(deps.db, {
        organizationId: run.organizationId,
        runId: run.id,
        attempt: run.attempts,
        destination: "producer",
        ok: false,
        error: prepared.error,
        at: deps.now(),
      });
      errors.push(prepared.error);
      if (prepared.final) {
        return finishAttempt(deps.db, run, {
          deliveredTo: [...delivered],
          error: prepared.error,
          at: deps.now(),
        });
      }
    } else {
      const ctx = {
        organizationId: run.organizationId,
        runId: run.id,
        source: run.source,
        sourceId: run.sourceId,
        periodKey: run.periodKey,
      };
      for (const [i, dest] of prepared.destinations.entries()) {
        if (delivered.has(i)) continue;
        const result = await deps.deliver(dest, prepared.message, ctx);
        await recordAttempt(deps.db, {
          organizationId: run.organizationId,
          runId: run.id,
          attempt: run.attempts,
          destination: destinationLabel(dest),
          ...result,
          at: deps.now(),
        });
        if (result.ok) delivered.add(i);
        else errors.push(`${destinationLabel(dest)}: ${result.error ?? "failed"}`);
      }
    }
    const at = deps.now();
    if (errors.length === 0) return finishAttempt(deps.db, run, { deliveredTo: [...delivered], at });
    const retryAt =
      run.attempts < retry.maxAttempts ? new Date(at.getTime() + backoffMs(retry, run.attempts)) : undefined;
    const status = await finishAttempt(deps.db, run, {
      deliveredTo: [...delivered],
      error: errors.join("; "),
      retryAt,
      at,
    });
    deps.logger.warn(
      {
        runId: run.id,
        org: run.organizationId,
        attempt: run.attempts,
        status,
        retryAt: retryAt?.toISOString(),
      },
      "delivery failed",
    );
    return status;
  }

  async function tick(): Promise<TickReport> {
    const now = deps.now();
    const enqueued = await enqueueSchedules(now);
    let alerts = 0;
    if (deps.evaluateAlerts) {
      try {
        alerts = await deps.evaluateAlerts(now);
      } catch (e) {
        deps.logger.error({ err: e }, "alert evaluation failed");
      }
    }
    const processed: TickReport["processed"] = [];
    // Bounded, so one tick cannot run forever if runs keep becoming due.
    for (let i = 0; i < 200; i++) {
      const run = await claimDueRun(deps.db, deps.now(), leaseMs);
      if (!run) break;
      processed.push({ runId: run.id, status: await process(run) });
    }
    return { enqueued, alerts, processed };
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  const safeTick = () => {
    if (running) return;
    running = tick()
      .then((r) => {
        if (r.enqueued || r.alerts || r.processed.length) deps.logger.info(r, "scheduler tick");
      })
      .catch((e) => deps.logger.error({ err: e }, "scheduler tick failed"))
      .finally(() => {
        running = undefined;
      });
  };

  return {
    tick,
    async sendNow(organizationId, scheduleId) {
      const now = deps.now();
      const run = await insertRun(deps.db, {
        organizationId,
        source: "schedule",
        sourceId: scheduleId,
        periodKey: `manual:${now.toISOString()}`,
        scheduledFor: now,
        now,
      });
      if (!run) return undefined;
      const claimed = await claimDueRun(deps.db, now, leaseMs, { organizationId, id: run.id });
      if (claimed) await process(claimed);
      return getRun(deps.db, organizationId, run.id);
    },
    start(intervalMs) {
      safeTick();
      timer = setInterval(safeTick, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
