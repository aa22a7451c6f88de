import { suggest } from "../../semantic/catalog/suggest.ts";
import { fail, ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { type DescribeMetricOutput, describeMetricInput } from "./definition.ts";

/** describe_metric: the catalog's definition of one metric, as marketers and developers read it. */
export function createDescribeMetric(deps: Pick<ToolDeps, "catalog">) {
  return (args: unknown): Promise<ToolResult<DescribeMetricOutput>> =>
    runTool(describeMetricInput, args, async ({ metric }) => {
      const m = deps.catalog.metrics.get(metric);
      if (!m) {
        const near = suggest(
          metric,
          [...deps.catalog.metrics.values()].map((c) => ({ key: c.key, words: c.synonyms })),
        );
        const hint = near ? `: did you mean '${near}'?` : "";
        return fail(
          "unknown_metric",
          `no metric '${metric}' in the catalog${hint}`,
          near ? [near] : undefined,
        );
      }
      return ok({
        key: m.key,
        label: m.label,
        description: m.description,
        unit: m.unit,
        format: m.format,
        formula: m.definition.type === "formula" ? m.definition.formula : undefined,
        synonyms: m.synonyms,
        dimensions: [...m.supportedDimensions],
        higherIsBetter: m.higherIsBetter,
      });
    });
}
