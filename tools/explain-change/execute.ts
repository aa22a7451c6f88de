import { type ChangeExplanation, explainChange } from "../../core/explain/contribution.ts";
import { contributionInput, readMemberSums } from "../../db/analytics/member-sums.ts";
import type { MetricShape } from "../../db/analytics/shape.ts";
import type { DefinitionUsed } from "../../semantic/execute/provenance.ts";
import { comparisonRange, resolveTimeRange } from "../../semantic/query/time-range.ts";
import type { DateRange } from "../../semantic/query/types.ts";
import { ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { explainChangeInput } from "./definition.ts";

/** Contributions kept per dimension; the rest is summed into `otherContribution`. */
export const TOP_CONTRIBUTIONS = 10;

/** What explain_change returns: one decomposition per dimension. */
export interface ExplainChangeData {
  metric: string;
  /** The explained metric as the catalog declares it (its inputs' definitions are in provenance). */
  definition: { label: string; unit: string; format: string; higherIsBetter: boolean };
  period: DateRange & { timeZone: string };
  basePeriod: DateRange;
  byDimension: (ChangeExplanation & { dimension: string; labels: Record<string, string> })[];
  provenance: {
    definitions: DefinitionUsed[];
    shape: MetricShape;
    timeZone: string;
    filters: unknown[];
    attribution: unknown;
    method: string;
  };
}

/**
 * explain_change: sum the metric per member of each dimension in the period and its baseline,
 * then split the change into member contributions (rate and mix effects for ratio metrics) that
 * add up to the total change.
 */
export function createExplainChange(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<ExplainChangeData>> =>
    runTool(explainChangeInput, args, async (input) => {
      const period = resolveTimeRange(input.period, deps.now, deps.tenant.timeZone);
      const basePeriod = comparisonRange(period, input.compareTo);
      const byDimension: ExplainChangeData["byDimension"] = [];
      let provenance: ExplainChangeData["provenance"] | undefined;
      for (const [i, dimension] of input.dimensions.entries()) {
        const sums = await readMemberSums(deps, {
          metric: input.metric,
          dimension,
          base: basePeriod,
          current: period,
          filters: input.filters,
          paths: { metric: "metric", dimension: `dimensions.${i}` },
        });
        byDimension.push({
          dimension,
          ...explainChange(contributionInput(sums, TOP_CONTRIBUTIONS)),
          labels: sums.labels,
        });
        provenance ??= {
          definitions: sums.provenance.current.definitions,
          shape: sums.shape,
          timeZone: period.timeZone,
          filters: input.filters,
          attribution: sums.provenance.current.attribution ?? null,
          method:
            sums.shape.kind === "ratio"
              ? "shift-share: each member's rate effect (weight x rate change) and mix effect (weight shift), centred so contributions sum to the change"
              : "each member's change in its sum; contributions sum to the change",
        };
      }
      const m = deps.catalog.metrics.get(input.metric);
      return ok({
        metric: input.metric,
        definition: {
          label: m?.label ?? input.metric,
          unit: m?.unit ?? "count",
          format: m?.format ?? "decimal",
          higherIsBetter: m?.higherIsBetter ?? true,
        },
        period: { from: period.from, to: period.to, timeZone: period.timeZone },
        basePeriod,
        byDimension,
        provenance: provenance!,
      });
    });
}
