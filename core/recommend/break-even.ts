/**
 * Break-even unit economics (fix8c): the thresholds a marketer plans against. With gross margin m,
 * a dollar of ad spend pays for itself once it brings 1 / m dollars of revenue (break-even ROAS),
 * and an order pays for the ad money spent to win it while that money stays below what the order
 * leaves after the cost of goods, AOV x m (break-even CPA). The current figures sit beside each
 * threshold so the answer can say which side of it we are on. Money to cents, ratios to 4 decimals.
 */
import { breakEvenRoas } from "./profit.ts";

const cents = (x: number) => Math.round(x * 100) / 100 + 0;
const r4 = (x: number) => Math.round(x * 10_000) / 10_000 + 0;

/** Period figures the thresholds are compared with (null where the period had none). */
export interface CurrentUnitFigures {
  averageOrderValue: number | null;
  /** Ad spend over every tracked order (blended, organic orders included). */
  cpa: number | null;
  /** Paid ROAS: revenue attributed to paid channels over ad spend. */
  roas: number | null;
  /** All tracked revenue over ad spend. */
  mer: number | null;
}

/** Break-even thresholds at a margin, with the period's figures against them. */
export interface BreakEvenPoints {
  grossMargin: number;
  breakEvenRoas: number;
  /** AOV x margin; null without orders in the period. */
  breakEvenCpa: number | null;
  averageOrderValue: number | null;
  cpa: number | null;
  roas: number | null;
  mer: number | null;
  /** Paid ROAS at or above break-even (null without spend). */
  roasClearsBreakEven: boolean | null;
  /** Blended CPA at or below break-even (null without orders or spend). */
  cpaWithinBreakEven: boolean | null;
  /**
   * Ad spend per order credited to paid channels, valuing credited orders at the period's AOV
   * (AOV / paid ROAS): the CPA that says what paid ROAS says, unlike the blended CPA.
   */
  paidCpa: number | null;
  paidCpaWithinBreakEven: boolean | null;
}

/**
 * @example breakEvenPoints({ averageOrderValue: 100, cpa: 30, roas: 1.6, mer: 3.2 }, 0.4)
 * // { breakEvenRoas: 2.5, breakEvenCpa: 40, roasClearsBreakEven: false, cpaWithinBreakEven: true, paidCpa: 62.5, ... }
 */
export function breakEvenPoints(current: CurrentUnitFigures, grossMargin: number): BreakEvenPoints {
  const roasLine = r4(breakEvenRoas(grossMargin));
  const aov = current.averageOrderValue;
  const cpaLine = aov === null || !(aov > 0) ? null : cents(aov * grossMargin);
  // Spend per paid-credited order: spend / (paid attributed revenue / AOV) = AOV / paid ROAS.
  const paidCpa =
    aov === null || !(aov > 0) || current.roas === null || !(current.roas > 0)
      ? null
      : cents(aov / current.roas);
  return {
    grossMargin,
    breakEvenRoas: roasLine,
    breakEvenCpa: cpaLine,
    averageOrderValue: aov === null ? null : cents(aov),
    cpa: current.cpa === null ? null : cents(current.cpa),
    roas: current.roas === null ? null : r4(current.roas),
    mer: current.mer === null ? null : r4(current.mer),
    roasClearsBreakEven: current.roas === null ? null : r4(current.roas) >= roasLine,
    cpaWithinBreakEven: current.cpa === null || cpaLine === null ? null : cents(current.cpa) <= cpaLine,
    paidCpa,
    paidCpaWithinBreakEven: paidCpa === null || cpaLine === null ? null : paidCpa <= cpaLine,
  };
}
