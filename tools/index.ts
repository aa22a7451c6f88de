/**
 * The tool registry: every tool definition the agent can call, in the order the model sees them.
 * Definitions only (name, description, zod schemas; no I/O). Executors are wired separately.
 */
import type { z } from "zod";
import { attribution } from "./attribution/definition.ts";
import { brief } from "./brief/definition.ts";
import { campaigns } from "./campaigns/definition.ts";
import { cohorts } from "./cohorts/definition.ts";
import { comparePeriods } from "./compare-periods/definition.ts";
import { describeMetric } from "./describe-metric/definition.ts";
import { detectAnomalies } from "./detect-anomalies/definition.ts";
import { explainChange } from "./explain-change/definition.ts";
import { funnel } from "./funnel/definition.ts";
import { journeys } from "./journeys/definition.ts";
import { listDimensionValues } from "./list-dimension-values/definition.ts";
import { overview } from "./overview/definition.ts";
import { profitability } from "./profitability/definition.ts";
import { projectRunRate } from "./project-run-rate/definition.ts";
import { queryMetrics } from "./query-metrics/definition.ts";
import { recommend } from "./recommend/definition.ts";
import { recommendBudget } from "./recommend-budget/definition.ts";
import { searchCatalog } from "./search-catalog/definition.ts";

export type { ToolError, ToolErrorCode, ToolResult } from "./result.ts";
export type { ToolDefinition } from "./shared/tool-definition.ts";

/** Every tool definition, as a tuple so names and schemas keep their literal types. */
export const TOOL_DEFINITIONS = [
  searchCatalog,
  describeMetric,
  listDimensionValues,
  queryMetrics,
  comparePeriods,
  explainChange,
  attribution,
  recommendBudget,
  detectAnomalies,
  journeys,
  overview,
  recommend,
  brief,
  funnel,
  cohorts,
  profitability,
  campaigns,
  projectRunRate,
] as const;

/** A tool name as the model sees it. */
export type ToolName = (typeof TOOL_DEFINITIONS)[number]["name"];

/** Tool names, for schemas that must name a tool (e.g. a planned call). */
export const TOOL_NAMES = TOOL_DEFINITIONS.map((t) => t.name) as readonly ToolName[];

/** The input type of a tool by name, as the model writes it (before defaults). */
export type ToolInput<N extends ToolName> = z.input<
  Extract<(typeof TOOL_DEFINITIONS)[number], { name: N }>["inputSchema"]
>;

/**
 * Look up a definition by name; undefined for a name the registry does not know.
 * @example getToolDefinition("query_metrics")?.inputSchema.parse(args)
 */
export function getToolDefinition(name: string): (typeof TOOL_DEFINITIONS)[number] | undefined {
  return TOOL_DEFINITIONS.find((t) => t.name === name);
}

export {
  attribution,
  brief,
  campaigns,
  cohorts,
  comparePeriods,
  describeMetric,
  detectAnomalies,
  explainChange,
  funnel,
  journeys,
  listDimensionValues,
  overview,
  profitability,
  projectRunRate,
  queryMetrics,
  recommend,
  recommendBudget,
  searchCatalog,
};
