/** profitability: money made after the gross margin: overspending channels, channel profit, contribution margin. */
import { z } from "zod";
import { timeRange } from "../shared/schemas.ts";
import { defineTool } from "../shared/tool-definition.ts";

export const profitabilityInput = z.object({
  analysis: z
    .enum(["overspend", "channel_profit", "contribution_margin"])
    .describe(
      "'overspend': channels whose last dollar returns less than break-even (fitted response curves at current spend); 'channel_profit': gross margin x attributed revenue - spend per channel; 'contribution_margin': gross margin x revenue - ad spend for the period; e.g. 'overspend'.",
    ),
  period: timeRange
    .optional()
    .describe(
      "Days to report for channel_profit and contribution_margin, e.g. { preset: 'last_month' }; default the last 30 days. Ignored for overspend (it looks at current spend).",
    ),
  grain: z
    .enum(["week", "month"])
    .optional()
    .describe(
      "contribution_margin only: also each week's or month's contribution in the period (gross margin x revenue - ad spend per period), e.g. 'month'.",
    ),
});
export type ProfitabilityInput = z.input<typeof profitabilityInput>;

export const profitability = defineTool({
  name: "profitability",
  description:
    "Profit after the organization's gross margin: which channels are overspending (marginal return on the last dollar below break-even), which channels are profitable after margin (margin x attributed revenue - spend, naming the attribution model), and contribution margin after ad spend for a period (margin x revenue - ad spend). Use for 'are we overspending on any channel', 'which channels are profitable after margin', 'contribution margin after ad spend last month', with grain 'month' 'gross profit after ad spend each month'. Do NOT use for splitting a budget (recommend_budget).",
  inputSchema: profitabilityInput,
});
