/**
 * Runs refreshes in the background, one at a time per organization, and writes each step's
 * progress onto the jobs that asked for it so `GET /api/v1/import/jobs/:id` and the CLI can show it.
 *
 * Requests coalesce: while a refresh of an organization waits for the running one, further
 * requests join the waiting one instead of queueing another. A refresh reads the whole
 * `refresh_queue` when it starts, so one run serves every job that asked before it started; a
 * burst of tracking batches or GDPR deletes costs at most one running and one waiting refresh,
 * not one per request.
 *
 * Tracking batches defer the data-driven models (`dataDriven: "deferred"`): their refresh credits
 * the new orders under the path models in well under a second, while a Markov/Shapley recompute
 * takes about a minute at demo scale and, on embedded PGlite (one connection), would hold every
 * other request for that long after each batch. One data-driven pass then runs DATA_DRIVEN_DELAY_MS
 * after the first deferred refresh (however many batches came in between), unless a full refresh
 * (an import, a GDPR delete) ran first. Until it runs the data-driven models lack the newest
 * tracked orders; a restart in between leaves them so until the next refresh.
 */
import type { Database } from "../../db/database.ts";
import type { Logger } from "../../lib/logger.ts";
import type { Embedder } from "../../semantic/search/embedder.ts";
import { updateRefresh } from "../import/jobs.ts";
import { type RefreshProgress, type RefreshReport, refreshAfterImport } from "./refresh-derived.ts";

/** How long the data-driven models may lag behind tracked events (see the module note). */
export const DATA_DRIVEN_DELAY_MS = 5 * 60_000;

export interface ScheduleOptions {
  /** "now" (default): the data-driven models in the same refresh; "deferred": in a later pass. */
  dataDriven?: "now" | "deferred";
}

export interface Refresher {
  /** Queue a refresh of the organization for a job; resolves when the refresh serving it has run. */
  schedule(organizationId: number, jobId: number, opts?: ScheduleOptions): Promise<RefreshReport | undefined>;
  /** Resolves when nothing is running or waiting for the organization (deferred passes included). */
  idle(organizationId: number): Promise<void>;
  /** Run a deferred data-driven pass now instead of at its timer, and wait until idle. */
  flush(organizationId: number): Promise<void>;
}

interface RefresherDeps {
  db: Database;
  embedder?: Embedder;
  logger: Logger;
  /** Delay of the deferred data-driven pass (default DATA_DRIVEN_DELAY_MS; tests shorten it). */
  dataDrivenDelayMs?: number;
}

/** A per-process refresher over one database. */
export function createRefresher(deps: RefresherDeps): Refresher {
  const tails = new Map<number, Promise<unknown>>();
  /** The refresh of each organization that has not started yet, and the jobs it serves. */
  const waiting = new Map<
    number,
    { jobIds: number[]; dataDrivenNow: boolean; run: Promise<RefreshReport | undefined> }
  >();
  /** Organizations whose data-driven models lag behind, with the timer of their deferred pass. */
  const deferred = new Map<number, { timer: NodeJS.Timeout; done: Promise<void>; fire: () => void }>();

  /** Chain `work` after the organization's running and waiting refreshes. */
  const enqueue = <T>(organizationId: number, work: () => Promise<T>): Promise<T> => {
    const previous = tails.get(organizationId) ?? Promise.resolve();
    const run = previous.catch(() => {}).then(work);
    tails.set(organizationId, run);
    void run.finally(() => {
      if (tails.get(organizationId) === run) tails.delete(organizationId);
    });
    return run;
  };

  const deferDataDriven = (organizationId: number) => {
    if (deferred.has(organizationId)) return;
    let fire = () => {};
    const done = new Promise<void>((resolve) => {
      fire = () => {
        clearTimeout(entry.timer);
        if (deferred.get(organizationId) !== entry) return resolve();
        deferred.delete(organizationId);
        void enqueue(organizationId, async () => {
          try {
            const report = await refreshAfterImport(deps.db, {
              organizationId,
              embedder: deps.embedder,
              forceDataDriven: true,
            });
            deps.logger.info({ organizationId, ...report }, "deferred data-driven refresh done");
          } catch (e) {
            deps.logger.error({ organizationId, err: e }, "deferred data-driven refresh failed");
          }
        }).then(resolve);
      };
    });
    const entry = {
      timer: setTimeout(() => fire(), deps.dataDrivenDelayMs ?? DATA_DRIVEN_DELAY_MS),
      done,
      fire,
    };
    entry.timer.unref?.();
    deferred.set(organizationId, entry);
  };

  const runFor = async (organizationId: number, jobIds: readonly number[], dataDrivenNow: boolean) => {
    // A full refresh recomputes the data-driven models: a pass deferred before it is not needed.
    const pending = deferred.get(organizationId);
    if (dataDrivenNow && pending) {
      clearTimeout(pending.timer);
      deferred.delete(organizationId);
      pending.fire();
    }
    let last: Pick<RefreshProgress, "done" | "total"> = { done: 0, total: 0 };
    const mark = (status: "running" | "done" | "failed") =>
      Promise.all(
        jobIds.map((jobId) => updateRefresh(deps.db, organizationId, jobId, { status, ...last })),
      ).catch(() => {});
    try {
      const report = await refreshAfterImport(deps.db, {
        organizationId,
        embedder: deps.embedder,
        jobIds,
        ...(dataDrivenNow ? {} : { skipDataDriven: true, light: true }),
        onProgress: (p) => {
          last = p;
          void mark("running");
        },
      });
      await mark("done");
      if (!dataDrivenNow && report.customers > 0) deferDataDriven(organizationId);
      deps.logger.info({ organizationId, jobIds, ...report }, "refresh done");
      return report;
    } catch (e) {
      deps.logger.error({ organizationId, jobIds, err: e }, "refresh failed");
      await mark("failed");
      return undefined;
    }
  };

  return {
    schedule(organizationId, jobId, opts = {}) {
      const now = (opts.dataDriven ?? "now") === "now";
      const joined = waiting.get(organizationId);
      if (joined) {
        joined.jobIds.push(jobId);
        joined.dataDrivenNow ||= now;
        return joined.run;
      }
      const entry = {
        jobIds: [jobId],
        dataDrivenNow: now,
        run: Promise.resolve<RefreshReport | undefined>(undefined),
      };
      entry.run = enqueue(organizationId, () => {
        // Started: requests from now on need a refresh after this one (they may add rows this
        // run has already read past).
        if (waiting.get(organizationId) === entry) waiting.delete(organizationId);
        return runFor(organizationId, entry.jobIds, entry.dataDrivenNow);
      });
      waiting.set(organizationId, entry);
      return entry.run;
    },
    async flush(organizationId) {
      deferred.get(organizationId)?.fire();
      await this.idle(organizationId);
    },
    async idle(organizationId) {
      for (;;) {
        const tail = tails.get(organizationId);
        const pending = deferred.get(organizationId);
        if (!tail && !pending) return;
        await tail?.catch(() => {});
        await pending?.done;
      }
    },
  };
}

const shared = new WeakMap<Database, Refresher>();

/**
 * The one refresher of a database in this process, so imports, tracked events and GDPR deletes of
 * an organization queue behind each other instead of refreshing concurrently.
 */
export function sharedRefresher(deps: RefresherDeps): Refresher {
  let found = shared.get(deps.db);
  if (!found) {
    found = createRefresher(deps);
    shared.set(deps.db, found);
  }
  return found;
}
