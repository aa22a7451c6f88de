import express, { type Express, type RequestHandler, type Router } from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import { AppError } from "../lib/errors.ts";
import { createMetrics } from "../lib/metrics.ts";
import type { AppDeps } from "./deps.ts";
import { jsonNumberReplacer } from "./json-numbers.ts";
import { requireApiKey, type SessionAuth } from "./middleware/auth.ts";
import { AuthFailureThrottle, throttleFailedAuth } from "./middleware/auth-throttle.ts";
import { errorHandler, notFound } from "./middleware/errors.ts";
import { httpMetrics, markMount } from "./middleware/http-metrics.ts";
import { jsonBody } from "./middleware/json-body.ts";
import { requireApiKeyOrOperator } from "./middleware/operator-auth.ts";
import { requestLog } from "./middleware/request-log.ts";
import { refuseWriteKeys } from "./middleware/write-keys.ts";
import { attributePathFileRoute, csvBodyOnly } from "./routes/attribution-path-file.ts";
import { authDemoRouter, type DemoSignIn } from "./routes/auth-demo.ts";
import { authSessionRouter } from "./routes/auth-session.ts";
import { eventsRouter } from "./routes/events.ts";
import { healthRouter } from "./routes/health.ts";
import { importRouter } from "./routes/import.ts";
import { apiRoutes } from "./routes/index.ts";
import { keysRouter } from "./routes/keys.ts";
import { openApiRouter } from "./routes/openapi.ts";
import { orgsRouter } from "./routes/orgs.ts";
import { type MetricsAccess, prometheusRouter } from "./routes/prometheus.ts";
import type { Tenant } from "./tenant.ts";

export interface AppOptions {
  /** Requests per minute per API key. */
  rateLimitPerMinute?: number;
  /** Failed authentications per minute per client address before 429 (default 10). */
  authFailuresPerMinute?: number;
  /** Who may scrape `GET /metrics` (default open; see `metricsAccessFrom`). */
  metricsAccess?: MetricsAccess;
  /** The Slack app's routes (slack/app.ts), mounted before any body parser: Bolt verifies signatures on the raw body. */
  slackRouter?: Router;
  /** Browser sessions: `/auth/session` signs in with a key, and /api, /agents accept its cookie. */
  sessions?: SessionAuth;
  /** One-click sign-in to the demo organization (`/auth/demo`); absent means the route does not exist. */
  demoSignIn?: DemoSignIn;
  /** The web app's request handler (api/web/next-app.ts), mounted after every API route. */
  webHandler?: RequestHandler;
}

/**
 * The Express app, without listening: tests mount it on an ephemeral port with an in-memory
 * database. Everything under /api and /agents needs an API key.
 */
export function createApp(deps: AppDeps, opts: AppOptions = {}): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
  app.set("json replacer", jsonNumberReplacer);
  app.use(helmet());
  app.use(requestLog(deps.logger));
  const metrics = deps.metrics ?? createMetrics();
  app.use(httpMetrics(metrics));
  metrics.watchPool(() => deps.db.poolStats?.());
  app.use("/health", markMount("/health"), healthRouter(deps));
  app.use("/openapi.json", markMount("/openapi.json"), openApiRouter(deps.version));
  const metricsAccess = opts.metricsAccess ?? { kind: "open" };
  if (metricsAccess.kind !== "off") {
    app.use("/metrics", markMount("/metrics"), prometheusRouter(metrics, metricsAccess));
  }
  if (opts.slackRouter) app.use(opts.slackRouter);

  const limiter = rateLimit({
    windowMs: 60_000,
    limit: opts.rateLimitPerMinute ?? 600,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    keyGenerator: (_req, res) => {
      const tenant = res.locals.tenant as Tenant | undefined;
      return tenant ? `key:${tenant.keyId}` : "operator";
    },
    handler: (_req, _res, next) =>
      next(new AppError("rate_limited", "too many requests for this API key; retry after a minute")),
  });
  const authThrottle = new AuthFailureThrottle({ limit: opts.authFailuresPerMinute ?? 10, windowMs: 60_000 });
  const authenticate = throttleFailedAuth(authThrottle, requireApiKey(deps.db, opts.sessions));
  if (opts.sessions) {
    app.use(
      "/auth/session",
      markMount("/auth/session"),
      ...jsonBody({ limit: "16kb" }),
      authSessionRouter({ db: deps.db, signer: opts.sessions.signer, throttle: authThrottle }),
    );
    if (opts.demoSignIn) {
      app.use(
        "/auth/demo",
        markMount("/auth/demo"),
        ...jsonBody({ limit: "1kb" }),
        authDemoRouter({ db: deps.db, signer: opts.sessions.signer, demo: opts.demoSignIn }),
      );
    }
  }
  // Marked before auth, so a refused request is labelled by its mount too.
  app.use("/api/v1/keys", markMount("/api/v1/keys"));
  app.use("/api/v1/orgs", markMount("/api/v1/orgs"));
  app.use("/api/v1/import", markMount("/api/v1/import"));
  for (const [path] of apiRoutes) app.use(path, markMount(path));
  // Key management also accepts the local operator token; mounted first so nothing else does.
  app.use(
    "/api/v1/keys",
    throttleFailedAuth(authThrottle, requireApiKeyOrOperator(deps.db, deps.operatorToken)),
    limiter,
    ...jsonBody({ limit: "1mb" }),
    keysRouter(deps),
  );
  // Organizations are cross-tenant: the operator token only (the router refuses API keys).
  app.use(
    "/api/v1/orgs",
    throttleFailedAuth(authThrottle, requireApiKeyOrOperator(deps.db, deps.operatorToken)),
    limiter,
    ...jsonBody({ limit: "1mb" }),
    orgsRouter(deps),
  );
  // Bulk import streams its body (CSV or NDJSON), so it is mounted before the 1 MB JSON parser.
  app.use(
    "/api/v1/import",
    throttleFailedAuth(authThrottle, requireApiKeyOrOperator(deps.db, deps.operatorToken)),
    limiter,
    importRouter(deps),
  );
  // Tracking batches (1,000 events with long URLs pass 1 MB) and the only route a write key may use.
  app.use(
    "/api/v1/events",
    markMount("/api/v1/events"),
    authenticate,
    limiter,
    ...jsonBody({ limit: "4mb" }),
    eventsRouter(deps),
  );
  // A path file streams in as text/csv: read before any body parser, which would refuse or buffer it.
  app.post(
    "/api/v1/attribution/paths",
    csvBodyOnly,
    authenticate,
    refuseWriteKeys,
    limiter,
    attributePathFileRoute,
  );
  app.use(["/api", "/agents"], authenticate, refuseWriteKeys, limiter, ...jsonBody({ limit: "1mb" }));
  for (const [path, factory] of apiRoutes) app.use(path, factory(deps));
  if (opts.webHandler) {
    // Unknown API paths keep their JSON 404; every other path is the web app's.
    app.use(["/api", "/agents", "/auth"], notFound);
    app.all("/{*splat}", opts.webHandler);
  }

  app.use(notFound);
  app.use(errorHandler(deps.logger));
  return app;
}
