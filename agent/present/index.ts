import type { Brief } from "../../briefs/build-brief.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { AttributionToolData } from "../../tools/attribution/execute.ts";
import { briefInput } from "../../tools/brief/definition.ts";
import type { CampaignsData } from "../../tools/campaigns/execute.ts";
import type { CohortsData } from "../../tools/cohorts/execute.ts";
import type { ComparePeriodsData } from "../../tools/compare-periods/execute.ts";
import type { DescribeMetricOutput } from "../../tools/describe-metric/definition.ts";
import type { DetectAnomaliesData } from "../../tools/detect-anomalies/execute.ts";
import type { ExplainChangeData } from "../../tools/explain-change/execute.ts";
import type { FunnelData } from "../../tools/funnel/execute.ts";
import type { JourneysData } from "../../tools/journeys/execute.ts";
import type { ListDimensionValuesOutput } from "../../tools/list-dimension-values/definition.ts";
import type { OverviewData } from "../../tools/overview/execute.ts";
import type { ProfitabilityData } from "../../tools/profitability/execute.ts";
import type { ProjectRunRateData } from "../../tools/project-run-rate/execute.ts";
import type { RecommendData } from "../../tools/recommend/execute.ts";
import type { RecommendBudgetData } from "../../tools/recommend-budget/execute.ts";
import type { SearchCatalogOutput } from "../../tools/search-catalog/definition.ts";
import { presentComparison, presentExplanation } from "./analysis.ts";
import { presentAnomalies } from "./anomalies.ts";
import { presentAttribution } from "./attribution.ts";
import { presentAutomation, presentAutomationChange, presentAutomationList } from "./automation.ts";
import { withBothEnds } from "./both-ends.ts";
import { presentBrief, presentRecommendations } from "./brief.ts";
import { presentBudget } from "./budget.ts";
import { presentCampaigns } from "./campaigns.ts";
import { presentDefinition, presentSearch, presentValues } from "./catalog.ts";
import { presentCohorts } from "./cohorts.ts";
import { presentFunnel } from "./funnel.ts";
import { presentJourneys } from "./journeys.ts";
import { withMovingAverages } from "./moving-average.ts";
import { withNoneDays } from "./none-days.ts";
import { presentOverview } from "./overview.ts";
import { withPeriodShare } from "./period-share.ts";
import { presentProfitability } from "./profitability.ts";
import { presentMetricResult } from "./query-metrics.ts";
import { withRatioNotes } from "./ratio-note.ts";
import { withRestRow } from "./rest-row.ts";
import { presentReview } from "./review.ts";
import { presentRunRate } from "./run-rate.ts";
import { withSeriesSteps } from "./series-steps.ts";
import { withSidesByMember } from "./sides-by-member.ts";
import { withSpreadLine } from "./spread.ts";
import { withTableCharts } from "./table-charts.ts";
import { withThresholdNotes } from "./threshold-note.ts";
import type { Presenter } from "./types.ts";

export type { Presentation, PresentContext, Presenter } from "./types.ts";

/**
 * One presenter per tool. Each turns the tool's typed data into deterministic text, a table, a
 * chart and provenance. The data was produced by our own executors, so these casts restate types
 * the executor already guarantees (they are never applied to model output).
 */
export const PRESENTERS: Readonly<Record<string, Presenter>> = withSeriesSteps(
  withMovingAverages(
    withRatioNotes(
      withThresholdNotes(
        withTableCharts({
          query_metrics: (data, args, ctx) => {
            const p = presentMetricResult(data as MetricResult, args, ctx);
            // fix12a: "top 5 and the rest together": the ranking gains the row for the rest.
            // fix13f: "tiktok vs google customers by state": one line per side, not one mixed ranking.
            const shaped =
              withRestRow(p, data as MetricResult, args, ctx) ??
              // fix15d: "top 3 and bottom 3": both ends of the ranking listed.
              withBothEnds(p, data as MetricResult, args, ctx) ??
              withSidesByMember(p, data as MetricResult, ctx) ??
              p;
            // fix15d: "which days did we send no email": the days with none lead the answer.
            // fix15d: "standard deviation of daily revenue": the spread leads the answer.
            return withSpreadLine(withNoneDays(shaped, data as MetricResult, ctx), data as MetricResult, ctx);
          },
          attribution: (data, _args, ctx) => presentAttribution(data as AttributionToolData, ctx),
          compare_periods: (data, args, ctx) => {
            const d = data as ComparePeriodsData;
            const p = presentComparison(d, ctx, typeof args.limit === "number" ? args.limit : undefined);
            // fix13f: "what % of the year's orders came in q4": the part's share of the whole.
            return withPeriodShare(p, d, ctx) ?? p;
          },
          explain_change: (data, _args, ctx) => presentExplanation(data as ExplainChangeData, ctx),
          recommend_budget: (data, _args, ctx) => presentBudget(data as RecommendBudgetData, ctx),
          detect_anomalies: (data, _args, ctx) => presentAnomalies(data as DetectAnomaliesData, ctx),
          journeys: (data, _args, ctx) => presentJourneys(data as JourneysData, ctx),
          overview: (data, _args, ctx) => presentOverview(data as OverviewData, ctx),
          // left16d: a review ask judges the period (wins and concerns) over the same brief.
          brief: (data, args, ctx) => {
            const review = briefInput.shape.review.parse(args.review);
            return review ? presentReview(data as Brief, review, ctx) : presentBrief(data as Brief);
          },
          recommend: (data, _args, ctx) => presentRecommendations(data as RecommendData, ctx),
          funnel: (data) => presentFunnel(data as FunnelData),
          cohorts: (data, _args, ctx) => presentCohorts(data as CohortsData, ctx),
          profitability: (data, _args, ctx) => presentProfitability(data as ProfitabilityData, ctx),
          campaigns: (data, _args, ctx) => presentCampaigns(data as CampaignsData, ctx),
          project_run_rate: (data, _args, ctx) => presentRunRate(data as ProjectRunRateData, ctx),
          describe_metric: (data) => presentDefinition(data as DescribeMetricOutput),
          list_dimension_values: (data) => presentValues(data as ListDimensionValuesOutput),
          search_catalog: (data, args) =>
            presentSearch(data as SearchCatalogOutput, String(args.query ?? "")),
          create_automation: (data) => presentAutomation(data),
          list_automations: (data) => presentAutomationList(data),
          manage_automation: (data) => presentAutomationChange(data),
        }),
      ),
    ),
  ),
);
