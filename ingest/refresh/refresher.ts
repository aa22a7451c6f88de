/**
 * Runs refreshes in the background, one at a time per organization (a second import's refresh
 * waits for the first and then finds only what is left in the queue), and writes each step's
 * progress onto the import job so `GET /api/v1/import/jobs/:id` and the CLI can show it.
 */
import type { Database } from "../../db/database.ts";
import type { Logger } from "../../lib/logger.ts";
import type { Embedder } from "../../semantic/search/embedder.ts";
import { updateRefresh } from "../import/jobs.ts";
import { type RefreshReport, refreshAfterImport } from "./refresh-derived.ts";

export interface Refresher {
  /** Queue a refresh of the organization for an import job; resolves when it has run. */
  schedule(organizationId: number, jobId: number): Promise<RefreshReport | undefined>;
}

/** A per-process refresher over one database. */
export function createRefresher(deps: { db: Database; embedder?: Embedder; logger: Logger }): Refresher {
  const tails = new Map<number, Promise<unknown>>();
  return {
    schedule(organizationId, jobId) {
      const previous = tails.get(organizationId) ?? Promise.resolve();
      const run = previous
        .catch(() => {})
        .then(async () => {
          let last = { done: 0, total: 0 };
          try {
            const report = await refreshAfterImport(deps.db, {
              organizationId,
              embedder: deps.embedder,
              jobIds: [jobId],
              onProgress: (p) => {
                last = p;
                void updateRefresh(deps.db, organizationId, jobId, { status: "running", ...p }).catch(
                  () => {},
                );
              },
            });
            await updateRefresh(deps.db, organizationId, jobId, { status: "done", ...last });
            deps.logger.info({ organizationId, jobId, ...report }, "import refresh done");
            return report;
          } catch (e) {
            deps.logger.error({ organizationId, jobId, err: e }, "import refresh failed");
            await updateRefresh(deps.db, organizationId, jobId, { status: "failed", ...last }).catch(
              () => {},
            );
            return undefined;
          }
        });
      tails.set(organizationId, run);
      void run.finally(() => {
        if (tails.get(organizationId) === run) tails.delete(organizationId);
      });
      return run;
    },
  };
}
