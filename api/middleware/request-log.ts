import { randomUUID } from "node:crypto";
import type { Request, RequestHandler } from "express";
import type { Logger } from "../../lib/logger.ts";

/**
 * The path a request was sent to, mount prefix included (`req.path` inside a router mounted at
 * `/agents` is just `/query`). The query string is left out: it can carry search text and, from
 * careless clients, tokens.
 * @example loggedPath(req) // "/agents/query" for POST /agents/query?token=abc
 */
export function loggedPath(req: Pick<Request, "originalUrl">): string {
  const q = req.originalUrl.indexOf("?");
  return q === -1 ? req.originalUrl : req.originalUrl.slice(0, q);
}

/** Give every request an id (echoed as X-Request-Id) and log one line when it finishes. */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get("x-request-id");
    const requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("X-Request-Id", requestId);
    const started = process.hrtime.bigint();
    // Routes that time their own phases (api/routes/chat-timing.ts) count from here.
    res.locals.receivedAt = started;
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const org = (res.locals.tenant as { slug?: string } | undefined)?.slug;
      logger.info(
        {
          requestId,
          method: req.method,
          path: loggedPath(req),
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
          org,
        },
        "request",
      );
    });
    next();
  };
}
