/**
 * What the extra (or removed) dollars of a what-if return: for the members a what-if changes,
 * the spend change, the revenue change on the fitted curve (with its 95% interval when the curve
 * has one), the profit change at the gross margin, the revenue and profit per changed dollar, and
 * the return on the last dollar at the new spend. Figures come from the budget report's rounded
 * rows, so every surface shows the same numbers.
 */
import type { BudgetReport, Interval } from "./report.ts";

/** The return of one what-if, over all its changed members together. */
export interface WhatIfReturn {
  members: string[];
  spendChange: number;
  revenueChange: number;
  revenueChangeInterval: Interval | null;
  /** null without a margin (curves of orders). */
  profitChange: number | null;
  profitChangeInterval: Interval | null;
  /** revenueChange / spendChange: revenue per added dollar (per removed dollar for a cut). */
  revenuePerDollar: number | null;
  /** profitChange / |spendChange|: profit per added dollar, or profit kept per removed dollar. */
  profitPerDollar: number | null;
  /** Per member: the return on its last dollar at the new spend. */
  lastDollar: {
    member: string;
    /** The member's spend after the change (0 when it is paused: the "last" dollar is the first one back). */
    spend: number;
    marginalRevenuePerDollar: number | null;
    marginalProfitPerDollar: number | null;
  }[];
  /** True when the added dollars lose money (profitChange < 0 for an increase). */
  addedDollarsLoseMoney: boolean;
  /** True when cutting raises profit (profitChange > 0 for a decrease). */
  cutRaisesProfit: boolean;
}

const cents = (x: number) => Math.round(x * 100) / 100 + 0;
const r4 = (x: number) => Math.round(x * 10_000) / 10_000 + 0;

/**
 * Sum the changed members' rows of a what-if report.
 * @example
 * whatIfReturn(report, ["paid_social"]); // { spendChange: 2386, revenueChange: 1549, profitChange: -1611.5, ... }
 */
export function whatIfReturn(report: BudgetReport, members: readonly string[]): WhatIfReturn {
  const rows = report.channels.filter((c) => members.includes(c.channel));
  const spendChange = cents(rows.reduce((a, r) => a + r.recommendedSpend - r.currentSpend, 0));
  const revenueChange = cents(rows.reduce((a, r) => a + r.revenueChange, 0));
  const intervals = rows.map((r) => r.revenueChangeInterval);
  const revenueChangeInterval = intervals.every((i) => i !== null)
    ? sumIntervals(revenueChange, intervals as Interval[])
    : null;
  const m = report.profit?.grossMargin ?? null;
  const profitChange = m === null ? null : cents(m * revenueChange - spendChange);
  const profitChangeInterval =
    m === null || revenueChangeInterval === null
      ? null
      : {
          lower: cents(m * revenueChangeInterval.lower - spendChange),
          upper: cents(m * revenueChangeInterval.upper - spendChange),
        };
  const moved = Math.abs(spendChange);
  const profitOf = (member: string) => report.profit?.channels.find((c) => c.channel === member);
  return {
    members: rows.map((r) => r.channel),
    spendChange,
    revenueChange,
    revenueChangeInterval,
    profitChange,
    profitChangeInterval,
    revenuePerDollar: moved > 0 ? r4(revenueChange / spendChange) : null,
    profitPerDollar: moved > 0 && profitChange !== null ? r4(profitChange / moved) : null,
    lastDollar: rows.map((r) => ({
      member: r.channel,
      spend: r.recommendedSpend,
      marginalRevenuePerDollar: r.marginalRoasAfter,
      marginalProfitPerDollar: profitOf(r.channel)?.marginalProfitPerDollar ?? null,
    })),
    addedDollarsLoseMoney: spendChange > 0 && profitChange !== null && profitChange < 0,
    cutRaisesProfit: spendChange < 0 && profitChange !== null && profitChange > 0,
  };
}

/** Members treated as independent: half-widths add in quadrature around the summed change. */
function sumIntervals(total: number, intervals: readonly Interval[]): Interval {
  let v = 0;
  for (const i of intervals) {
    const half = (i.upper - i.lower) / 2;
    v += half * half;
  }
  const half = Math.sqrt(v);
  return { lower: cents(total - half), upper: cents(total + half) };
}
