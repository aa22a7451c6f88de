import type { Request, RequestHandler } from "express";
import type { Database } from "../../db/database.ts";
import { findKeyOwner, findKeyOwnerById, type KeyOwner } from "../../db/repositories/api-keys.ts";
import { AppError } from "../../lib/errors.ts";
import type { Tenant } from "../tenant.ts";
import {
  readCookie,
  SAFE_METHODS,
  SESSION_COOKIE,
  type SessionSigner,
  sameOriginRequest,
} from "../web/session.ts";

/** Browser sessions (api/web/session.ts): accepted in place of a key when configured. */
export interface SessionAuth {
  signer: SessionSigner;
  /** Unix seconds (injected so tests control expiry). */
  nowSeconds?: () => number;
}

/** The key owner from a signed session cookie, checking revocation, tenancy and CSRF. */
async function ownerFromSession(
  db: Database,
  req: Request,
  sessions: SessionAuth,
): Promise<KeyOwner | undefined> {
  const value = readCookie(req, SESSION_COOKIE);
  if (value === undefined) return undefined;
  const now = sessions.nowSeconds?.() ?? Math.floor(Date.now() / 1000);
  const claims = sessions.signer.verify(value, now);
  if (!claims) throw new AppError("auth.unauthorized", "the session expired or is invalid: sign in again");
  if (!SAFE_METHODS.has(req.method) && !sameOriginRequest(req)) {
    throw new AppError("auth.forbidden", "cross-site request refused: send it from this site's pages");
  }
  const owner = await findKeyOwnerById(db, claims.keyId);
  if (!owner || owner.organizationId !== claims.organizationId) {
    throw new AppError("auth.unauthorized", "the session's API key was revoked: sign in again");
  }
  return owner;
}

/**
 * `Authorization: Bearer <key>` (or, with `sessions`, the web app's signed session cookie) -> the
 * key's organization and role, stored in res.locals.tenant. This is the only place a tenant is
 * chosen; nothing in a request body can change it. A session acts with exactly its key's role and
 * organization, and ends when the key is revoked.
 */
export function requireApiKey(db: Database, sessions?: SessionAuth): RequestHandler {
  return async (req, res, next) => {
    try {
      const header = req.get("authorization") ?? "";
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      let owner: KeyOwner | undefined;
      if (match) {
        owner = await findKeyOwner(db, match[1]!);
        if (!owner) throw new AppError("auth.unauthorized", "unknown or revoked API key");
      } else if (!header && sessions) {
        owner = await ownerFromSession(db, req, sessions);
      }
      if (!owner) {
        throw new AppError("auth.unauthorized", "missing API key: send 'Authorization: Bearer <key>'");
      }
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
