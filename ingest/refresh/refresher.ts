/**
 * Runs refreshes in the background, one at a time per organization, and writes each step's
 * progress onto the jobs that asked for it so `GET /api/v1/import/jobs/:id` and the CLI can show it.
 *
 * Requests coalesce: while a refresh of an organization waits for the running one, further
 * requests join the waiting one instead of queueing another. A refresh reads the whole
 * `refresh_queue` when it starts, so one run serves every job that asked before it started; a
 * burst of tracking batches or GDPR deletes costs at most one running and one waiting refresh
 * (each with one full data-driven recompute), not one per request.
 */
import type { Database } from "../../db/database.ts";
import type { Logger } from "../../lib/logger.ts";
import type { Embedder } from "../../semantic/search/embedder.ts";
import { updateRefresh } from "../import/jobs.ts";
import { type RefreshProgress, type RefreshReport, refreshAfterImport } from "./refresh-derived.ts";

export interface Refresher {
  /** Queue a refresh of the organization for a job; resolves when the refresh serving it has run. */
  schedule(organizationId: number, jobId: number): Promise<RefreshReport | undefined>;
}

interface RefresherDeps {
  db: Database;
  embedder?: Embedder;
  logger: Logger;
}

/** A per-process refresher over one database. */
export function createRefresher(deps: RefresherDeps): Refresher {
  const tails = new Map<number, Promise<unknown>>();
  /** The refresh of each organization that has not started yet, and the jobs it serves. */
  const waiting = new Map<number, { jobIds: number[]; run: Promise<RefreshReport | undefined> }>();

  const runFor = async (organizationId: number, jobIds: readonly number[]) => {
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
        onProgress: (p) => {
          last = p;
          void mark("running");
        },
      });
      await mark("done");
      deps.logger.info({ organizationId, jobIds, ...report }, "refresh done");
      return report;
    } catch (e) {
      deps.logger.error({ organizationId, jobIds, err: e }, "refresh failed");
      await mark("failed");
      return undefined;
    }
  };

  return {
    schedule(organizationId, jobId) {
      const joined = waiting.get(organizationId);
      if (joined) {
        joined.jobIds.push(jobId);
        return joined.run;
      }
      const entry = { jobIds: [jobId], run: Promise.resolve<RefreshReport | undefined>(undefined) };
      const previous = tails.get(organizationId) ?? Promise.resolve();
      const run = previous
        .catch(() => {})
        .then(() => {
          // Started: requests from now on need a refresh after this one (they may add rows this
          // run has already read past).
          if (waiting.get(organizationId) === entry) waiting.delete(organizationId);
          return runFor(organizationId, entry.jobIds);
        });
      entry.run = run;
      waiting.set(organizationId, entry);
      tails.set(organizationId, run);
      void run.finally(() => {
        if (tails.get(organizationId) === run) tails.delete(organizationId);
      });
      return run;
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
