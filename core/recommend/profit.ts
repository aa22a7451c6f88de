/**
 * Profit arithmetic shared by budget advice and recommendations. With gross margin m (the share of
 * a revenue dollar left after the cost of goods), a marginal dollar of spend that brings r dollars
 * of revenue adds m * r - 1 dollars of profit, so it breaks even at marginal ROAS 1 / m.
 */

/** The gross margin an organization has until it sets its own (stated in every answer using it). */
export const DEFAULT_GROSS_MARGIN = 0.5;

/**
 * The marginal ROAS at which the next dollar of spend pays for itself.
 * @example breakEvenRoas(0.4) // 2.5
 */
export function breakEvenRoas(grossMargin: number): number {
  if (!(grossMargin > 0 && grossMargin <= 1)) throw new RangeError("grossMargin must be in (0, 1]");
  return 1 / grossMargin;
}

/**
 * Profit added by the next dollar of spend at a given marginal ROAS.
 * @example marginalProfitPerDollar(3, 0.5) // 0.5
 */
export function marginalProfitPerDollar(marginalRoas: number, grossMargin: number): number {
  return grossMargin * marginalRoas - 1;
}

/**
 * Profit change of moving from (spend0, revenue0) to (spend1, revenue1).
 * @example profitChange({ spendChange: 100, revenueChange: 300 }, 0.5) // 50
 */
export function profitChange(delta: { spendChange: number; revenueChange: number }, grossMargin: number) {
  return grossMargin * delta.revenueChange - delta.spendChange;
}
