import { Router } from "express";
import { z } from "zod";
import { loadOrgCatalog } from "../../db/catalog/repository.ts";
import { isIsoDate } from "../../semantic/query/dates.ts";
import { TIME_PRESETS, type TimeRangeInput } from "../../semantic/query/types.ts";
import { computeOverview } from "../../tools/overview/execute.ts";
import type { AppDeps } from "../deps.ts";
import { tenantOf } from "../tenant.ts";
import { compileContextOf } from "./metrics.ts";

const date = z
  .string()
  .max(10, { error: "expected a calendar date as YYYY-MM-DD", abort: true })
  .refine(isIsoDate, "expected a calendar date as YYYY-MM-DD");

export const overviewQuery = z
  .object({
    period: z
      .enum(TIME_PRESETS, { error: `expected one of: ${TIME_PRESETS.join(", ")}` })
      .optional()
      .describe(
        "A period in the organization's time zone, e.g. 'last_month' (also last_7_days, last_30_days, this_month, last_week); default last_30_days.",
      ),
    from: date.optional().describe("First day instead of a period, e.g. '2026-10-01' (with `to`)."),
    to: date.optional().describe("Last day, inclusive, e.g. '2026-10-31' (with `from`)."),
  })
  .strict()
  .superRefine((q, ctx) => {
    if ((q.from === undefined) !== (q.to === undefined))
      ctx.addIssue({ code: "custom", path: [q.from ? "to" : "from"], message: "give both 'from' and 'to'" });
    else if (q.from && q.period)
      ctx.addIssue({ code: "custom", path: ["period"], message: "give a period or from/to, not both" });
    else if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: "custom", path: ["to"], message: "'from' must not be after 'to'" });
  });

/** The period an overview query asks for (the last 30 days by default). */
export function overviewPeriod(q: z.infer<typeof overviewQuery>): TimeRangeInput {
  if (q.from && q.to) return { from: q.from, to: q.to };
  return { preset: q.period ?? "last_30_days" };
}

/**
 * GET /api/v1/overview?period=last_month (or from/to): the organization's headline KPIs against
 * the previous period (spend, revenue, MER, paid ROAS, orders, new-customer CAC, each with a chat
 * question), the daily trend, the channel table, the biggest movers and the period's anomalies,
 * with the provenance (receipt). Computed by the same function as the agent's `overview` tool.
 * Every role may read it.
 */
export function overviewRouter(deps: Pick<AppDeps, "db" | "now">): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const tenant = tenantOf(res);
    const query = overviewQuery.parse(req.query);
    const data = await computeOverview(
      {
        db: deps.db,
        catalog: await loadOrgCatalog(deps.db, tenant.organizationId),
        tenant: { ...compileContextOf(tenant), currency: tenant.currency, industry: tenant.industry },
        now: deps.now(),
      },
      { period: overviewPeriod(query) },
    );
    res.json({ ...data, currency: tenant.currency });
  });
  return router;
}
