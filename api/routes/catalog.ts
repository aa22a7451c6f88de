import { Router } from "express";
import { z } from "zod";
import {
  createCustomMetric,
  customMetricInput,
  customMetricPatch,
  deactivateCustomMetric,
  listCustomMetrics,
  loadOrgCatalog,
  updateCustomMetric,
} from "../../db/catalog/repository.ts";
import { searchCatalog } from "../../db/catalog/search.ts";
import { syncOrganizationCatalog } from "../../db/catalog/sync.ts";
import { AppError, describeZodIssues } from "../../lib/errors.ts";
import { safeText } from "../../lib/safe-text.ts";
import { catalogKey } from "../../semantic/catalog/types.ts";
import type { AppDeps } from "../deps.ts";
import { requireRole, tenantOf } from "../tenant.ts";

export const catalogSearchQuery = z.object({
  q: safeText({ max: 200, min: 1, trim: true }),
  kind: z.enum(["metric", "dimension", "dimension_value"]).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

/** Parse with zod; on failure throw input.invalid naming the first field. */
function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const path = r.error.issues[0]?.path.map(String).join(".") ?? "";
  throw new AppError("input.invalid", describeZodIssues(r.error.issues), {
    details: { path, suggestion: null },
  });
}

const EDITORS = ["admin", "analyst"] as const;

/** The `:key` path segment of /metrics/:key: a catalog key, checked before it reaches SQL. */
const metricKeyParams = z.object({ key: catalogKey });

/**
 * GET / (the organization's catalog), GET /search?q= (hybrid search), and /metrics CRUD for
 * custom metrics (viewers may read but not change; DELETE deactivates). `embedder` must be the
 * one the catalog was synced with (local by default).
 */
export function catalogRouter(deps: AppDeps): Router {
  const embedder = deps.embedder;
  const router = Router();

  router.get("/", async (_req, res) => {
    const catalog = await loadOrgCatalog(deps.db, tenantOf(res).organizationId);
    res.json({
      metrics: [...catalog.metrics.values()],
      dimensions: [...catalog.dimensions.values()],
    });
  });

  router.get("/search", async (req, res) => {
    const q = parse(catalogSearchQuery, req.query);
    const hits = await searchCatalog(deps.db, tenantOf(res).organizationId, q.q, embedder, {
      kinds: q.kind ? [q.kind] : undefined,
      limit: q.limit,
    });
    res.json({ query: q.q, results: hits });
  });

  router.get("/metrics", async (_req, res) => {
    res.json({ metrics: await listCustomMetrics(deps.db, tenantOf(res).organizationId) });
  });

  router.post("/metrics", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, EDITORS);
    const metric = await createCustomMetric(deps.db, t.organizationId, parse(customMetricInput, req.body));
    await syncOrganizationCatalog(deps.db, t.organizationId, embedder);
    res.status(201).json({ metric });
  });

  router.patch("/metrics/:key", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, EDITORS);
    const metric = await updateCustomMetric(
      deps.db,
      t.organizationId,
      parse(metricKeyParams, req.params).key,
      parse(customMetricPatch, req.body),
    );
    await syncOrganizationCatalog(deps.db, t.organizationId, embedder);
    res.json({ metric });
  });

  router.delete("/metrics/:key", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, EDITORS);
    await deactivateCustomMetric(deps.db, t.organizationId, parse(metricKeyParams, req.params).key);
    await syncOrganizationCatalog(deps.db, t.organizationId, embedder);
    res.status(204).end();
  });
  return router;
}
