import express, { type RequestHandler } from "express";
import { AppError } from "../../lib/errors.ts";

/** Media types a JSON endpoint reads: plain JSON and structured-syntax `+json` types. */
const JSON_TYPES = ["application/json", "application/*+json"];

/** True when the request carries body bytes (a declared non-zero length, or a chunked body). */
function hasBodyBytes(headers: Record<string, string | string[] | undefined>): boolean {
  if (headers["transfer-encoding"] !== undefined) return true;
  const length = Number(headers["content-length"]);
  return Number.isFinite(length) && length > 0;
}

/**
 * JSON body parsing for the API: a body in any other media type is refused with 415 instead of
 * being ignored (express.json skips such bodies, and the route then reported "question is
 * required" for a text/plain question). Body-parser's own failures (bad JSON, too large, unknown
 * Content-Encoding or charset) carry their 4xx status to the error handler.
 */
export function jsonBody(opts: { limit: string }): RequestHandler[] {
  const requireJson: RequestHandler = (req, _res, next) => {
    if (!hasBodyBytes(req.headers) || req.is(JSON_TYPES)) return next();
    const got = req.get("content-type");
    next(
      new AppError(
        "input.unsupported_media_type",
        `the request body must be JSON (Content-Type: application/json), got ${got ? `'${got.slice(0, 100)}'` : "no Content-Type"}`,
        { details: { path: "content-type" } },
      ),
    );
  };
  return [requireJson, express.json({ limit: opts.limit, type: JSON_TYPES })];
}
