import { executeMetricQuery } from "../../semantic/execute/execute.ts";
import { ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { queryMetricsInput } from "./definition.ts";
import { type PaidTotals, paidTotalsQuery } from "./paid-totals.ts";
import { withRatios } from "./ratios.ts";
import { type MetricResultWithTargets, statedTargetChecks, targetChecks } from "./targets.ts";

/**
 * query_metrics: compile the MetricQuery for the request's tenant and run it. The result carries
 * columns, rows, totals, the comparison and provenance (definitions, dates, filters, SQL), and the
 * organization's targets for its metrics held against it (tools/query-metrics/targets.ts).
 */
export function createQueryMetrics(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<MetricResultWithTargets>> =>
    // The label names the selection in the answer (agent/present/group-totals.ts); it queries nothing.
    runTool(queryMetricsInput, args, async ({ statedTargets, label: _label, ratios, ...asked }) => {
      // "revenue per session": each ratio a formula metric of this query (ratios.ts).
      const derived = ratios?.length ? withRatios(deps.catalog, asked.metrics, ratios) : undefined;
      const query = derived ? { ...asked, metrics: derived.metrics } : asked;
      const catalog = derived?.catalog ?? deps.catalog;
      const exec = { catalog, run: deps.db.query.bind(deps.db), now: deps.now };
      const result = await executeMetricQuery(exec, query, deps.tenant);
      // A paid breakdown's CPA totals over its paid rows too (paid-totals.ts): the blended total
      // (all orders) would contradict every row.
      const paidQuery = paidTotalsQuery(catalog, query, result);
      const paidTotals: PaidTotals | undefined = paidQuery
        ? {
            dimension: paidQuery.dimension,
            members: paidQuery.members,
            totals: (await executeMetricQuery(exec, paidQuery.query, deps.tenant)).totals,
          }
        : undefined;
      const stored = await targetChecks(deps.db, deps.tenant.organizationId, result);
      const stated = statedTargetChecks(result, statedTargets ?? [], catalog);
      // A target the asker states is the one they want this answer held against.
      const targets = [...stored.filter((c) => !stated.some((s) => s.metric === c.metric)), ...stated];
      return ok({ ...result, targets, ...(paidTotals ? { paidTotals } : {}) });
    });
}
