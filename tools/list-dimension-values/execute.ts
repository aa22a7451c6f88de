import { loadDimensionValues } from "../../db/catalog/dimension-values.ts";
import { fail, ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { type ListDimensionValuesOutput, listDimensionValuesInput } from "./definition.ts";

/** Lower-case words of a phrase, for "contains every word" matching. */
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * list_dimension_values: the values of a dimension in this organization's data, optionally
 * narrowed to those whose name or alias contains every searched word (prefixes count).
 */
export function createListDimensionValues(deps: Pick<ToolDeps, "db" | "tenant">) {
  return (args: unknown): Promise<ToolResult<ListDimensionValuesOutput>> =>
    runTool(listDimensionValuesInput, args, async ({ dimension, search, limit }) => {
      const dim = dimension === "objective" ? "campaign_objective" : dimension;
      const all = (await loadDimensionValues(deps.db, deps.tenant.organizationId)).filter(
        (r) => r.dimension === dim,
      );
      if (!all.length) {
        return fail("unknown_dimension", `'${dimension}' has no listable values here`, [
          "channel",
          "platform",
          "campaign",
          "campaign_objective",
          "email_campaign",
        ]);
      }
      const wanted = search ? words(search) : [];
      const matches = all.filter((r) => {
        const have = words(`${r.label} ${r.key} ${r.aliases.join(" ")}`);
        return wanted.every((w) => have.some((h) => h.startsWith(w)));
      });
      return ok({
        dimension: dim,
        values: matches
          .slice(0, limit)
          .map((r) => ({ value: dim === "campaign" ? Number(r.key) : r.key, label: r.label })),
      });
    });
}
