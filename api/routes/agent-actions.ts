import { Router } from "express";
import { z } from "zod";
import { toolAnswer } from "../../agent/tool-answer.ts";
import type { Brief } from "../../briefs/build-brief.ts";
import { loadOrgCatalog } from "../../db/catalog/repository.ts";
import { recordDecision } from "../../db/repositories/recommendations.ts";
import { AppError } from "../../lib/errors.ts";
import { safeText, TEXT_LIMITS } from "../../lib/safe-text.ts";
import { briefInput } from "../../tools/brief/definition.ts";
import { createBrief } from "../../tools/brief/execute.ts";
import { recommendInput } from "../../tools/recommend/definition.ts";
import { createRecommend, type RecommendData } from "../../tools/recommend/execute.ts";
import type { ToolResult } from "../../tools/result.ts";
import type { ToolDeps } from "../../tools/shared/deps.ts";
import type { AppDeps } from "../deps.ts";
import { requireRole, type Tenant, tenantOf } from "../tenant.ts";
import { compileContextOf } from "./metrics.ts";

type RouteDeps = Pick<AppDeps, "db" | "now">;

export const decisionInput = z
  .object({
    decision: z.enum(["approved", "dismissed"]).describe("e.g. 'approved'"),
    note: safeText({ max: TEXT_LIMITS.prose, multiline: true })
      .optional()
      .describe("e.g. 'done in Meta on Monday'"),
    period: recommendInput.shape.period.describe(
      "The planning period the recommendation was made for (as sent to /agents/recommend), e.g. { from: '2026-11-02', to: '2026-11-08' }.",
    ),
  })
  .strict();

async function toolDeps(deps: RouteDeps, tenant: Tenant): Promise<ToolDeps> {
  return {
    db: deps.db,
    catalog: await loadOrgCatalog(deps.db, tenant.organizationId),
    tenant: { ...compileContextOf(tenant), currency: tenant.currency, industry: tenant.industry },
    now: deps.now(),
  };
}

/** A tool's recoverable failure as an HTTP error naming its reason. */
function unwrap<T>(r: ToolResult<T>): ToolResult<T> & { ok: true } {
  if (r.ok) return r;
  const code =
    r.error.code === "bad_input"
      ? "input.invalid"
      : r.error.code === "infeasible"
        ? "core.infeasible"
        : "core.insufficient_data";
  throw new AppError(code, r.error.message);
}

/**
 * POST /agents/brief `{period?}`: the insight brief (default last week, Monday to Sunday in the
 * organization's time zone) as an answer (text, data, chart, provenance, verification) plus
 * `sections`. POST /agents/recommend `{period?, focus?, limit?}`: ranked actions with expected
 * gross-profit impact, confidence, evidence and the latest decision, plus `recommendations`.
 * POST /agents/recommend/:id/decision `{decision, note?, period?}` (admin or analyst): records an
 * approval or dismissal with who and when; nothing is sent to an ad platform. The id must be one
 * /agents/recommend returns for that period (404 otherwise).
 */
export function agentActionsRouter(deps: RouteDeps): Router {
  const router = Router();
  router.post("/brief", async (req, res) => {
    const tenant = tenantOf(res);
    const args = briefInput.parse(req.body ?? {});
    const result = unwrap(await createBrief(await toolDeps(deps, tenant))(args));
    const brief = result.data as Brief;
    res.json({
      ...toolAnswer("brief", args, result, { currency: tenant.currency, timeZone: tenant.timeZone }),
      period: brief.period,
      sections: brief.sections,
    });
  });
  router.post("/recommend", async (req, res) => {
    const tenant = tenantOf(res);
    const args = recommendInput.parse(req.body ?? {});
    const result = unwrap(await createRecommend(await toolDeps(deps, tenant))(args));
    const data = result.data as RecommendData;
    res.json({
      ...toolAnswer("recommend", args, result, { currency: tenant.currency, timeZone: tenant.timeZone }),
      period: data.period,
      grossMargin: data.grossMargin,
      breakEvenRoas: data.breakEvenRoas,
      recommendations: data.recommendations,
    });
  });
  router.post("/recommend/:id/decision", async (req, res) => {
    const tenant = tenantOf(res);
    requireRole(tenant, ["admin", "analyst"]);
    const id = z
      .string()
      .regex(/^[a-z0-9-]{1,200}$/, "expected a recommendation id from /agents/recommend")
      .parse(req.params.id);
    const body = decisionInput.parse(req.body ?? {});
    const result = unwrap(
      await createRecommend(await toolDeps(deps, tenant))({ period: body.period, focus: "all", limit: 20 }),
    );
    const rec = result.data.recommendations.find((r) => r.id === id);
    if (!rec)
      throw new AppError(
        "not_found",
        `id: no recommendation '${id}' for this period (ask /agents/recommend again)`,
        {
          details: { path: "id" },
        },
      );
    const { decision: _previous, ...shown } = rec;
    const saved = await recordDecision(deps.db, {
      organizationId: tenant.organizationId,
      recommendationId: id,
      decision: body.decision,
      recommendation: shown,
      ...(body.note ? { note: body.note } : {}),
      decidedBy: `key ${tenant.keyId} (${tenant.role})`,
      decidedByKeyId: tenant.keyId,
    });
    res.status(201).json({ recommendation: shown, decision: saved });
  });
  return router;
}
