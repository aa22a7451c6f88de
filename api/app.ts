import express, { type Express } from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import { AppError } from "../lib/errors.ts";
import type { AppDeps } from "./deps.ts";
import { jsonNumberReplacer } from "./json-numbers.ts";
import { requireApiKey } from "./middleware/auth.ts";
import { errorHandler, notFound } from "./middleware/errors.ts";
import { requireApiKeyOrOperator } from "./middleware/operator-auth.ts";
import { requestLog } from "./middleware/request-log.ts";
import { healthRouter } from "./routes/health.ts";
import { apiRoutes } from "./routes/index.ts";
import { keysRouter } from "./routes/keys.ts";
import { openApiRouter } from "./routes/openapi.ts";
import type { Tenant } from "./tenant.ts";

export interface AppOptions {
  /** Requests per minute per API key. */
  rateLimitPerMinute?: number;
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
  app.use("/health", healthRouter(deps));
  app.use("/openapi.json", openApiRouter(deps.version));

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
  // Key management also accepts the local operator token; mounted first so nothing else does.
  app.use(
    "/api/v1/keys",
    requireApiKeyOrOperator(deps.db, deps.operatorToken),
    limiter,
    express.json({ limit: "1mb" }),
    keysRouter(deps),
  );
  app.use(["/api", "/agents"], requireApiKey(deps.db), limiter, express.json({ limit: "1mb" }));
  for (const [path, factory] of apiRoutes) app.use(path, factory(deps));

  app.use(notFound);
  app.use(errorHandler(deps.logger));
  return app;
}
