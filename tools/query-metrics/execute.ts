import { executeMetricQuery } from "../../semantic/execute/execute.ts";
import { ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { queryMetricsInput } from "./definition.ts";
import { type MetricResultWithTargets, statedTargetChecks, targetChecks } from "./targets.ts";

/**
 * query_metrics: compile the MetricQuery for the request's tenant and run it. The result carries
 * columns, rows, totals, the comparison and provenance (definitions, dates, filters, SQL), and the
 * organization's targets for its metrics held against it (tools/query-metrics/targets.ts).
 */
export function createQueryMetrics(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<MetricResultWithTargets>> =>
    runTool(queryMetricsInput, args, async ({ statedTargets, ...query }) => {
      const result = await executeMetricQuery(
        { catalog: deps.catalog, run: (sql, params) => deps.db.query(sql, params), now: deps.now },
        query,
        deps.tenant,
      );
      const stored = await targetChecks(deps.db, deps.tenant.organizationId, result);
      const stated = statedTargetChecks(result, statedTargets ?? [], deps.catalog);
      // A target the asker states is the one they want this answer held against.
      const targets = [...stored.filter((c) => !stated.some((s) => s.metric === c.metric)), ...stated];
      return ok({ ...result, targets });
    });
}
