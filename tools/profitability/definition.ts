/** profitability: money made after the gross margin: overspending channels, channel profit, contribution margin. */
import { z } from "zod";
import { timeRange } from "../shared/schemas.ts";
import { defineTool } from "../shared/tool-definition.ts";

export const profitabilityInput = z.object({
  analysis: z
    .enum(["overspend", "channel_profit", "contribution_margin", "break_even"])
    .describe(
      "'overspend': channels whose last dollar returns less than break-even (fitted response curves at current spend); 'channel_profit': gross margin x attributed revenue - spend per channel; 'contribution_margin': gross margin x revenue - ad spend for the period; 'break_even': break-even ROAS (1 / margin) and break-even CPA (AOV x margin) with the period's paid ROAS, CPA and MER against them; e.g. 'overspend'.",
    ),
  period: timeRange
    .optional()
    .describe(
      "Days to report for channel_profit, contribution_margin and break_even, e.g. { preset: 'last_month' }; default the last 30 days. Ignored for overspend (it looks at current spend).",
    ),
  grain: z
    .enum(["week", "month"])
    .optional()
    .describe(
      "contribution_margin only: also each week's or month's contribution in the period (gross margin x revenue - ad spend per period), e.g. 'month'.",
    ),
  // fix10a: "what if margin is 45%" after a contribution answer: the same answer at that margin.
  grossMargin: z
    .number()
    .gt(0)
    .lt(1)
    .optional()
    .describe(
      "A gross margin the user states for this answer only, as a fraction (0.45 for 'what if margin is 45%'); the organization's stored margin is used when absent and is not changed, e.g. 0.45.",
    ),
});
export type ProfitabilityInput = z.input<typeof profitabilityInput>;

export const profitability = defineTool({
  name: "profitability",
  description:
    "Profit after the organization's gross margin: which channels are overspending (marginal return on the last dollar below break-even), which channels are profitable after margin (margin x attributed revenue - spend, naming the attribution model), contribution margin after ad spend for a period (margin x revenue - ad spend; with grain 'week' or 'month', for each), and the break-even ROAS and CPA with current figures against them. Use for 'are we overspending on any channel', 'which channels are profitable after margin', 'contribution margin after ad spend last month', 'gross profit after ad spend each month' (grain 'month'), 'what CPA can we afford'. Do NOT use for splitting a budget (recommend_budget).",
  inputSchema: profitabilityInput,
});
