import type { RequestHandler } from "express";
import type { Database } from "../../db/database.ts";
import { findKeyOwner } from "../../db/repositories/api-keys.ts";
import { AppError } from "../../lib/errors.ts";
import type { Tenant } from "../tenant.ts";

/**
 * `Authorization: Bearer <key>` -> the key's organization and role, stored in res.locals.tenant.
 * This is the only place a tenant is chosen; nothing in a request body can change it.
 */
export function requireApiKey(db: Database): RequestHandler {
  return async (req, res, next) => {
    try {
      const header = req.get("authorization") ?? "";
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) {
        throw new AppError("auth.unauthorized", "missing API key: send 'Authorization: Bearer <key>'");
      }
      const owner = await findKeyOwner(db, match[1]!);
      if (!owner) throw new AppError("auth.unauthorized", "unknown or revoked API key");
      const [org] = await db.query<Omit<Tenant, "role" | "keyId"> & Record<string, unknown>>(
        `SELECT id AS "organizationId", slug, name, time_zone AS "timeZone", currency, industry,
           default_attribution_model AS "defaultAttributionModel",
           attribution_lookback_days AS "attributionLookbackDays"
         FROM organizations WHERE id = $1`,
        [owner.organizationId],
      );
      if (!org) throw new AppError("auth.unauthorized", "the key's organization no longer exists");
      res.locals.tenant = { ...org, role: owner.role, keyId: owner.keyId } satisfies Tenant;
      next();
    } catch (e) {
      next(e);
    }
  };
}
