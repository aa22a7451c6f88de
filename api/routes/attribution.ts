import { Router } from "express";
import { z } from "zod";
import { attributePaths, parseAttributionRequest } from "../../core/attribution/request.ts";
import { MODEL_NAMES, modelNameSchema } from "../../core/attribution/types.ts";
import { loadOrgCatalog } from "../../db/catalog/repository.ts";
import { AppError } from "../../lib/errors.ts";
import { safeText } from "../../lib/safe-text.ts";
import { createAttribution } from "../../tools/attribution/execute.ts";
import type { AppDeps } from "../deps.ts";
import { tenantOf } from "../tenant.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");

/** GET /api/v1/attribution query string: stored results, models side by side. */
export const storedAttributionQuery = z
  .object({
    model: safeText({ max: 400 })
      .default("last_touch,markov")
      .transform((s) => s.split(",").map((m) => m.trim()))
      .pipe(
        z
          .array(modelNameSchema, { error: `expected models among: ${MODEL_NAMES.join(", ")}` })
          .min(1)
          .max(12),
      )
      .describe("Comma-separated models, e.g. 'first_touch,last_touch,markov'."),
    from: isoDate.describe("First conversion date (organization's time zone), e.g. 2026-10-01."),
    to: isoDate.describe("Last conversion date, inclusive, e.g. 2026-10-31."),
    by: z.enum(["channel", "campaign"]).default("channel"),
    metric: z.enum(["revenue", "conversions"]).default("revenue"),
  })
  .refine((q) => q.from <= q.to, { path: ["to"], message: "'to' is before 'from'" });

/**
 * POST /api/v1/attribution/paths: attribute caller-supplied paths with any models (pure core).
 * GET  /api/v1/attribution: this organization's stored per-conversion credit, by model.
 */
export function attributionRouter(deps: AppDeps): Router {
  const router = Router();
  router.post("/paths", (req, res, next) => {
    try {
      res.json(attributePaths(parseAttributionRequest(req.body ?? {})));
    } catch (e) {
      next(e);
    }
  });
  router.get("/", async (req, res, next) => {
    try {
      const q = storedAttributionQuery.parse(req.query);
      const tenant = tenantOf(res);
      const run = createAttribution({
        db: deps.db,
        catalog: await loadOrgCatalog(deps.db, tenant.organizationId),
        tenant,
        now: deps.now(),
      });
      const result = await run({
        models: q.model,
        level: q.by,
        metric: q.metric,
        period: { from: q.from, to: q.to },
      });
      if (!result.ok) throw new AppError("input.invalid", result.error.message);
      res.json(result.data);
    } catch (e) {
      next(e);
    }
  });
  return router;
}
