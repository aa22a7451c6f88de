import type { RequestHandler } from "express";
import { AppError } from "../../lib/errors.ts";
import { tenantOf } from "../tenant.ts";

/**
 * Refuse tracking write keys on every route but the events endpoint: a write key sits in a
 * site's pages where anyone can read it, so it must not open any of the organization's data.
 */
export const refuseWriteKeys: RequestHandler = (_req, res, next) => {
  if (tenantOf(res).role !== "writer") return next();
  next(new AppError("auth.forbidden", "a write key can only send events (POST /api/v1/events)"));
};
