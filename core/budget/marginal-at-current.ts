/**
 * The return of the next dollar at a member's current spend (fix8c): "what's the marginal ROAS on
 * X" is the slope of X's fitted response curve where it spends now, held against break-even
 * 1 / margin, not what a +10% what-if's added dollars return on average. The average return on
 * the curve and the slope after the what-if's step sit beside it, so an answer can say whether
 * the curve is still steepening there (an S-shaped curve's early part, where the next dollar
 * returns more than the average one) or flattening. Figures come from the report's rounded rows.
 */
import { breakEvenRoas } from "../recommend/profit.ts";
import type { BudgetReport } from "./report.ts";

const r4 = (x: number) => Math.round(x * 10_000) / 10_000 + 0;

/** One member's marginal return at its current spend. */
export interface MarginalAtCurrent {
  member: string;
  currentSpend: number;
  /** Revenue the fitted curve gives at current spend. */
  curveRevenue: number;
  /** curveRevenue / currentSpend; null without spend. */
  averageRoas: number | null;
  /** Slope of the curve at current spend: revenue from the next dollar. */
  marginalRoas: number;
  /** Spend after the what-if's step and the slope there. */
  stepSpend: number;
  marginalRoasAtStep: number | null;
  /** null without a margin (curves of orders). */
  breakEvenRoas: number | null;
  marginalProfitPerDollar: number | null;
  clearsBreakEven: boolean | null;
  /** The slope rises with spend here (convex part of the curve). */
  steepening: boolean;
}

/**
 * The marginal return at current spend of each named member the report fitted.
 * @example marginalAtCurrent(report, ["a"], 0.5)[0] // { member: "a", marginalRoas: 4, breakEvenRoas: 2, clearsBreakEven: true, ... }
 */
export function marginalAtCurrent(
  report: BudgetReport,
  members: readonly string[],
  grossMargin: number | null,
): MarginalAtCurrent[] {
  return report.channels
    .filter((c) => members.includes(c.channel) && c.marginalRoasBefore !== null)
    .map((c) => {
      const marginal = c.marginalRoasBefore!;
      const line = grossMargin === null ? null : r4(breakEvenRoas(grossMargin));
      return {
        member: c.channel,
        currentSpend: c.currentSpend,
        curveRevenue: c.currentRevenue,
        averageRoas: c.currentSpend > 0 ? r4(c.currentRevenue / c.currentSpend) : null,
        marginalRoas: marginal,
        stepSpend: c.recommendedSpend,
        marginalRoasAtStep: c.marginalRoasAfter,
        breakEvenRoas: line,
        marginalProfitPerDollar: grossMargin === null ? null : r4(grossMargin * marginal - 1),
        clearsBreakEven: line === null ? null : marginal >= line,
        steepening:
          c.marginalRoasAfter !== null &&
          c.recommendedSpend > c.currentSpend &&
          c.marginalRoasAfter > marginal,
      };
    });
}
