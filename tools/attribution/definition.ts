/** attribution: credit conversions and revenue to channels or campaigns under one or more models. */
import { z } from "zod";
import { safeText, TEXT_LIMITS } from "../../lib/safe-text.ts";
import { attributionModel, timeRange } from "../shared/schemas.ts";
import { defineTool } from "../shared/tool-definition.ts";

export const attributionInput = z.object({
  models: z
    .array(attributionModel)
    .min(1)
    .max(12)
    .describe(
      "Models to run and compare side by side, e.g. ['first_touch', 'last_touch'] or ['markov', 'shapley'].",
    ),
  level: z
    .enum(["channel", "campaign", "platform"])
    .default("channel")
    .describe(
      "Credit channels, individual campaigns or ad platforms (credit of campaigns summed per platform; touches without a campaign show as no platform), e.g. 'channel'.",
    ),
  metric: z
    .enum(["revenue", "conversions"])
    .default("revenue")
    .describe("What is credited: order revenue or order count, e.g. 'revenue'."),
  period: timeRange.describe("Conversions in this period, e.g. { from: '2026-07-01', to: '2026-09-30' }."),
  channels: z
    .array(safeText({ max: TEXT_LIMITS.key, min: 1 }))
    .max(20)
    .optional()
    .describe(
      "Only report these channel keys (credit is still computed over whole journeys), e.g. ['paid_social'].",
    ),
  platforms: z
    .array(safeText({ max: TEXT_LIMITS.key, min: 1 }))
    .max(20)
    .optional()
    .describe(
      "Only report credit of campaigns on these ad platforms (credit is still computed over whole journeys), e.g. ['meta_ads'].",
    ),
  campaigns: z
    .array(z.number().int().positive())
    .max(20)
    .optional()
    .describe(
      "For level 'campaign': only report these campaign ids (credit and shares still computed over all campaigns), e.g. [1004] for 'brand search under last click vs linear'.",
    ),
  excludeNone: z
    .boolean()
    .optional()
    .describe(
      "For level 'campaign' or 'platform': leave the credit of touches with no campaign (organic, direct, untagged) out of the rows and report it apart, e.g. true for 'top campaigns by linear revenue'.",
    ),
  limit: z
    .number()
    .int()
    .min(1)
    .max(50)
    .optional()
    .describe("Keep only the top rows by credit for each model, e.g. 10 for 'top 10 campaigns'."),
});
export type AttributionInput = z.input<typeof attributionInput>;

export const attribution = defineTool({
  name: "attribution",
  description:
    "Run multi-touch attribution over customer journeys and return credited conversions and revenue per channel or campaign for each model (rule-based like first/last touch, or data-driven markov/shapley). Use for 'which channel drives the most revenue under a data-driven model', 'compare first and last touch for paid social'. Do NOT use for plain revenue by channel under the default model (query_metrics) or for budget advice (recommend_budget).",
  inputSchema: attributionInput,
});
