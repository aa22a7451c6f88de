import type { ErrorRequestHandler, RequestHandler } from "express";
import { ZodError } from "zod";
import { toDatabaseError } from "../../db/unavailable.ts";
import { describeZodIssues, type ErrorCode, isAppError } from "../../lib/errors.ts";
import type { Logger } from "../../lib/logger.ts";
import { loggedPath } from "./request-log.ts";

/** HTTP status per error code. Codes not listed are internal: logged in full, shown generically. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  "input.invalid": 400,
  "core.invalid_input": 400,
  "core.infeasible": 400,
  "compile.invalid_query": 400,
  "catalog.invalid": 400,
  "catalog.unknown_metric": 400,
  "catalog.unknown_dimension": 400,
  "catalog.unsupported_combination": 400,
  "ingest.invalid": 400,
  "core.insufficient_data": 422,
  "auth.unauthorized": 401,
  "auth.forbidden": 403,
  not_found: 404,
  rate_limited: 429,
  "db.unavailable": 503,
};

/** Seconds a client should wait before retrying, sent as `Retry-After` with these codes. */
const RETRY_AFTER_SECONDS: Partial<Record<ErrorCode, number>> = {
  // A restarting PostgreSQL accepts connections again within seconds; the pool reconnects then.
  "db.unavailable": 5,
};

export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown>; requestId?: string };
}

/** Map any thrown value to a JSON error with no stack trace; internal details go to the log only. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (thrown, req, res, _next) => {
    // A lost connection that reached here untyped (a driver error from outside the adapters)
    // still means "try again later", not "internal".
    const err = toDatabaseError(thrown);
    const requestId = res.locals.requestId as string | undefined;
    const send = (status: number, body: ErrorBody["error"]) => {
      if (!res.headersSent) res.status(status).json({ error: { ...body, requestId } } satisfies ErrorBody);
      else res.end();
    };
    if (err instanceof ZodError) {
      const first = err.issues[0];
      return send(400, {
        code: "input.invalid",
        message: describeZodIssues(err.issues),
        details: { path: first?.path.map(String).join(".") ?? "", issues: err.issues },
      });
    }
    // body-parser errors carry `type` and `status`.
    const type = (err as { type?: string }).type;
    if (type === "entity.parse.failed") {
      return send(400, { code: "input.invalid", message: "the request body is not valid JSON" });
    }
    if (type === "entity.too.large") {
      return send(413, { code: "input.invalid", message: "the request body is too large" });
    }
    if (isAppError(err) && STATUS[err.code]) {
      const retryAfter = RETRY_AFTER_SECONDS[err.code];
      if (retryAfter !== undefined && !res.headersSent) res.set("Retry-After", String(retryAfter));
      if (err.code === "db.unavailable") {
        // Logged without the request's data: the cause is the driver's own message.
        logger.warn({ requestId, cause: (err.cause as Error | undefined)?.message }, "database unavailable");
      }
      return send(STATUS[err.code]!, { code: err.code, message: err.message, details: err.details });
    }
    logger.error({ err, requestId, method: req.method, path: loggedPath(req) }, "request failed");
    return send(500, { code: "internal", message: "internal error; the request id is in the server log" });
  };
}

/** 404 for routes that do not exist. */
export const notFound: RequestHandler = (req, res) => {
  res.status(404).json({
    error: {
      code: "not_found",
      message: `no route for ${req.method} ${req.path}`,
      requestId: res.locals.requestId,
    },
  });
};
