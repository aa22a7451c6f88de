/** list_dimension_values: the values a dimension takes for this organization (channels, campaigns...). */
import { z } from "zod";
import { safeText } from "../../lib/safe-text.ts";
import { dimensionKey } from "../shared/schemas.ts";
import { defineTool } from "../shared/tool-definition.ts";

export const listDimensionValuesInput = z.object({
  dimension: dimensionKey.describe("Dimension whose values to list, e.g. 'campaign' or 'platform'."),
  search: safeText({ max: 100 })
    .optional()
    .describe("Only values whose name or alias contains these words, e.g. 'black friday'."),
  limit: z.number().int().min(1).max(200).default(50).describe("Most values to return, e.g. 50."),
});
export type ListDimensionValuesInput = z.input<typeof listDimensionValuesInput>;

export const listDimensionValuesOutput = z.object({
  dimension: z.string(),
  values: z.array(z.object({ value: z.union([z.string(), z.number()]), label: z.string() })),
});
export type ListDimensionValuesOutput = z.infer<typeof listDimensionValuesOutput>;

export const listDimensionValues = defineTool({
  name: "list_dimension_values",
  description:
    "List the values of a dimension for this organization (channel keys, platforms, campaign names with ids), optionally searched by name. Use to turn a name the user typed into the key or id a filter needs, or to answer 'which campaigns do we have'. Do NOT use for metric values (use query_metrics).",
  inputSchema: listDimensionValuesInput,
  outputSchema: listDimensionValuesOutput,
});
