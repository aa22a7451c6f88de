/** search_catalog: find metrics and dimensions by meaning or wording. */
import { z } from "zod";
import { safeText } from "../../lib/safe-text.ts";
import { defineTool } from "../shared/tool-definition.ts";

export const searchCatalogInput = z.object({
  query: safeText({ max: 200 }).describe(
    "Words to look for in metric and dimension names, synonyms and descriptions, e.g. 'cost per new customer'. Empty lists everything.",
  ),
  kind: z
    .enum(["metric", "dimension", "any"])
    .default("any")
    .describe("Restrict results to metrics or dimensions, e.g. 'metric'."),
  limit: z.number().int().min(1).max(50).default(10).describe("Most results to return, e.g. 10."),
});
export type SearchCatalogInput = z.input<typeof searchCatalogInput>;

export const searchCatalogOutput = z.object({
  results: z.array(
    z.object({
      kind: z.enum(["metric", "dimension"]),
      key: z.string(),
      label: z.string(),
      description: z.string(),
      unit: z.string().optional(),
      score: z.number(),
    }),
  ),
});
export type SearchCatalogOutput = z.infer<typeof searchCatalogOutput>;

export const searchCatalog = defineTool({
  name: "search_catalog",
  description:
    "Find catalog metrics or dimensions matching words the user used (synonyms, typos, descriptions). Use when unsure which metric key a phrase means, or to list what can be answered. Do NOT use to get numbers (use query_metrics) or a metric's formula (use describe_metric).",
  inputSchema: searchCatalogInput,
  outputSchema: searchCatalogOutput,
});
