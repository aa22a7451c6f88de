import { Router } from "express";
import { optimizeBudget } from "../../core/budget/optimize.ts";
import { budgetOptimizeRequestSchema } from "../../core/budget/schemas.ts";
import { readChannelHistory, recentHistoryRange, withSpend } from "../../db/analytics/channel-history.ts";
import type { AnalyticsDeps } from "../../db/analytics/deps.ts";
import { readIncrementalityInputs } from "../../db/analytics/incrementality-inputs.ts";
import { loadOrgCatalog } from "../../db/catalog/repository.ts";
import type { AppDeps } from "../deps.ts";
import { tenantOf } from "../tenant.ts";
import { compileContextOf } from "./metrics.ts";

/** The part of AppDeps this router uses (so it mounts with any AppDeps). */
type RouteDeps = Pick<AppDeps, "db" | "now">;

/** Days of channel history the response curves are fitted to. */
export const BUDGET_HISTORY_DAYS = 180;

/**
 * POST /optimize : split `totalBudget` across channels. Without `curves`, each channel's response
 * curve is fitted to the organization's last 180 days: incremental revenue from spend, sessions,
 * new-customer orders and attribution credit (core/budget/incremental-curves.ts), or, when that
 * model cannot run, attributed revenue under the default attribution model (`responseModel` in the
 * body says which and why); with `curves`, the what-if curves are optimized directly. Responds with the
 * BudgetReport (per channel current and recommended spend, expected revenue change with interval,
 * marginal ROAS before and after, reason, the naive rule beside it) plus `provenance`.
 * Bad input -> 400 input.invalid / core.invalid_input naming the field; bounds that cannot hold
 * the budget -> 400 core.infeasible; nothing to fit -> 422 core.insufficient_data.
 */
export function budgetRouter(deps: RouteDeps): Router {
  const router = Router();
  router.post("/optimize", async (req, res) => {
    const tenant = tenantOf(res);
    const request = budgetOptimizeRequestSchema.parse(req.body);
    if (request.curves) {
      const report = optimizeBudget(request);
      res.json({ ...report, provenance: { source: "explicit_curves", currency: tenant.currency } });
      return;
    }
    const analytics: AnalyticsDeps = {
      db: deps.db,
      catalog: await loadOrgCatalog(deps.db, tenant.organizationId),
      tenant: compileContextOf(tenant),
      now: deps.now(),
    };
    const range = await recentHistoryRange(analytics, BUDGET_HISTORY_DAYS);
    const history = await readChannelHistory(analytics, range);
    const incrementality = await readIncrementalityInputs(analytics, range);
    const report = optimizeBudget(request, withSpend(history.history), {
      incrementality: incrementality.input,
    });
    res.json({
      ...report,
      provenance: {
        source: "fitted_history",
        history: history.range,
        historyDays: BUDGET_HISTORY_DAYS,
        channels: "channels with spend in the history",
        outcomeMetric: history.outcomeMetric,
        attributionModel: history.attributionModel,
        attribution: history.provenance.attribution,
        incrementalityAttributionModel: incrementality.input.attributionModel,
        definitions: history.provenance.definitions,
        currency: tenant.currency,
      },
    });
  });
  return router;
}
