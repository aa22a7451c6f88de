/**
 * The brief's budget proposal: recommend_budget's split of current spend over the next period,
 * with the organization's gross margin, each channel's marginal return on the last dollar against
 * break-even (1 / margin), and the expected change of revenue and gross profit. A channel whose
 * last recommended dollar returns less than break-even is flagged, and the narrative says so.
 */
import { breakEvenRoas, profitChange } from "../core/recommend/profit.ts";
import { readGrossMargin } from "../db/repositories/recommendations.ts";
import type { RecommendBudgetData } from "../tools/recommend-budget/execute.ts";
import type { ToolResult } from "../tools/result.ts";
import type { ToolDeps } from "../tools/shared/deps.ts";

/** One channel of the proposal. */
export interface BudgetChannel {
  channel: string;
  label: string;
  currentSpend: number;
  recommendedSpend: number;
  revenueChange: number;
  marginalRoasAfter: number | null;
  /** The last recommended dollar returns less than break-even. */
  belowBreakEven: boolean;
  /**
   * Cut to nothing because no spend its history covers pays (core/budget/operating-range.ts):
   * `marginalRoasAfter` is then the average return of that lowest covered spend.
   */
  cutUnproven: boolean;
}

/** The budget section (available: false with the reason when recommend_budget refused). */
export type BudgetSection =
  | {
      available: true;
      period: { from: string; to: string; days: number };
      grossMargin: number;
      breakEvenRoas: number;
      totalBudget: number;
      /** What the split spends (cents); below totalBudget when the profit plan leaves some unspent. */
      plannedSpend: number;
      /** totalBudget - plannedSpend (cents), so the narrative's figure is a value of the section. */
      unspent: number;
      channels: BudgetChannel[];
      expectedRevenueChange: number;
      expectedProfitChange: number;
      responseModel: string;
    }
  | { available: false; reason: string; grossMargin: number; breakEvenRoas: number };

const cents = (x: number) => Math.round(x * 100) / 100 + 0;

/**
 * Build the section from recommend_budget's result.
 * @example (await budgetSection(deps, split, labels)).available // true
 */
export async function budgetSection(
  deps: ToolDeps,
  split: ToolResult<RecommendBudgetData>,
  labels: Record<string, string>,
): Promise<BudgetSection> {
  const grossMargin = await readGrossMargin(deps.db, deps.tenant.organizationId);
  const breakEven = breakEvenRoas(grossMargin);
  if (!split.ok)
    return { available: false, reason: split.error.message, grossMargin, breakEvenRoas: cents(breakEven) };
  const r = split.data.report;
  // From the channel rows as shown (cents), so the stated profit adds up from the figures beside it.
  const spendChange = r.channels.reduce((a, c) => a + c.recommendedSpend - c.currentSpend, 0);
  return {
    available: true,
    period: { from: split.data.period.from, to: split.data.period.to, days: split.data.period.days },
    grossMargin,
    breakEvenRoas: cents(breakEven),
    totalBudget: split.data.totalBudget,
    plannedSpend: cents(r.channels.reduce((a, c) => a + c.recommendedSpend, 0)),
    unspent: cents(split.data.totalBudget - r.channels.reduce((a, c) => a + c.recommendedSpend, 0)),
    channels: r.channels.map((c) => ({
      channel: c.channel,
      label: labels[c.channel] ?? c.channel,
      currentSpend: c.currentSpend,
      recommendedSpend: c.recommendedSpend,
      revenueChange: c.revenueChange,
      marginalRoasAfter: c.marginalRoasAfter,
      belowBreakEven:
        c.marginalRoasAfter !== null && c.recommendedSpend > 0 && c.marginalRoasAfter < breakEven,
      cutUnproven: Boolean(r.profit?.cutUnproven.some((u) => u.channel === c.channel)),
    })),
    expectedRevenueChange: r.totals.revenueChange,
    expectedProfitChange: cents(
      profitChange({ spendChange, revenueChange: r.totals.revenueChange }, grossMargin),
    ),
    responseModel: r.responseModel.method,
  };
}
