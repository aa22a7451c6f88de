/** recommend: ranked actions (move budget, cut or pause, raise, fix tracking) with expected profit impact. */
import { z } from "zod";
import { catalogKey } from "../../semantic/catalog/types.ts";
import { timeRange } from "../shared/schemas.ts";
import { defineTool } from "../shared/tool-definition.ts";

export const RECOMMEND_FOCUS = ["all", "budget", "campaigns", "tracking"] as const;

export const recommendInput = z.object({
  period: timeRange
    .optional()
    .describe(
      "Planning period the actions are for, e.g. { from: '2026-11-02', to: '2026-11-08' } for next week. Omit for the 7 days starting today.",
    ),
  focus: z
    .enum(RECOMMEND_FOCUS)
    .default("all")
    .describe(
      "Which actions to consider, e.g. 'campaigns' for 'which campaigns should we pause', 'budget' for 'what should we do with our budget', 'tracking' for tracking problems, 'all' for 'what should I focus on this week'.",
    ),
  channel: catalogKey
    .optional()
    .describe(
      "Only actions on this channel (a channel key, e.g. 'paid_social'), its campaigns and its moves, e.g. for 'what should we fix in paid social'. Omit for every channel.",
    ),
  platform: catalogKey
    .optional()
    .describe(
      "Only actions on this ad platform's campaigns (a platform key, e.g. 'meta_ads'), plus its channel's budget actions, e.g. for 'what should I fix in meta ads'. Omit for every platform.",
    ),
  limit: z.number().int().min(1).max(20).default(5).describe("How many ranked actions to return, e.g. 5."),
});
export type RecommendInputArgs = z.input<typeof recommendInput>;

export const recommend = defineTool({
  name: "recommend",
  description:
    "Recommend what to do next, ranked by expected gross profit at stake: move budget between channels, pause or cut campaigns and channels whose last dollar returns less than break-even (1 / gross margin), raise those with headroom, fix a tracking outage. Each action has its expected impact, a confidence and the evidence. Use for 'what should I focus on this week', 'which campaigns should we pause', 'what should we do with our budget'. Do NOT use to split a stated budget amount or for what-ifs (recommend_budget), or to report past results (query_metrics).",
  inputSchema: recommendInput,
});
