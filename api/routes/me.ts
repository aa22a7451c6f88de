import { Router } from "express";
import type { AppDeps } from "../deps.ts";
import { tenantOf } from "../tenant.ts";

/** GET /api/v1/me: which organization and role the presented key acts as. */
export function meRouter(_deps: AppDeps): Router {
  const router = Router();
  router.get("/", (_req, res) => {
    const t = tenantOf(res);
    res.json({
      organization: {
        slug: t.slug,
        name: t.name,
        timeZone: t.timeZone,
        currency: t.currency,
        industry: t.industry,
      },
      role: t.role,
      settings: {
        defaultAttributionModel: t.defaultAttributionModel,
        attributionLookbackDays: t.attributionLookbackDays,
      },
    });
  });
  return router;
}
