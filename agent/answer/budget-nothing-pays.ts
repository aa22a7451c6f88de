/**
 * A budget split whose profit optimum spends (almost) nothing (fix6d): the plain finding first,
 * that at the margin no channel's next dollar returns what it costs, then what was asked for all
 * the same: the channels ranked by the return on their next dollar at current spend (least bad
 * first: where extra money would do the least harm) and the revenue-maximising split of the
 * stated amount for comparison. Before, the answer opened with a split of a $0.00 budget and a
 * list of 100% cuts, which read as a misread question. Every figure is a field of recommend_budget.
 */
import type { ProfitSection } from "../../core/budget/profit-section.ts";
import { formatCurrency, formatNumber, formatPeriod, joinList } from "./format.ts";
import type { Period } from "./types.ts";

/** What the sentences are built from. */
export interface NothingPaysInput {
  profit: ProfitSection;
  period: Period;
  currency: string;
  /** Display name of a channel key. */
  name: (key: string) => string;
}

/** The profit plan spends less than 1% of the budget: nothing worth calling a split. */
export function spendsNothing(p: ProfitSection | null | undefined): boolean {
  const u = p?.unspentBudget;
  return !!u && u.totalBudget > 0 && u.profitOptimalSpend < 0.01 * u.totalBudget;
}

/**
 * The lines that lead the answer, in reading order.
 * @example nothingPaysLines({ profit, period, currency: "USD", name: (k) => k })[0]
 * // "At a 50% gross margin no channel's next dollar returns more than it costs ..."
 */
export function nothingPaysLines(input: NothingPaysInput): string[] {
  const { profit, currency: c, name } = input;
  const u = profit.unspentBudget!;
  const pct = formatNumber(profit.grossMargin * 100, Number.isInteger(profit.grossMargin * 100) ? 0 : 1);
  const lead =
    `At a ${pct}% gross margin no channel's next dollar returns more than it costs (break-even is ${formatNumber(profit.breakEvenRoas, 2)}x of revenue per dollar), ` +
    `so the most profitable plan for ${formatPeriod(input.period)} spends ${u.profitOptimalSpend > 0 ? `only ${formatCurrency(u.profitOptimalSpend, c)}` : "nothing"} of the ${formatCurrency(u.totalBudget, c)}.`;
  const ranked = [...profit.channels].sort(
    (a, b) => b.marginalRevenuePerDollarNow - a.marginalRevenuePerDollarNow,
  );
  const rankLines = ranked.map(
    (ch, i) =>
      `- ${name(ch.channel)}: ${formatCurrency(ch.marginalRevenuePerDollarNow, c)} of revenue, ${formatCurrency(ch.marginalProfitPerDollarNow, c)} of profit per extra dollar${i === 0 ? " (the least bad)" : ""}`,
  );
  const split = [...u.fullBudgetSpend]
    .filter((s) => s.spend > 0.005)
    .sort((a, b) => b.spend - a.spend)
    .map((s) => `${name(s.channel)} ${formatCurrency(s.spend, c)}`);
  const placed =
    u.restSpend < u.unspent - 0.005
      ? ` (the per-channel limits place ${formatCurrency(u.restSpend, c)} of it)`
      : "";
  const revenueSplit = split.length
    ? [
        `If you spend the ${formatCurrency(u.totalBudget, c)} anyway, the revenue-maximising split is ${joinList(split)}${placed}: ` +
          `it would bring ${formatCurrency(u.restRevenue, c)} of revenue (${formatCurrency(u.restRevenuePerDollar, c)} per dollar) and change gross profit by ${formatCurrency(u.restProfit, c)}. Ask to maximize revenue for that plan in full.`,
      ]
    : [];
  return [
    lead,
    "Return on the next dollar at current spend, least bad first:",
    ...rankLines,
    ...revenueSplit,
  ];
}
