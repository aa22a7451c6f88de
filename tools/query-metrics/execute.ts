import { executeMetricQuery, type MetricResult } from "../../semantic/execute/execute.ts";
import { ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { queryMetricsInput } from "./definition.ts";

/**
 * query_metrics: compile the MetricQuery for the request's tenant and run it. The result carries
 * columns, rows, totals, the comparison and provenance (definitions, dates, filters, SQL).
 */
export function createQueryMetrics(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<MetricResult>> =>
    runTool(queryMetricsInput, args, async (query) =>
      ok(
        await executeMetricQuery(
          { catalog: deps.catalog, run: (sql, params) => deps.db.query(sql, params), now: deps.now },
          query,
          deps.tenant,
        ),
      ),
    );
}
