import { type RequestHandler, Router } from "express";
import { dataFreshness } from "../../db/repositories/organizations.ts";
import { DB_UNAVAILABLE_MESSAGE } from "../../db/unavailable.ts";
import { AppError } from "../../lib/errors.ts";
import type { AppDeps } from "../deps.ts";
import { requireApiKey } from "../middleware/auth.ts";
import type { Tenant } from "../tenant.ts";

/** How long a health check waits for the database: a probe must answer quickly, even "no". */
export const HEALTH_DB_TIMEOUT_MS = 2_000;
/** Seconds a load balancer should wait before probing again while the database is down. */
const RETRY_AFTER_SECONDS = "5";

/** `work()`, or `db.unavailable` when it has not settled within `ms`. */
async function withinTimeout<T>(work: () => Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new AppError("db.unavailable", DB_UNAVAILABLE_MESSAGE, {
            details: { reason: `the database did not answer within ${ms} ms` },
          }),
        ),
      ms,
    );
  });
  try {
    return await Promise.race([work(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Authenticate only when a key is presented: `/health` stays open to load balancers, and a wrong
 * key is refused (401) exactly as on the API, so it cannot be used to probe keys more cheaply.
 */
function optionalApiKey(deps: AppDeps): RequestHandler {
  const authenticate = requireApiKey(deps.db);
  return (req, res, next) => (req.get("authorization") ? authenticate(req, res, next) : next());
}

/**
 * Health for load balancers and operators, none of it needs a key:
 * - `GET /health/live`: the process is up and serving (never touches the database), so an
 *   orchestrator does not restart the service while PostgreSQL restarts.
 * - `GET /health/ready`: the database answers `SELECT 1` within HEALTH_DB_TIMEOUT_MS; 503 with
 *   `Retry-After` otherwise, so traffic goes elsewhere until it is back.
 * - `GET /health`: status, version, database kind and pgvector; 503 when the database is down.
 *   With a valid API key it adds the data freshness of that key's organization (and only that one:
 *   organization slugs are not public).
 */
export function healthRouter(deps: AppDeps): Router {
  const router = Router();
  const unavailable = (res: Parameters<RequestHandler>[1], err: unknown) => {
    deps.logger.warn({ err: (err as Error).message }, "health check: database unavailable");
    res
      .status(503)
      .set("Retry-After", RETRY_AFTER_SECONDS)
      .json({
        status: "unavailable",
        version: deps.version,
        database: { kind: deps.db.kind, status: "error" },
      });
  };

  router.get("/live", (_req, res) => {
    res.json({ status: "ok", version: deps.version });
  });

  router.get("/ready", async (_req, res) => {
    try {
      await withinTimeout(() => deps.db.query("SELECT 1"), HEALTH_DB_TIMEOUT_MS);
      res.json({ status: "ready", version: deps.version, database: { kind: deps.db.kind, status: "ok" } });
    } catch (err) {
      unavailable(res, err);
    }
  });

  router.get("/", optionalApiKey(deps), async (_req, res) => {
    const tenant = res.locals.tenant as Tenant | undefined;
    try {
      const [vector, organizations] = await withinTimeout(
        () =>
          Promise.all([
            deps.db.hasVector(),
            tenant ? dataFreshness(deps.db, tenant.organizationId) : Promise.resolve(undefined),
          ]),
        HEALTH_DB_TIMEOUT_MS,
      );
      res.json({
        status: "ok",
        version: deps.version,
        database: { kind: deps.db.kind, status: "ok", vector },
        ...(organizations ? { organizations } : {}),
      });
    } catch (err) {
      unavailable(res, err);
    }
  });
  return router;
}
