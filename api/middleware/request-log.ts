import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import type { Logger } from "../../lib/logger.ts";

/** Give every request an id (echoed as X-Request-Id) and log one line when it finishes. */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get("x-request-id");
    const requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("X-Request-Id", requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const org = (res.locals.tenant as { slug?: string } | undefined)?.slug;
      logger.info(
        {
          requestId,
          method: req.method,
          path: req.path,
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
