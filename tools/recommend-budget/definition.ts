/** recommend_budget: split a budget across channels (or platforms) from fitted response curves, or score a what-if. */
import { z } from "zod";
import { safeText, TEXT_LIMITS } from "../../lib/safe-text.ts";
import { timeRange } from "../shared/schemas.ts";
import { defineTool } from "../shared/tool-definition.ts";

const target = {
  dimension: z
    .enum(["channel", "platform", "campaign"])
    .describe("What the value names, e.g. 'platform' for 'tiktok_ads'."),
  value: z
    .union([safeText({ max: TEXT_LIMITS.label, min: 1 }), z.number().int()])
    .describe("Channel or platform key, or campaign id, e.g. 'tiktok_ads'."),
};

/** One what-if change to current spend: a relative change or an absolute amount. */
export const budgetChange = z
  .object({
    ...target,
    changePercent: z
      .number()
      .min(-100)
      .max(1000)
      .optional()
      .describe(
        "Relative change of its spend, e.g. -50 for 'cut by half', 100 for 'double', -100 for 'pause'.",
      ),
    changeAmount: z
      .number()
      .optional()
      .describe("Absolute change in the organization's currency per period, e.g. -5000 for 'cut by $5k'."),
    receives: z
      .literal(true)
      .optional()
      .describe(
        "The receiving side of a move: gets exactly what the other change gives up, e.g. true for 'search' in 'move 20% of display to search'.",
      ),
  })
  .refine((c) => [c.changePercent, c.changeAmount, c.receives].filter((x) => x !== undefined).length === 1, {
    message: "give exactly one of changePercent, changeAmount or receives",
    path: ["changePercent"],
  });
export type BudgetChange = z.infer<typeof budgetChange>;

/** The widest per-channel bound, in percent of current spend (the optimizer allows 0..11x). */
export const MAX_CHANGE_PERCENT = 1000;

export const recommendBudgetInput = z
  .object({
    totalBudget: z
      .number()
      .positive()
      .optional()
      .describe(
        "Budget to allocate over the period in the organization's currency, e.g. 50000. Omit to keep current total spend.",
      ),
    totalBudgetChangePercent: z
      .number()
      .min(-100)
      .max(1000)
      .optional()
      .describe(
        "Budget as a relative change of current total spend, e.g. 20 for 'if I had 20% more budget', -10 for '10% less'. Use instead of totalBudget.",
      ),
    extraBudget: z
      .number()
      .optional()
      .describe(
        "Budget as current total spend plus this amount in the organization's currency, e.g. 5000 for 'where should an extra 5k go', -5000 for '5k less'. Use instead of totalBudget.",
      ),
    period: timeRange.describe(
      "Planning period, e.g. { from: '2026-12-01', to: '2026-12-31' } for next month.",
    ),
    level: z
      .enum(["channel", "platform"])
      .default("channel")
      .describe("Allocate across channels or ad platforms, e.g. 'channel'."),
    maxChangePercent: z
      .number()
      .min(0)
      .max(MAX_CHANGE_PERCENT)
      .optional()
      .describe(
        "Largest change of any channel's spend from its current level, in percent (default 30): e.g. 50 for 'no channel should move more than 50%', 1000 for 'if I could move money freely' or 'ignore the current split'.",
      ),
    lockedChannels: z
      .array(safeText({ max: TEXT_LIMITS.key, min: 1 }))
      .max(20)
      .default([])
      .describe("Channel or platform keys whose spend must stay as it is, e.g. ['email']."),
    changes: z
      .array(budgetChange)
      .max(10)
      .default([])
      .describe(
        "What-if changes to evaluate instead of optimizing freely, e.g. [{ dimension: 'platform', value: 'tiktok_ads', changePercent: -50 }].",
      ),
    grossMargin: z
      .number()
      .gt(0)
      .lt(1)
      .optional()
      .describe(
        "A gross margin the user states for this answer only, as a fraction (0.45 for 'assume 45% margin'); the organization's stored margin is used when absent and is not changed, e.g. 0.45.",
      ),
    objective: z
      .enum(["profit", "revenue", "orders"])
      .default("profit")
      .describe(
        "What the split maximizes: 'profit' (gross margin x incremental revenue - spend; may leave budget unspent where the next dollar returns less than break-even), 'revenue' only when the user asks to maximize revenue, 'orders' for orders or conversions; e.g. 'profit'.",
      ),
  })
  .refine(
    (i) =>
      [i.totalBudget, i.totalBudgetChangePercent, i.extraBudget].filter((x) => x !== undefined).length <= 1,
    {
      message: "give at most one of totalBudget, totalBudgetChangePercent or extraBudget",
      path: ["totalBudget"],
    },
  );
export type RecommendBudgetInput = z.input<typeof recommendBudgetInput>;

export const recommendBudget = defineTool({
  name: "recommend_budget",
  description:
    "Recommend how to split a budget across channels or platforms for the most gross profit (marginal ROAS from fitted response curves against break-even at the organization's gross margin, locked channels respected), or predict the effect of what-if changes such as cutting TikTok by half (what the extra or removed dollars return). Use for 'how should I split $50k next month', 'where should I move budget', 'what if I cut TikTok by half'. Do NOT use to report past spend or ROAS (query_metrics).",
  inputSchema: recommendBudgetInput,
});
