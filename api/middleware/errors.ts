import type { ErrorRequestHandler, RequestHandler } from "express";
import { ZodError } from "zod";
import { toDatabaseError } from "../../db/unavailable.ts";
import { describeZodIssues, type ErrorCode, isAppError, MAX_REPORTED_ISSUES } from "../../lib/errors.ts";
import type { Logger } from "../../lib/logger.ts";
import { loggedPath } from "./request-log.ts";

/** HTTP status per error code. Codes not listed are internal: logged in full, shown generically. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  "input.invalid": 400,
  "input.unsupported_media_type": 415,
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
        details: {
          path: first?.path.map(String).join(".") ?? "",
          issues: err.issues.slice(0, MAX_REPORTED_ISSUES),
        },
      });
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
    const client = clientError(err);
    if (client) return send(client.status, { code: client.code, message: client.message });
    logger.error({ err, requestId, method: req.method, path: loggedPath(req) }, "request failed");
    return send(500, { code: "internal", message: "internal error; the request id is in the server log" });
  };
}

/** Friendly messages for body-parser's error types (its own texts name internals such as raw-body). */
const BODY_ERRORS: Record<string, string> = {
  "entity.parse.failed": "the request body is not valid JSON",
  "entity.too.large": "the request body is too large",
  "encoding.unsupported": "unsupported Content-Encoding; send identity, gzip, deflate or br",
  "charset.unsupported": "unsupported charset; send JSON as UTF-8",
  "request.aborted": "the request was aborted before its body was read",
  "request.size.invalid": "the request body's size does not match its Content-Length",
};

/**
 * An error that already carries an HTTP 4xx status (body-parser and raw-body errors, a
 * Content-Encoding the body does not decode with, the router's URIError for a malformed `%`
 * escape in a path segment) keeps that status: it is the caller's mistake, not a server fault.
 * The message is ours or one the error marks as safe to show (`expose`), never an internal one.
 */
export function clientError(err: unknown): { status: number; code: ErrorCode; message: string } | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const e = err as {
    status?: unknown;
    statusCode?: unknown;
    type?: unknown;
    expose?: unknown;
    message?: unknown;
    code?: unknown;
  };
  const status = typeof e.status === "number" ? e.status : e.statusCode;
  if (typeof status !== "number" || !Number.isInteger(status) || status < 400 || status > 499)
    return undefined;
  const code: ErrorCode = status === 415 ? "input.unsupported_media_type" : "input.invalid";
  const known = typeof e.type === "string" ? BODY_ERRORS[e.type] : undefined;
  if (known) return { status, code, message: known };
  if (err instanceof URIError)
    return { status, code, message: "the request path is not valid percent-encoding" };
  // zlib's errors (Z_DATA_ERROR...) for a body that is not in its declared Content-Encoding.
  if (typeof e.code === "string" && e.code.startsWith("Z_"))
    return { status, code, message: "the request body does not decode with its Content-Encoding" };
  if (e.expose === true && typeof e.message === "string")
    return { status, code, message: e.message.slice(0, 200) };
  return { status, code, message: "the request could not be read" };
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
