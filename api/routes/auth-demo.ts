import { Router } from "express";
import { z } from "zod";
import type { Database } from "../../db/database.ts";
import { createApiKey, listApiKeys } from "../../db/repositories/api-keys.ts";
import { AppError } from "../../lib/errors.ts";
import { type SessionSigner, sameOriginRequest } from "../web/session.ts";
import { setSessionCookie } from "./auth-session.ts";

/** The demo organization a one-click sign-in acts for (the seeded "acme"). */
export interface DemoSignIn {
  organizationId: number;
  organizationName: string;
}

/** Roles the demo sign-in offers: enough to try everything, never a write (tracking) key. */
export const DEMO_ROLES = ["analyst", "admin"] as const;

export const demoSignInInput = z
  .object({ role: z.enum(DEMO_ROLES, { error: "expected 'analyst' or 'admin'" }).default("analyst") })
  .strict();

/** The key name a demo session references, one per role (created on first use, never shown). */
const demoKeyName = (role: string) => `demo sign-in (${role})`;

/**
 * The demo organization's key for `role`: the one made for demo sign-in earlier (unrevoked), or a
 * new one. Its secret is never returned: the session only references the key by id, and revoking
 * it (DELETE /api/v1/keys/:id) ends every demo session of that role.
 */
async function demoKey(db: Database, organizationId: number, role: (typeof DEMO_ROLES)[number]) {
  const existing = (await listApiKeys(db, organizationId)).find(
    (k) => k.name === demoKeyName(role) && k.role === role && !k.revokedAt,
  );
  const keyId =
    existing?.id ?? (await createApiKey(db, { organizationId, role, name: demoKeyName(role) })).id;
  return { keyId, role, organizationId };
}

/**
 * /auth/demo: one-click sign-in to the demo organization, mounted only when demo sign-in is on
 * (`demoSignInEnabled` in lib/env.ts: demo data on, and DEMO_DATA=1 in production); otherwise the
 * path is the API's JSON 404. GET tells the sign-in page whom it signs in as; POST `{role}` sets
 * the same session cookie as a pasted key would.
 */
export function authDemoRouter(opts: { db: Database; signer: SessionSigner; demo: DemoSignIn }): Router {
  const router = Router();
  router.get("/", (_req, res) => {
    res.json({ organization: { name: opts.demo.organizationName }, roles: DEMO_ROLES });
  });
  router.post("/", async (req, res, next) => {
    try {
      if (!sameOriginRequest(req)) throw new AppError("auth.forbidden", "cross-site sign-in refused");
      const { role } = demoSignInInput.parse(req.body ?? {});
      setSessionCookie(req, res, opts.signer, await demoKey(opts.db, opts.demo.organizationId, role));
    } catch (e) {
      next(e);
    }
  });
  return router;
}
