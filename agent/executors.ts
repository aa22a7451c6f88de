import type { Embedder } from "../semantic/search/embedder.ts";
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
import { createQueryMetrics } from "../tools/query-metrics/execute.ts";
import { createRecommend } from "../tools/recommend/execute.ts";
import { createRecommendBudget } from "../tools/recommend-budget/execute.ts";
import { createSearchCatalog } from "../tools/search-catalog/execute.ts";
import type { ToolDeps } from "../tools/shared/deps.ts";
import type { ToolExecutors } from "./nodes/run-tools.ts";

/** Every tool's executor for one request's tenant. */
export function buildToolExecutors(deps: ToolDeps & { embedder: Embedder }): ToolExecutors {
  return {
    search_catalog: createSearchCatalog(deps),
    describe_metric: createDescribeMetric(deps),
    list_dimension_values: createListDimensionValues(deps),
    query_metrics: createQueryMetrics(deps),
    attribution: createAttribution(deps),
    compare_periods: createComparePeriods(deps),
    explain_change: createExplainChange(deps),
    recommend_budget: createRecommendBudget(deps),
    detect_anomalies: createDetectAnomalies(deps),
    journeys: createJourneys(deps),
    overview: createOverview(deps),
    recommend: createRecommend(deps),
    brief: createBrief(deps),
    funnel: createFunnel(deps),
    profitability: createProfitability(deps),
    cohorts: createCohorts(deps),
    campaigns: createCampaigns(deps),
    project_run_rate: createProjectRunRate(deps),
  };
}
