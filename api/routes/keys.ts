import { type Request, type Response, Router } from "express";
import { z } from "zod";
import { createApiKey, listApiKeys, revokeApiKey } from "../../db/repositories/api-keys.ts";
import { recordAudit } from "../../db/repositories/audit-log.ts";
import { findOrganizationBySlug } from "../../db/repositories/organizations.ts";
import { AppError } from "../../lib/errors.ts";
import type { AppDeps } from "../deps.ts";
import { isOperator } from "../middleware/operator-auth.ts";
import { ROLES, requireRole, tenantOf } from "../tenant.ts";

export const createKeyInput = z
  .object({
    role: z.enum(ROLES, { error: `expected one of: ${ROLES.join(", ")}` }),
    name: z
      .string()
      .trim()
      .min(1, "expected a non-empty name")
      .max(100)
      .optional()
      .describe("A label to tell keys apart, e.g. 'reporting dashboard'."),
  })
  .strict();

export const keysQuery = z
  .object({
    org: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/, "expected an organization slug, e.g. acme")
      .optional()
      .describe("Operator token only: the organization to act on. An API key acts on its own."),
  })
  .strict();

export const keyIdParam = z.object({
  id: z.coerce
    .number({ error: "expected a key id" })
    .int("expected a key id")
    .positive("expected a key id")
    .max(2_147_483_647, "expected a key id"),
});

const keySummary = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string().describe("The key's first characters, to tell keys apart; never the secret."),
  role: z.enum(ROLES),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

/** GET /api/v1/keys response (documented in /openapi.json). */
export const keyListResponse = z.object({ organization: z.string(), keys: z.array(keySummary) });

/** POST /api/v1/keys response (documented in /openapi.json). */
export const createdKeyResponse = z.object({
  organization: z.string(),
  key: keySummary,
  secret: z.string().describe("The whole key, shown this once: only its hash is stored."),
});

/** The organization a keys request acts on, and who acts (for the audit log). */
async function actingOn(deps: AppDeps, req: Request, res: Response) {
  const { org } = keysQuery.parse(req.query);
  if (isOperator(res.locals)) {
    if (!org)
      throw new AppError("input.invalid", "org: the operator token must name an organization (?org=)");
    const found = await findOrganizationBySlug(deps.db, org);
    if (!found)
      throw new AppError("not_found", `no organization with slug '${org}'`, { details: { path: "org" } });
    return { organizationId: found.id, slug: found.slug, actor: "operator" };
  }
  const t = tenantOf(res);
  requireRole(t, ["admin"]);
  if (org !== undefined && org !== t.slug) {
    throw new AppError("auth.forbidden", "an API key manages the keys of its own organization only");
  }
  return { organizationId: t.organizationId, slug: t.slug, actor: `key:${t.keyId}` };
}

/**
 * /api/v1/keys: an organization's API keys, for its admins (and for the local operator token).
 * POST creates a key and returns its secret once; GET lists keys without secrets; DELETE /:id
 * revokes (the key is refused from the very next request: auth reads the table every time).
 * Each change is written to the audit log in the same transaction.
 */
export function keysRouter(deps: AppDeps): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const on = await actingOn(deps, req, res);
    res.json({ organization: on.slug, keys: await listApiKeys(deps.db, on.organizationId) });
  });

  router.post("/", async (req, res) => {
    const on = await actingOn(deps, req, res);
    const input = createKeyInput.parse(req.body ?? {});
    const created = await deps.db.transaction(async (tx) => {
      const key = await createApiKey(tx, {
        organizationId: on.organizationId,
        role: input.role,
        name: input.name,
      });
      await recordAudit(tx, {
        organizationId: on.organizationId,
        actor: on.actor,
        action: "api_key.create",
        target: String(key.id),
        details: { role: key.role, prefix: key.prefix },
      });
      return key;
    });
    res.status(201).json({
      organization: on.slug,
      key: {
        id: created.id,
        name: created.name,
        prefix: created.prefix,
        role: created.role,
        createdAt: created.createdAt,
        revokedAt: null,
      },
      secret: created.key,
    });
  });

  router.delete("/:id", async (req, res) => {
    const on = await actingOn(deps, req, res);
    const { id } = keyIdParam.parse(req.params);
    const revoked = await deps.db.transaction(async (tx) => {
      if (!(await revokeApiKey(tx, on.organizationId, id))) return false;
      await recordAudit(tx, {
        organizationId: on.organizationId,
        actor: on.actor,
        action: "api_key.revoke",
        target: String(id),
      });
      return true;
    });
    if (!revoked) {
      throw new AppError("not_found", `no active key ${id} in ${on.slug}`, { details: { path: "id" } });
    }
    res.status(204).end();
  });
  return router;
}
