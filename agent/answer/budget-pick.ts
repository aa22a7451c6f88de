/**
 * fix21c: "which channel should get more investment next year?", "what platform deserves extra
 * budget": one channel asked for, not a split. The answer leads with the channel whose next dollar
 * returns most at current spend, its figure and where it stands against break-even; asked for in
 * one sentence ("one sentence", "a one-liner"), that sentence is the answer. Before, the split led
 * (often "the most profitable plan spends nothing") and a one-sentence ask got every line of it
 * run together. Every figure is a field of recommend_budget's profit section.
 */
import type { ProfitSection } from "../../core/budget/profit-section.ts";
import { formatCurrency, formatNumber } from "./format.ts";

/** One channel or platform asked for to get more money. */
const ASKS_PICK =
  /\b(?:which|what|wich|whcih)\s+(?:one\s+|single\s+)?(?:channel|platform|ad platform)\b(?!s\b).{0,60}?\b(?:should|shall|would|could|do|does|to|deserves?|needs?|gets?|is (?:most )?worth)\b.{0,40}?\b(?:more|extra|additional|bigger|increased|the next|incremental)\s+(?:investment|budget|money|spend|spending|funding|dollars|cash|\$)|\b(?:which|what)\s+(?:one\s+)?(?:channel|platform)\b(?!s\b).{0,30}?\b(?:should|would|to|do)\s+(?:we|i|you)?\s*(?:invest (?:more )?in|scale(?: up)?|double down on|bet on|back|grow|put more (?:money|budget|spend) (?:in|into|on))\b/i;

/** Whether the question asks which one channel (or platform) should get more money. */
export function asksBudgetPick(question: string): boolean {
  return ASKS_PICK.test(question) && !/[$€£]\s?\d|\d\s*(?:k|%|percent)\b/i.test(question);
}

/**
 * The channel whose next dollar returns most, in one sentence, or undefined without channels.
 * @example budgetPickSentence(profit, "USD", (k) => k)
 * // "paid_social has the best return on the next dollar: $0.52 of revenue per extra dollar at current spend, ..."
 */
export function budgetPickSentence(
  profit: ProfitSection,
  currency: string,
  name: (key: string) => string,
): string | undefined {
  const best = [...profit.channels].sort(
    (a, b) => b.marginalRevenuePerDollarNow - a.marginalRevenuePerDollarNow,
  )[0];
  if (!best) return undefined;
  const pct = formatNumber(profit.grossMargin * 100, Number.isInteger(profit.grossMargin * 100) ? 0 : 1);
  const breakEven = `${formatNumber(profit.breakEvenRoas, 2)}x at a ${pct}% gross margin`;
  const next = formatCurrency(best.marginalRevenuePerDollarNow, currency);
  const verdict =
    best.marginalRevenuePerDollarNow >= profit.breakEvenRoas
      ? `above break-even (${breakEven}), so it is the one to give more`
      : `the most of any channel, though below break-even (${breakEven}), so more there adds revenue but not profit`;
  return `${name(best.channel)} has the best return on the next dollar: ${next} of revenue per extra dollar at current spend, ${verdict}.`;
}
