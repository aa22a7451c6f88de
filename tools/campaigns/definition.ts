/** campaigns: the organization's campaigns as things (platform, objective, daily budget, dates), and their spend against budget. */
import { z } from "zod";
import { catalogKey } from "../../semantic/catalog/types.ts";
import { timeRange } from "../shared/schemas.ts";
import { defineTool } from "../shared/tool-definition.ts";

export const campaignsInput = z.object({
  analysis: z
    .enum(["list", "pacing", "change", "holdout", "planned"])
    .default("list")
    .describe(
      "'list': each campaign with its channel, platform, objective, daily budget, dates and status; 'pacing': each campaign's spend in the period against the budget it had (daily budget x live days, with recorded planned changes applied), days over its daily budget; 'change': the campaigns (or channel) in equal windows before and after a change (the recorded planned change within 'around', else around's first day): spend, revenue, ROAS, orders, CPA and the return on the extra spend; 'holdout': each recorded holdout week of the channel (a planned pause, dates from the planned changes, within 'around' when given) with the store's total revenue and orders that week against comparable weeks before and after it (when the channel has none within 'around', its spend and planned changes in those days, and its holdouts elsewhere); 'planned': the recorded planned changes (budget flights and tests, holdout weeks, lasting budget changes) overlapping 'period' when given, with their dates, expected change and note; e.g. 'pacing'.",
    ),
  period: timeRange
    .optional()
    .describe(
      "Pacing: the days to compare spend with budget; planned: only changes overlapping these days; e.g. { from: '2026-10-01', to: '2026-10-31' }.",
    ),
  around: timeRange
    .optional()
    .describe(
      "Change: when the change happened, as the user put it; holdout: only holdouts overlapping these days; e.g. { from: '2026-07-01', to: '2026-07-31' }.",
    ),
  channel: catalogKey
    .optional()
    .describe("Only this channel's campaigns (a channel key), e.g. 'paid_social'."),
  platform: catalogKey
    .optional()
    .describe("Only this platform's campaigns (a platform key), e.g. 'meta_ads'."),
  objective: catalogKey
    .optional()
    .describe("Only campaigns with this objective (a campaign_objective key), e.g. 'awareness'."),
  campaigns: z
    .array(z.number().int().positive())
    .max(50)
    .optional()
    .describe("Only these campaign ids (from list_dimension_values), e.g. [1007]."),
  status: z
    .enum(["all", "live", "ended"])
    .default("all")
    .describe("'live': running today; 'ended': past their end date; 'all' (default); e.g. 'live'."),
  sideDays: z
    .number()
    .int()
    .min(1)
    .max(91)
    .optional()
    .describe(
      "Holdout: also the channel's spend, attributed revenue, ROAS and orders in this many days before the holdout started against as many days after it ended (the store's revenue beside them), e.g. 14 for 'the 2 weeks before vs the 2 weeks after'.",
    ),
});
export type CampaignsInput = z.input<typeof campaignsInput>;

export const campaigns = defineTool({
  name: "campaigns",
  description:
    "The organization's campaigns as a list with their attributes (channel, platform, objective, daily budget, start and end dates, live or ended), filterable by channel, platform, objective or ids; or (analysis 'pacing') each campaign's spend in a period against its budget: budget = daily budget x days live, taking recorded planned changes (budget raises, cuts, flights, holdout weeks) into account, pacing %, and the days spend exceeded the daily budget. Use for 'list our campaigns with their budgets', 'which campaigns are awareness campaigns', 'what is the daily budget of X', 'did any campaign overspend its daily budget in October', 'spend vs budget by campaign', 'what happened to X after we raised its budget in July', 'did the display holdout show anything', 'what did total orders do during the paid search holdout', 'paid search in the 2 weeks after its holdout vs the 2 weeks before', 'which tests and flights did we run this year'. Do NOT use for metric values by campaign (query_metrics) or budget recommendations (recommend_budget).",
  inputSchema: campaignsInput,
});
