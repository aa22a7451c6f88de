import { Router } from "express";
import type { z } from "zod";
import { loadOrgCatalog } from "../../db/catalog/repository.ts";
import { AppError } from "../../lib/errors.ts";
import type { ToolResult } from "../../tools/result.ts";
import type { ToolDeps } from "../../tools/shared/deps.ts";
import type { AppDeps } from "../deps.ts";
import { tenantOf } from "../tenant.ts";
import { compileContextOf } from "./metrics.ts";

/** The part of AppDeps a tool route uses (so it mounts with any AppDeps). */
export type ToolRouteDeps = Pick<AppDeps, "db" | "now">;

/**
 * POST / : run one agent tool for the caller's organization and answer with its result as JSON.
 * The same executor as the agent's tool, so the API and the answers cannot disagree. The body is
 * parsed with the tool's own schema (a missing or wrong field -> 400 naming it); a result the tool
 * refuses is a 400 with its reason.
 */
export function toolRouter<I extends z.ZodType>(
  input: I,
  create: (deps: ToolDeps) => (args: unknown) => Promise<ToolResult<unknown>>,
) {
  return (deps: ToolRouteDeps): Router => {
    const router = Router();
    router.post("/", async (req, res) => {
      const tenant = tenantOf(res);
      const body = input.parse(req.body);
      const run = create({
        db: deps.db,
        catalog: await loadOrgCatalog(deps.db, tenant.organizationId),
        tenant: { ...compileContextOf(tenant), currency: tenant.currency, industry: tenant.industry },
        now: deps.now(),
      });
      const result = await run(body);
      if (!result.ok) throw new AppError("input.invalid", result.error.message);
      res.json(result.data);
    });
    return router;
  };
}
