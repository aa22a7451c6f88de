import { type Request, type Response, Router } from "express";
import { z } from "zod";
import type { Database } from "../../db/database.ts";
import { findKeyOwner, type KeyOwner } from "../../db/repositories/api-keys.ts";
import { AppError } from "../../lib/errors.ts";
import type { AuthFailureThrottle } from "../middleware/auth-throttle.ts";
import {
  SESSION_COOKIE,
  SESSION_TTL_SECONDS,
  type SessionSigner,
  sameOriginRequest,
} from "../web/session.ts";

export const sessionInput = z
  .object({
    key: z
      .string({ error: "expected the API key as a string" })
      .trim()
      .regex(/^mka_[\w-]{1,200}$/, "expected an API key such as mka_xxxxxxxx_..."),
  })
  .strict();

/**
 * Sign `owner`'s key into a session: set the signed httpOnly, SameSite=Lax cookie (it references the
 * key by id) and answer 201 `{role, expiresInSeconds}`. Shared by the key sign-in and the demo one.
 */
export function setSessionCookie(
  req: Request,
  res: Response,
  signer: SessionSigner,
  owner: KeyOwner,
  nowSeconds = Math.floor(Date.now() / 1000),
): void {
  const value = signer.sign({
    keyId: owner.keyId,
    organizationId: owner.organizationId,
    expiresAt: nowSeconds + SESSION_TTL_SECONDS,
  });
  res.cookie(SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: req.secure,
    path: "/",
    maxAge: SESSION_TTL_SECONDS * 1000,
  });
  res.status(201).json({ role: owner.role, expiresInSeconds: SESSION_TTL_SECONDS });
}

/**
 * /auth/session: the web app's sign-in. POST `{key}` verifies the key with the key repository and
 * sets a signed httpOnly, SameSite=Lax cookie that references the key by id (never the key
 * itself); DELETE clears it. Failed sign-ins count towards the same per-address throttle as bad
 * API keys.
 */
export function authSessionRouter(opts: {
  db: Database;
  signer: SessionSigner;
  throttle: AuthFailureThrottle;
  nowSeconds?: () => number;
}): Router {
  const router = Router();
  router.post("/", async (req, res, next) => {
    try {
      if (!sameOriginRequest(req)) throw new AppError("auth.forbidden", "cross-site sign-in refused");
      const address = req.ip ?? req.socket.remoteAddress ?? "unknown";
      const wait = opts.throttle.retryAfterSeconds(address);
      if (wait > 0) {
        res.setHeader("Retry-After", String(wait));
        throw new AppError("rate_limited", `too many failed sign-ins; retry after ${wait} s`);
      }
      const parsed = sessionInput.safeParse(req.body ?? {});
      const owner = parsed.success ? await findKeyOwner(opts.db, parsed.data.key) : undefined;
      if (!owner) {
        opts.throttle.recordFailure(address);
        if (!parsed.success) throw parsed.error;
        throw new AppError("auth.unauthorized", "unknown or revoked API key", { details: { path: "key" } });
      }
      setSessionCookie(req, res, opts.signer, owner, opts.nowSeconds?.());
    } catch (e) {
      next(e);
    }
  });
  router.delete("/", (req, res, next) => {
    if (!sameOriginRequest(req)) {
      next(new AppError("auth.forbidden", "cross-site sign-out refused"));
      return;
    }
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "lax", secure: req.secure, path: "/" });
    res.status(204).end();
  });
  return router;
}
