import { Router } from "express";
import { z } from "zod";
import { DEFAULT_GROSS_MARGIN } from "../../core/recommend/profit.ts";
import { readGrossMargin, setGrossMargin } from "../../db/repositories/recommendations.ts";
import type { AppDeps } from "../deps.ts";
import { requireRole, tenantOf } from "../tenant.ts";

export const organizationPatchInput = z
  .object({
    grossMargin: z
      .number()
      .gt(0, "grossMargin: expected a share of revenue above 0, e.g. 0.4 for 40%")
      .max(1, "grossMargin: expected a share of revenue of at most 1, e.g. 0.4 for 40%")
      .describe("Gross margin as a share of revenue, e.g. 0.4 for 40%"),
  })
  .strict();

/**
 * GET /api/v1/organization: the organization's settings used by budget advice (gross margin and
 * its default). PATCH (admin) `{grossMargin}`: set it; every budget and recommendation answer
 * states the margin it used and breaks even at marginal ROAS 1 / margin.
 */
export function organizationRouter(deps: Pick<AppDeps, "db">): Router {
  const router = Router();
  router.get("/", async (_req, res) => {
    const t = tenantOf(res);
    res.json({
      slug: t.slug,
      name: t.name,
      grossMargin: await readGrossMargin(deps.db, t.organizationId),
      defaultGrossMargin: DEFAULT_GROSS_MARGIN,
    });
  });
  router.patch("/", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, ["admin"]);
    const body = organizationPatchInput.parse(req.body ?? {});
    const grossMargin = await setGrossMargin(deps.db, t.organizationId, body.grossMargin);
    res.json({ slug: t.slug, name: t.name, grossMargin, defaultGrossMargin: DEFAULT_GROSS_MARGIN });
  });
  return router;
}
