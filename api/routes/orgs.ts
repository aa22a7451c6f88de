/**
 * /api/v1/orgs: create and list organizations. Cross-tenant, so only the local operator token
 * (api/operator-token.ts) opens it, exactly as it opens /api/v1/keys; an API key of any role is
 * refused, because a key belongs to one organization. The new organization's first admin key is
 * in the response once and never again.
 */
import { Router } from "express";
import { z } from "zod";
import { syncOrganizationCatalog } from "../../db/catalog/sync.ts";
import { createOrganization, newOrganizationSchema } from "../../db/repositories/create-organization.ts";
import { listOrganizations } from "../../db/repositories/organizations.ts";
import { AppError } from "../../lib/errors.ts";
import type { AppDeps } from "../deps.ts";
import { isOperator } from "../middleware/operator-auth.ts";

const organizationSummary = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  timeZone: z.string(),
  currency: z.string(),
  industry: z.string(),
});

/** GET /api/v1/orgs response. */
export const orgListResponse = z.object({ organizations: z.array(organizationSummary) });

/** POST /api/v1/orgs response. */
export const createdOrgResponse = z.object({
  organization: organizationSummary,
  channels: z.number().int().describe("Default channels created (the demo's channel keys)."),
  adminKey: z.object({ id: z.number().int(), prefix: z.string(), role: z.literal("admin") }),
  secret: z.string().describe("The first admin key, shown this once: only its hash is stored."),
});

const summary = (o: z.infer<typeof organizationSummary>) => ({
  id: o.id,
  slug: o.slug,
  name: o.name,
  timeZone: o.timeZone,
  currency: o.currency,
  industry: o.industry,
});

/** The organizations routes (operator token only). */
export function orgsRouter(deps: AppDeps): Router {
  const router = Router();
  router.use((_req, res, next) => {
    if (isOperator(res.locals)) return next();
    next(
      new AppError(
        "auth.forbidden",
        "organizations are managed with the operator token only (npm run orgs on the service's machine)",
      ),
    );
  });

  router.get("/", async (_req, res) => {
    res.json({ organizations: (await listOrganizations(deps.db)).map(summary) });
  });

  router.post("/", async (req, res) => {
    const input = newOrganizationSchema.parse(req.body ?? {});
    const created = await deps.db.transaction((tx) => createOrganization(tx, input, "operator"));
    // The catalog (metrics, dimensions, channel values) so the first question can be answered.
    await syncOrganizationCatalog(deps.db, created.organization.id, deps.embedder);
    res.status(201).json({
      organization: summary(created.organization),
      channels: created.channels,
      adminKey: { id: created.adminKey.id, prefix: created.adminKey.prefix, role: "admin" },
      secret: created.adminKey.key,
    });
  });
  return router;
}
