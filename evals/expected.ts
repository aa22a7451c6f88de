/**
 * Compute a case's expected values with the real deterministic core: query_metrics through
 * executeMetricQuery, every other tool through its executor factory (tools/<tool>/execute.ts),
 * for the case's organization at the eval clock. Then keep the figures evals/values.ts selects.
 */
import { loadOrgCatalog } from "../db/catalog/repository.ts";
import type { OrganizationRow } from "../db/repositories/organizations.ts";
import type { Catalog } from "../semantic/catalog/types.ts";
import { executeMetricQuery } from "../semantic/execute/execute.ts";
import { createAttribution } from "../tools/attribution/execute.ts";
import { createBrief } from "../tools/brief/execute.ts";
import { createCampaigns } from "../tools/campaigns/execute.ts";
import { createCohorts } from "../tools/cohorts/execute.ts";
import { createComparePeriods } from "../tools/compare-periods/execute.ts";
import { createDescribeMetric } from "../tools/describe-metric/execute.ts";
import { createDetectAnomalies } from "../tools/detect-anomalies/execute.ts";
import { createExplainChange } from "../tools/explain-change/execute.ts";
import { createFunnel } from "../tools/funnel/execute.ts";
import { createJourneys } from "../tools/journeys/execute.ts";
import { createListDimensionValues } from "../tools/list-dimension-values/execute.ts";
import { createOverview } from "../tools/overview/execute.ts";
import { createProfitability } from "../tools/profitability/execute.ts";
import { createProjectRunRate } from "../tools/project-run-rate/execute.ts";
import { createRecommend } from "../tools/recommend/execute.ts";
import { createRecommendBudget } from "../tools/recommend-budget/execute.ts";
import { createSearchCatalog } from "../tools/search-catalog/execute.ts";
import type { ToolDeps } from "../tools/shared/deps.ts";
import { tenantOf } from "./ask.ts";
import type { EvalEnvironment } from "./environment.ts";
import type { BuiltCall, ExpectedCall } from "./types.ts";
import { selectValues } from "./values.ts";

type Executor = (args: unknown) => Promise<{ ok: boolean; data?: unknown; error?: unknown }>;

/** Runs expected calls for one organization; caches the catalog per organization. */
export function createExpectedValues(env: EvalEnvironment, now: Date) {
  const catalogs = new Map<number, Promise<Catalog>>();
  const catalogOf = (orgId: number) => {
    if (!catalogs.has(orgId)) catalogs.set(orgId, loadOrgCatalog(env.db, orgId));
    return catalogs.get(orgId)!;
  };

  async function executors(org: OrganizationRow): Promise<Record<string, Executor>> {
    const catalog = await catalogOf(org.id);
    const tenant = tenantOf(org);
    const deps: ToolDeps = { db: env.db, catalog, tenant, now };
    const query: Executor = async (args) => {
      try {
        const run = (sql: string, params: readonly unknown[]) => env.db.query(sql, params);
        return { ok: true, data: await executeMetricQuery({ catalog, run, now }, args, tenant) };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    };
    return {
      query_metrics: query,
      compare_periods: createComparePeriods(deps),
      explain_change: createExplainChange(deps),
      attribution: createAttribution(deps),
      recommend_budget: createRecommendBudget(deps),
      detect_anomalies: createDetectAnomalies(deps),
      journeys: createJourneys(deps),
      overview: createOverview(deps),
      brief: createBrief(deps),
      recommend: createRecommend(deps),
      funnel: createFunnel(deps),
      profitability: createProfitability(deps),
      cohorts: createCohorts(deps),
      campaigns: createCampaigns(deps),
      project_run_rate: createProjectRunRate(deps),
      describe_metric: createDescribeMetric(deps),
      list_dimension_values: createListDimensionValues(deps),
      search_catalog: createSearchCatalog({ ...deps, embedder: env.embedder }),
    };
  }

  return {
    /**
     * The call with its computed values. Throws when the core rejects the expected call: the
     * case itself is wrong and must be fixed before the dataset is written.
     */
    async compute(org: OrganizationRow, call: ExpectedCall, caseId: string): Promise<BuiltCall> {
      if (call.noValues) return { ...call, values: [] };
      const run = (await executors(org))[call.name];
      if (!run) throw new Error(`${caseId}: no executor for tool '${call.name}'`);
      const args = call.compute ?? call.args;
      const result = await run(args);
      if (!result.ok)
        throw new Error(`${caseId}: expected ${call.name} call failed: ${JSON.stringify(result.error)}`);
      return { ...call, values: selectValues(call.name, result.data, args) };
    },
  };
}
